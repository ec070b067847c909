import type { Citation } from '../law';
import { RULES } from './data';

/**
 * Every number a rule uses, bound to the words the stored law gives it. Each binding writes the
 * value out as the ledd words it («det året dei fyller 19 år», «25 prosent lengre», «1/4 år»,
 * «1. mars») and the result is a citation like any other: law.test.ts checks that the stored text
 * holds it. So a changed value without its law, or a new text of the law that changes the number,
 * fails the same check. Numbers whose source is not stored (Nav's rules, admission to fagskole and
 * higher education) are listed in NOT_IN_STORED_LAW with the reason, so no number goes unaccounted.
 */

/** Nynorsk, as the law is written: whole years and the fractions forskrifta § 6-7 uses. */
const YEARS: Record<number, string> = { 3: '1/4 år', 6: '1/2 år', 12: 'eitt år', 48: 'fire år' };
const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september'];
const years = (months: number) => YEARS[months] ?? `${months} månader`;
const date = (d: { month: number; day: number }) => `${d.day}. ${MONTHS[d.month - 1]}`;

type Rules = typeof RULES;

export interface ValueBinding {
	/** The value in RULES, as «rule.key» or «rule.key.sub». */
	path: string;
	act: Citation['act'];
	section: string;
	ledd: number;
	/** The words in that ledd that state the value. */
	words: (rules: Rules) => string;
}

export const VALUE_BINDINGS: readonly ValueBinding[] = [
	{
		path: 'youthRight.untilAge',
		act: 'lova',
		section: '5-1',
		ledd: 2,
		words: (r) => `det året ein fyller ${r.youthRight.value.untilAge} år`
	},
	{
		path: 'voksenrett.fromAge',
		act: 'lova',
		section: '18-3',
		ledd: 1,
		words: (r) => `det året dei fyller ${r.voksenrett.value.fromAge} år`
	},
	{
		path: 'voksenrett.fromAge',
		act: 'lova',
		section: '5-1',
		ledd: 3,
		words: (r) => `det året dei fyller ${r.voksenrett.value.fromAge} år`
	},
	{
		path: 'pabygging.adultFromAge',
		act: 'lova',
		section: '18-7',
		ledd: 1,
		words: (r) => `det året dei fyller ${r.pabygging.value.adultFromAge} år`
	},
	{
		path: 'praksiskandidat.extraShare',
		act: 'lova',
		section: '23-2',
		ledd: 1,
		words: (r) => `${Math.round(r.praksiskandidat.value.extraShare * 100)} prosent lengre`
	},
	{
		path: 'praksiskandidat.credit.ownVg1',
		act: 'forskrifta',
		section: '6-7',
		ledd: 1,
		words: (r) => `for det aktuelle lærefaget skal godskrivast med ${years(r.praksiskandidat.value.credit.ownVg1)}`
	},
	{
		path: 'praksiskandidat.credit.otherVg1',
		act: 'forskrifta',
		section: '6-7',
		ledd: 1,
		words: (r) => `Andre vidaregåande trinn 1 skal godskrivast med ${years(r.praksiskandidat.value.credit.otherVg1)}`
	},
	{
		path: 'praksiskandidat.credit.ownVg2',
		act: 'forskrifta',
		section: '6-7',
		ledd: 2,
		words: (r) =>
			`Vidaregåande trinn 2 for det aktuelle lærefaget skal godskrivast med ${years(r.praksiskandidat.value.credit.ownVg2)}`
	},
	{
		path: 'praksiskandidat.credit.sameProgrammeVg2',
		act: 'forskrifta',
		section: '6-7',
		ledd: 2,
		words: (r) =>
			`i same utdanningsprogram som det aktuelle lærefaget skal godskrivast med ${years(r.praksiskandidat.value.credit.sameProgrammeVg2)}`
	},
	{
		path: 'praksiskandidat.credit.otherVg2',
		act: 'forskrifta',
		section: '6-7',
		ledd: 2,
		words: (r) => `Andre vidaregåande trinn 2 blir godskrivne med ${years(r.praksiskandidat.value.credit.otherVg2)}`
	},
	{
		path: 'fagbrevPaJobb.minPracticeMonths',
		act: 'forskrifta',
		section: '9-58',
		ledd: 2,
		// «eitt års allsidig praksis»: the genitive of «eitt år».
		words: (r) => `minimum ${years(r.fagbrevPaJobb.value.minPracticeMonths)}s allsidig praksis`
	},
	{
		path: 'fagbrevPaJobb.minContractMonths',
		act: 'forskrifta',
		section: '9-58',
		ledd: 3,
		words: (r) => `kontraktstida må vere på minst ${years(r.fagbrevPaJobb.value.minContractMonths)}`
	},
	{
		path: 'fagbrevPaJobb.fullTimeFromPercent',
		act: 'forskrifta',
		section: '9-58',
		ledd: 2,
		words: (r) => `Ein stillingsbrøk på ${r.fagbrevPaJobb.value.fullTimeFromPercent} prosent`
	},
	{
		path: 'deadlines.ordinary',
		act: 'forskrifta',
		section: '4-9',
		ledd: 1,
		words: (r) => `Fristen for å søkje om inntak til vidaregåande opplæring er ${date(r.deadlines.value.ordinary)}`
	},
	{
		path: 'deadlines.early',
		act: 'forskrifta',
		section: '4-9',
		ledd: 2,
		words: (r) => `Søknadsfristen er likevel ${date(r.deadlines.value.early)}`
	},
	{
		path: 'deadlines.early',
		act: 'forskrifta',
		section: '7-5',
		ledd: 1,
		words: (r) => `${date(r.deadlines.value.early)} for lærekandidatar og praksisbrevkandidatar`
	},
	{
		path: 'deadlines.ordinary',
		act: 'forskrifta',
		section: '7-5',
		ledd: 1,
		words: (r) => `${date(r.deadlines.value.ordinary)} for lærlingar`
	}
];

/**
 * Numbers whose source is not among the stored texts. They are shown with «Nav avgjør» or «sjekk»
 * and a link to their source, never as the law's words.
 */
export const NOT_IN_STORED_LAW: Readonly<Record<string, string>> = {
	'realkompetanse.minPracticeMonths': '§ 18-8 sets no minimum: 0 is the absence of a number',
	'praksiskandidat.fullTimeFromPercent':
		"the counties' practice for praksiskandidatar (§ 9-58 (2) says it for fagbrev på jobb)",
	'praksiskandidat.maxMonthsPerYear': "the counties' practice: twelve months of practice in a calendar year",
	'navTraining.maxMonths': 'forskrift om arbeidsmarkedstiltak kap. 7: not stored',
	'navTraining.extensionMonths': 'forskrift om arbeidsmarkedstiltak kap. 7: not stored',
	'navTraining.fagskoleFromAge': "Nav's catalogue of measures: not stored",
	'workTraining.maxMonths': 'forskrift om arbeidsmarkedstiltak (arbeidstrening): not stored',
	'workTraining.extensionMonths': 'forskrift om arbeidsmarkedstiltak (arbeidstrening): not stored',
	'workTraining.littleExperienceBelowMonths': "Nav's guidance on arbeidstrening: not stored",
	'workDirect.wageSubsidyMonths': 'forskrift om arbeidsmarkedstiltak (lønnstilskudd): not stored',
	'workDirect.wageSubsidyReducedMonths': 'forskrift om arbeidsmarkedstiltak (lønnstilskudd): not stored',
	'fagskole.realkompetanseFromAge': 'fagskoleloven § 16 and fagskoleforskriften § 8: not stored',
	'higherEducation.rule235Age': 'forskrift om opptak til høgare utdanning: not stored',
	'higherEducation.practiceMonths': 'forskrift om opptak til høgare utdanning: not stored',
	'higherEducation.realkompetanseFromAge': 'forskrift om opptak til høgare utdanning: not stored',
	'higherEducation.proposedChangeYear': 'NOU 2022: 17, a proposal: not law',
	'incomeSecurity.aap.maxMonths': 'folketrygdloven kapittel 11: not stored',
	'incomeSecurity.kvp.maxMonths': 'sosialtjenesteloven §§ 29–30: not stored',
	'incomeSecurity.kvp.extensionMonths': 'sosialtjenesteloven §§ 29–30: not stored',
	'incomeSecurity.sosialhjelp.activityDutyUnderAge': 'sosialtjenesteloven § 20 a: not stored',
	'incomeSecurity.tiltakspenger.fromAge': 'tiltakspengeforskriften: not stored',
	'dagpenger.fromAge': 'folketrygdloven § 4-6 and dagpengeforskriften kap. 4: not stored',
	'dagpenger.higherEducationFromAge': 'folketrygdloven § 4-6 and dagpengeforskriften kap. 4: not stored',
	'dagpenger.jobseekerMonths': 'folketrygdloven § 4-6 and dagpengeforskriften kap. 4: not stored'
};

/** The bindings as citations: the words each value must stand as in its ledd. */
export const valueCitations = (rules: Rules = RULES): (Citation & { path: string })[] =>
	VALUE_BINDINGS.map((b) => ({ act: b.act, section: b.section, ledd: b.ledd, quote: b.words(rules), path: b.path }));

/** Every number in RULES' values, by path («praksiskandidat.credit.ownVg1»); a date counts as one. */
export function valuePaths(rules: Rules = RULES): string[] {
	const out: string[] = [];
	const walk = (v: unknown, path: string) => {
		if (typeof v === 'number') out.push(path);
		else if (v && typeof v === 'object') {
			if ('month' in v && 'day' in v) out.push(path);
			else for (const [k, w] of Object.entries(v)) walk(w, `${path}.${k}`);
		}
	};
	for (const [id, rule] of Object.entries(rules)) walk((rule as { value: unknown }).value, id);
	return out;
}

export { years as yearsInWords };

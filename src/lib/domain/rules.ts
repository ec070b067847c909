import { monthIndex, currentMonth, type PracticePeriod } from './practice';
import type { EducationLevel } from './registration';

/**
 * The rules a training plan is checked against (product.md §6), as versioned
 * data: each has its values, its public sources and the date it was last
 * checked, so the UI can show where a result comes from. Results are advice,
 * never decisions: where Nav decides, the result says "avklar med Nav-veileder".
 *
 * Values from shared/data/training_plan_rules_sourced.json (compiled
 * 2026-10-08 from Udir, Nav, county pages and Lovdata references).
 */

export interface RuleSource {
	title: string;
	url: string;
}

export interface Rule<V> {
	id: string;
	version: number;
	lastChecked: string;
	value: V;
	sources: RuleSource[];
	/**
	 * The legal provisions the rule rests on, as a source we could read quotes
	 * them. Where the opplæringslova of 2023 (in force 1 August 2024) carried a
	 * right over, the 1998 paragraph is named with the proposition that carried
	 * it: the new law's own paragraph numbers could not be read here.
	 */
	basis?: string[];
}

const CHECKED = '2026-10-08';
/** Checked again on this date against the stored pages of Udir, Nav, NOKUT, Samordna opptak and the counties. */
const RECHECKED = '2026-11-22';
const R76 =
	'https://www.nav.no/nav.no-ressurser/lenker/regelverk/rettskildene/hovednr.76-11-utfyllende-regler-om-mentorordningen';

export const RULES = {
	praksiskandidat: {
		id: 'praksiskandidat',
		version: 1,
		lastChecked: CHECKED,
		value: { extraShare: 0.25, typicalMonths: 60, longTradeMonths: 67, fullTimeFromPercent: 80, maxMonthsPerYear: 12 },
		basis: [
			'opplæringslova 1998 § 3-5 (praksis 25 % lengre enn læretida), videreført i opplæringslova 2023 (Prop. 57 L (2022–2023) kap. 49)',
			'forskrift til opplæringslova § 3-58 (lærling som ikke består prøven to ganger, blir praksiskandidat)'
		],
		sources: [
			{
				title: 'Prop. 57 L (2022–2023), praksiskandidat',
				url: 'https://www.regjeringen.no/no/dokumenter/prop.-57-l-20222023/id2967679/?ch=49'
			},
			{
				title: 'Udir: endringer i regelverket om fag- og svenneprøver',
				url: 'https://www.udir.no/regelverkstolkninger/opplaring/endringer-i-regelverket-om-fag--og-svenneprover/'
			},
			{
				title: 'Østfold fylkeskommune: hva er en praksiskandidat',
				url: 'https://www.ostfoldfk.no/opplaring/fagprove-svenneprove/praksiskandidat-voksen/hva-er-en-praksiskandidat.5140.aspx'
			},
			{
				title: 'Møre og Romsdal fylkeskommune: praksiskandidat – 60 måneder, 80 % stilling regnes som heltid',
				url: 'https://mrfylke.no/utdanning-og-karriere/fagbrev-som-vaksen-praksiskandidat-eller-fagbrev-paa-jobb/praksiskandidat-fagbrev-som-vaksen'
			}
		]
	},
	fagbrevPaJobb: {
		id: 'fagbrevPaJobb',
		version: 1,
		lastChecked: CHECKED,
		value: { minPracticeMonths: 12, minContractMonths: 12 },
		basis: ['forskrift til opplæringslova § 3-56 (krav til praksistid for fagbrev på jobb)'],
		sources: [
			{
				title: 'Udir: endringer i regelverket om fag- og svenneprøver (ny § 3-56)',
				url: 'https://www.udir.no/regelverkstolkninger/opplaring/endringer-i-regelverket-om-fag--og-svenneprover/'
			},
			{
				title: 'Innlandet fylkeskommune: fagbrev på jobb',
				url: 'https://innlandetfylke.no/tjenester/skole-og-utdanning/opplaring-for-voksne/fagbrev-pa-jobb/'
			},
			{
				title: 'Trøndelag fylkeskommune: fagbrev på jobb',
				url: 'https://www.trondelagfylke.no/vare-tjenester/utdanning/Opplaering_i_bedrift/Andre-veier-til-fag-svennebrev/fagbrev-pa-jobb/'
			}
		]
	},
	/**
	 * The adult right from the year one turns 25. The 2023 law (in force
	 * 1 August 2024) added a right to complete whatever one's age, and a right
	 * for adults who already have studiekompetanse or a trade certificate to
	 * take a (second) trade certificate.
	 */
	voksenrett: {
		id: 'voksenrett',
		version: 2,
		lastChecked: RECHECKED,
		value: { fromAge: 25 },
		basis: [
			'opplæringslova 1998 § 4A-3 første ledd (fra året man fyller 25), videreført i opplæringslova 2023 (Prop. 57 L (2022–2023) kap. 43)',
			'opplæringslova 2023: rett til å fullføre, og rett til fagbrev nummer to for voksne med studiekompetanse eller fagbrev (i kraft 1. august 2024)'
		],
		sources: [
			{
				title: 'Vilbli: vaksenrett',
				url: 'https://www.vilbli.no/nn/nn/no/vaksenrett-lovfesta-rett-for-vaksne/a/036533'
			},
			{
				title: 'Udir: videregående opplæring for voksne',
				url: 'https://www.udir.no/laring-og-trivsel/voksenopplaring/videregaende-opplaring/'
			},
			{
				title: 'Regjeringen: voksnes rett til opplæring (ny opplæringslov – fagbrev nummer to)',
				url: 'https://www.regjeringen.no/no/tema/utdanning/voksnes_laering_og_kompetanse/artikler/rett-til-opplaring/id213311/'
			},
			{
				title: 'Vestland fylkeskommune: vaksenrett – frå året du fyller 25; alle har rett til å fullføre',
				url: 'https://vestlandfylke.no/utdanning-og-karriere/voksen/vaksenrett/'
			},
			{
				title: 'Prop. 57 L (2022–2023) kap. 43: rett til førebuande og vidaregåande opplæring for vaksne',
				url: 'https://regjeringen.no/no/dokumenter/prop.-57-l-20222023/id2967679/?ch=43'
			}
		]
	},
	/**
	 * Realkompetansevurdering: what an adult already knows is assessed against
	 * the curricula; passed parts need not be taken again. The regulations set
	 * no minimum of practice (the belief that it needs 12 months is wrong,
	 * 004 around line 2252); a right for adults with voksenrett, and others can
	 * be referred by Nav or the municipality. It cannot replace the trade
	 * certificate exam itself.
	 */
	realkompetanse: {
		id: 'realkompetanse',
		version: 1,
		lastChecked: RECHECKED,
		value: { minPracticeMonths: 0, rightFromAge: 25 },
		basis: [
			'opplæringslova 1998 § 4A-3 femte ledd (rett for voksne med voksenrett; andre etter henvisning fra kommunen eller Nav)',
			'forskrift til opplæringslova §§ 4-6, 4-11 og 6-46 (slik Udirs nasjonale retningslinjer viser til dem)'
		],
		sources: [
			{
				title: 'Udir: nasjonale retningslinjer for realkompetansevurdering av voksne i videregående opplæring',
				url: 'https://www.udir.no/eksamen-og-prover/dokumentasjon/realkompetansevurdering/nasjonale-retningslinjer-for-realkompetansevurdering-av-voksne-i-videregaende-opplaring/del-1-sentrale-avklaringer-om-realkompetansevurdering/'
			},
			{ title: 'Vilbli: realkompetansevurdering', url: 'https://www-stg.vilbli.no/nn/no/a/realkompetansevurdering-6' },
			{
				title: 'Utdanning.no: realkompetansevurdering – erfaringen din er viktig',
				url: 'https://utdanning.no/tema/nyttig_informasjon/realkompetansevurdering_-_erfaringen_din_er_viktig'
			},
			{
				title:
					'Stortinget: lovvedtak 2003 – realkompetansevurdering også etter henvisning fra kommune eller arbeidsmarkedsetat',
				url: 'https://www.stortinget.no/no/Saker-og-publikasjoner/Vedtak/Beslutninger/Odelstinget/2002-2003/beso-200203-069/'
			}
		]
	},
	deadlines: {
		id: 'deadlines',
		version: 1,
		lastChecked: CHECKED,
		/** Month and day; a deadline on a Saturday or Sunday moves to the Monday after. */
		value: { early: { month: 2, day: 1 }, ordinary: { month: 3, day: 1 } },
		sources: [
			{
				title: 'Vilbli: søknadsfrister og inntakskalender',
				url: 'https://www.vilbli.no/nn/nn/no/soknadsfristar-og-inntakskalender/a/034568'
			}
		]
	},
	navTraining: {
		id: 'navTraining',
		version: 1,
		lastChecked: CHECKED,
		value: { maxMonths: 36, extensionMonths: 12, fagskoleFromAge: 19 },
		basis: [
			'forskrift om arbeidsmarkedstiltak (FOR-2015-12-11-1598) kap. 7 (opplæring) og § 1-3 (tiltak etter behovs- eller arbeidsevnevurdering)'
		],
		sources: [
			{ title: 'Nav: rundskriv R76-12-01, kapittel 7 (opplæringstiltak)', url: R76 },
			{
				title:
					'Nav: tiltaket fagskole (høyere yrkesfaglig utdanning) – fra året brukeren fyller 19, i Navs tiltakskatalog',
				url: 'https://github.com/navikt/mulighetsrommet'
			},
			{
				title: 'Nav: arbeidsavklaringspenger – utdanning kan være et arbeidsrettet tiltak',
				url: 'https://www.nav.no/no/person/arbeid/arbeidsavklaringspenger/arbeidsavklaringspenger-aap'
			}
		]
	},
	/** Arbeidstrening: a Nav measure for little or patchy work experience or reduced work ability. */
	workTraining: {
		id: 'workTraining',
		version: 1,
		lastChecked: RECHECKED,
		value: { maxMonths: 12, extensionMonths: 6, littleExperienceBelowMonths: 12 },
		basis: [
			'forskrift om arbeidsmarkedstiltak (FOR-2015-12-11-1598) § 1-3 (tiltak etter behovs- eller arbeidsevnevurdering)'
		],
		sources: [
			{
				title: 'Nav: arbeidstrening – hvem kan delta, inntil ett år, seks måneder til ved nedsatt arbeidsevne',
				url: 'https://www.nav.no/no/person/arbeid/oppfolging-og-tiltak-for-a-komme-i-jobb/tiltak-for-a-komme-i-jobb/arbeidsutproving/arbeidstrening'
			},
			{ title: 'Nav: rundskriv R76-12-01, § 1-3 vilkår for deltakelse i tiltak', url: R76 }
		]
	},
	/** Working directly: no admission; Nav can support with a wage subsidy (the practice it gives is counted by praksiskandidat). */
	workDirect: {
		id: 'workDirect',
		version: 1,
		lastChecked: RECHECKED,
		value: { wageSubsidyMonths: 12, wageSubsidyReducedMonths: 24 },
		basis: [
			'forskrift om arbeidsmarkedstiltak (FOR-2015-12-11-1598) § 1-3 (tiltak etter behovs- eller arbeidsevnevurdering)'
		],
		sources: [
			{
				title: 'Nav: midlertidig lønnstilskudd – inntil ett år, inntil to år ved nedsatt arbeidsevne',
				url: 'https://nav.no/arbeidsgiver/midlertidig-lonnstilskudd'
			}
		]
	},
	/** Fagskole: completed upper secondary, or prior learning from the year one turns 23 (Nav's part is in navTraining). */
	fagskole: {
		id: 'fagskole',
		version: 1,
		lastChecked: RECHECKED,
		value: { realkompetanseFromAge: 23 },
		basis: ['fagskoleloven § 16 og fagskoleforskriften § 8 (opptak på realkompetanse fra 23 år)'],
		sources: [
			{
				title:
					'NOKUT: 23-årsgrensen for realkompetansevurdering til fagskole (fagskoleloven § 16, fagskoleforskriften § 8)',
				url: 'https://www.nokut.no/norsk-utdanning/fagskole/regelverk-for-fagskoler/for-kunstfaglige-utdanninger-mulighet-til-a-gjore-unntak-fra-23-arsgrensa-for-realkompetansevurdering/'
			},
			{
				title:
					'Prop. 47 L (2017–2018) kap. 15: opptak – fullført og bestått videregående eller tilsvarende realkompetanse',
				url: 'https://www.regjeringen.no/no/dokumenter/prop.-47-l-20172018/id2593609/?ch=15'
			}
		]
	},
	/**
	 * Higher education: generell studiekompetanse, or the 23/5 rule (23 in the
	 * admission year, five years of work and/or education, the six subjects),
	 * or prior learning from 25. The government has proposed replacing 23/5
	 * with 23/6 (no practice requirement) from 2027; the app keeps 23/5 until
	 * the change is decided and says so.
	 */
	higherEducation: {
		id: 'higherEducation',
		version: 1,
		lastChecked: RECHECKED,
		value: { rule235Age: 23, practiceMonths: 60, realkompetanseFromAge: 25, proposedChangeYear: 2027 },
		basis: [
			'forskrift om opptak til høgare utdanning: generell studiekompetanse og 23/5-regelen (NOU 2022: 17 kap. 2)'
		],
		sources: [
			{
				title: 'Samordna opptak: 23/5-regelen',
				url: 'https://www.samordnaopptak.no/info/opptak/generell-studiekompetanse/23-5-regelen/'
			},
			{
				title: 'Utdanning.no: 23/5-regelen – foreslått erstattet av 23/6-regelen fra 2027',
				url: 'https://utdanning.no/tema/nyttig_informasjon/235-regelen'
			},
			{
				title: 'OsloMet: opptakskrav – realkompetanse fra året man fyller 25',
				url: 'https://www.oslomet.no/studier/soknad-og-opptak/opptakskrav-til-studier'
			},
			{
				title: 'NOU 2022: 17 kap. 2: dagens opptaksregelverk',
				url: 'https://www.regjeringen.no/no/dokumenter/nou-2022-17/id2948927/?ch=4'
			}
		]
	},
	incomeSecurity: {
		id: 'incomeSecurity',
		version: 1,
		lastChecked: CHECKED,
		value: {
			aap: { maxMonths: 36 },
			kvp: { maxMonths: 12, extensionMonths: 12 },
			dagpenger: { restrictsEducation: true, educationFromAge: 25 },
			sosialhjelp: { activityDutyUnderAge: 30 },
			tiltakspenger: { fromAge: 18 }
		},
		basis: ['sosialtjenesteloven § 20 a (aktivitetsplikt for mottakere av sosialhjelp under 30 år)'],
		sources: [
			{
				title: 'Nav: arbeidsavklaringspenger (AAP)',
				url: 'https://www.nav.no/no/person/arbeid/arbeidsavklaringspenger/arbeidsavklaringspenger-aap'
			},
			{ title: 'Nav: kvalifiseringsprogrammet', url: 'https://www.nav.no/kvalifiseringsprogrammet/en' },
			{ title: 'Nav: dagpenger og utdanning', url: 'https://www.nav.no/dagpenger' }
		]
	}
} as const satisfies Record<string, Rule<unknown>>;

export type RuleId = keyof typeof RULES;

/** A rule's outcome for one client: an i18n key with values, and the rule it came from. */
export interface RuleResult {
	rule: RuleId;
	/** 'ok' looks possible, 'check' needs clarifying (often with Nav), 'no' does not fit now. */
	level: 'ok' | 'check' | 'no';
	key: string;
	values: Record<string, string | number>;
	/** Which of the rule's sources states this result, when it is not the first. */
	source?: number;
}

/**
 * Practice months as the praksiskandidat rule counts them: a position of
 * 80 % or more counts as full time, smaller ones pro rata; overlapping
 * entries never give more than one month per calendar month (so never more
 * than 12 a year).
 */
export function praksiskandidatMonths(periods: PracticePeriod[], now = new Date()): number {
	const { fullTimeFromPercent } = RULES.praksiskandidat.value;
	const credit = new Map<number, number>();
	const thisMonth = monthIndex(currentMonth(now))!;
	for (const p of periods) {
		const from = monthIndex(p.start);
		const to = p.end ? monthIndex(p.end) : thisMonth;
		if (from === null || to === null || to < from) continue;
		const pct = Math.min(100, Math.max(0, p.percent ?? 100));
		const share = pct >= fullTimeFromPercent ? 100 : pct;
		for (let m = from; m <= Math.min(to, thisMonth); m++) credit.set(m, Math.min(100, (credit.get(m) ?? 0) + share));
	}
	let total = 0;
	for (const v of credit.values()) total += v;
	return total / 100;
}

/** Practice needed: 25 % more than the trade's training time, in whole months (48 → 60). */
export function praksiskandidatRequiredMonths(trainingMonths = 48): number {
	return Math.ceil(trainingMonths * (1 + RULES.praksiskandidat.value.extraShare));
}

export function praksiskandidat(haveMonths: number, trainingMonths = 48): RuleResult {
	const required = praksiskandidatRequiredMonths(trainingMonths);
	const missing = Math.max(0, Math.ceil((required - haveMonths) * 10) / 10);
	return missing === 0
		? {
				rule: 'praksiskandidat',
				level: 'ok',
				key: 'rules.praksiskandidat.enough',
				values: { required, have: haveMonths }
			}
		: {
				rule: 'praksiskandidat',
				level: haveMonths >= required / 2 ? 'check' : 'no',
				key: 'rules.praksiskandidat.missing',
				values: { required, have: haveMonths, missing }
			};
}

export function fagbrevPaJobb(haveMonths: number): RuleResult {
	const { minPracticeMonths } = RULES.fagbrevPaJobb.value;
	return haveMonths >= minPracticeMonths
		? {
				rule: 'fagbrevPaJobb',
				level: 'check',
				key: 'rules.fagbrevPaJobb.possible',
				values: { min: minPracticeMonths, have: haveMonths }
			}
		: {
				rule: 'fagbrevPaJobb',
				level: 'no',
				key: 'rules.fagbrevPaJobb.tooLittle',
				values: { min: minPracticeMonths, have: haveMonths }
			};
}

/** Completed upper secondary, as module 1 or the registration shows it. */
export const QUALIFIED: readonly EducationLevel[] = ['vocational', 'general', 'higher'];

/**
 * The adult right applies from 1 January of the year the person turns 25.
 * Before that the young person applies to ordinary upper secondary, with the
 * right to complete (2023 law). An adult who already completed upper
 * secondary has, since 1 August 2024, a right to a (second) trade certificate.
 */
export function voksenrett(
	birthYear: number | null,
	today = new Date(),
	education: EducationLevel | null = null
): RuleResult {
	const { fromAge } = RULES.voksenrett.value;
	if (birthYear === null)
		return { rule: 'voksenrett', level: 'check', key: 'rules.voksenrett.unknownAge', values: { age: fromAge } };
	const fromYear = birthYear + fromAge;
	if (today.getFullYear() < fromYear)
		return { rule: 'voksenrett', level: 'check', key: 'rules.voksenrett.notYet', values: { fromYear }, source: 3 };
	if (education !== null && QUALIFIED.includes(education))
		return {
			rule: 'voksenrett',
			level: 'ok',
			key: 'rules.voksenrett.secondQualification',
			values: { fromYear },
			source: 2
		};
	return { rule: 'voksenrett', level: 'ok', key: 'rules.voksenrett.has', values: { fromYear } };
}

/**
 * Realkompetansevurdering: open to adults with voksenrett whatever their
 * practice (there is no minimum); before that year, only on referral from Nav
 * or the municipality.
 */
export function realkompetanse(birthYear: number | null, practiceMonths: number, today = new Date()): RuleResult {
	const { rightFromAge } = RULES.realkompetanse.value;
	const months = Math.round(practiceMonths);
	if (birthYear === null)
		return {
			rule: 'realkompetanse',
			level: 'check',
			key: 'rules.realkompetanse.unknownAge',
			values: { age: rightFromAge }
		};
	const fromYear = birthYear + rightFromAge;
	return today.getFullYear() >= fromYear
		? { rule: 'realkompetanse', level: 'ok', key: 'rules.realkompetanse.right', values: { fromYear, months } }
		: { rule: 'realkompetanse', level: 'check', key: 'rules.realkompetanse.viaNav', values: { fromYear }, source: 3 };
}

/** Rules not checked against their sources for more than a year: due for review. */
export const REVIEW_AFTER_MONTHS = 12;
export function rulesDueForReview(today = new Date()): RuleId[] {
	const limit = new Date(today);
	limit.setMonth(limit.getMonth() - REVIEW_AFTER_MONTHS);
	return (Object.values(RULES) as Rule<unknown>[])
		.filter((r) => new Date(`${r.lastChecked}T12:00:00`) < limit)
		.map((r) => r.id as RuleId);
}

const iso = (d: Date) =>
	`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** A deadline date in a given year, moved from a weekend to the Monday after. */
export function deadlineIn(year: number, which: 'early' | 'ordinary'): string {
	const { month, day } = RULES.deadlines.value[which];
	const d = new Date(year, month - 1, day, 12);
	const dow = d.getDay();
	if (dow === 6) d.setDate(d.getDate() + 2);
	if (dow === 0) d.setDate(d.getDate() + 1);
	return iso(d);
}

/** The next early (1 February) and ordinary (1 March) deadline on or after today. */
export function nextDeadlines(today = new Date()): { early: string; ordinary: string } {
	const t = iso(today);
	const next = (which: 'early' | 'ordinary') => {
		const thisYear = deadlineIn(today.getFullYear(), which);
		return t <= thisYear ? thisYear : deadlineIn(today.getFullYear() + 1, which);
	};
	return { early: next('early'), ordinary: next('ordinary') };
}

/** Whether Nav can support a training plan of this length (3 years, +1 in special cases). */
export function navTrainingLength(planMonths: number): RuleResult {
	const { maxMonths, extensionMonths } = RULES.navTraining.value;
	const values = { months: planMonths, max: maxMonths, extended: maxMonths + extensionMonths };
	if (planMonths <= maxMonths) return { rule: 'navTraining', level: 'ok', key: 'rules.navTraining.within', values };
	if (planMonths <= maxMonths + extensionMonths)
		return { rule: 'navTraining', level: 'check', key: 'rules.navTraining.extension', values };
	return { rule: 'navTraining', level: 'no', key: 'rules.navTraining.tooLong', values };
}

import { describe, expect, it } from 'vitest';
import catalogueData from '$lib/domain/catalogue/catalogue.json';
import type { Trade } from '$lib/domain/catalogue/schema';
import { brokenCitations, LAW_TEXT, leddOf, type Ledd } from '$lib/domain/law';
import { RULES } from '$lib/domain/rules';
import { NOT_IN_STORED_LAW, valueCitations, valuePaths, yearsInWords } from '$lib/domain/rules/value-words';
import nb from '../../locales/nb-modules.json';
import nn from '../../locales/nn-modules.json';
import en from '../../locales/en-modules.json';
import nbBase from '../../locales/nb.json';
import nnBase from '../../locales/nn.json';
import enBase from '../../locales/en.json';

/**
 * Every number a rule uses stands in the stored words of the law (value-words.ts), and no locale
 * sentence writes a rule's number itself: it comes from RULES through a placeholder. Changing a
 * value without its law, the law without the value, or typing a number into a sentence fails here.
 */

/** The stored text with one ledd's words replaced: a new text of the law, as a test sees it. */
const amended = (act: Ledd['act'], section: string, ledd: number, from: string, to: string): Ledd[] =>
	LAW_TEXT.map((l) => {
		if (l.act !== act || l.section !== section || l.ledd !== ledd) return l;
		expect(l.text, `${act} § ${section} (${ledd})`).toContain(from);
		return { ...l, text: l.text.replace(from, to) };
	});
const brokenPaths = (text: readonly Ledd[], rules = RULES) => [
	...new Set(brokenCitations(valueCitations(rules), text).map((c) => c.path))
];
/** RULES with one value changed, as a careless edit would leave it. */
/** RULES as a careless edit sees it: every value writable and any number. */
type Editable<T> = T extends number ? number : T extends string ? string : { -readonly [K in keyof T]: Editable<T[K]> };
const withValue = (edit: (r: Editable<typeof RULES>) => void): typeof RULES => {
	const copy = structuredClone(RULES) as Editable<typeof RULES>;
	edit(copy);
	return copy as unknown as typeof RULES;
};

describe('every number a rule uses, against the stored words of the law', () => {
	it('each bound value stands in its ledd as the law words it', () => {
		expect(valueCitations().length).toBeGreaterThanOrEqual(17);
		expect(brokenCitations(valueCitations())).toEqual([]);
	});

	it('no number goes unaccounted: bound to the law, or named with the source that is not stored', () => {
		const bound = new Set(valueCitations().map((c) => c.path));
		const unaccounted = valuePaths().filter((p) => !bound.has(p) && !(p in NOT_IN_STORED_LAW));
		expect(unaccounted).toEqual([]);
		// And no stale excuse: every listed number still exists, and none is both bound and excused.
		expect(Object.keys(NOT_IN_STORED_LAW).filter((p) => !valuePaths().includes(p))).toEqual([]);
		expect(Object.keys(NOT_IN_STORED_LAW).filter((p) => bound.has(p))).toEqual([]);
	});

	it('a changed value without its law fails: 25 % → 20 %, 19 → 25, 1 March → 1 April, a credit of 1/2 year → 1/4', () => {
		expect(
			brokenPaths(
				LAW_TEXT,
				withValue((r) => (r.praksiskandidat.value.extraShare = 0.2))
			)
		).toEqual(['praksiskandidat.extraShare']);
		expect(
			brokenPaths(
				LAW_TEXT,
				withValue((r) => (r.voksenrett.value.fromAge = 25))
			)
		).toEqual(['voksenrett.fromAge']);
		expect(
			brokenPaths(
				LAW_TEXT,
				withValue((r) => (r.deadlines.value.ordinary = { month: 4, day: 1 }))
			)
		).toEqual(['deadlines.ordinary']);
		expect(
			brokenPaths(
				LAW_TEXT,
				withValue((r) => (r.praksiskandidat.value.credit.sameProgrammeVg2 = 3))
			)
		).toEqual(['praksiskandidat.credit.sameProgrammeVg2']);
	});

	it('a new text of the law that changes a number fails: «25 prosent», «fyller 19 år», «1. mars», «1/4 år», «80 prosent»', () => {
		expect(brokenPaths(amended('lova', '23-2', 1, '25 prosent', '30 prosent'))).toEqual(['praksiskandidat.extraShare']);
		expect(brokenPaths(amended('lova', '18-3', 1, 'fyller 19 år', 'fyller 25 år'))).toEqual(['voksenrett.fromAge']);
		expect(brokenPaths(amended('forskrifta', '4-9', 1, '1. mars', '15. mars'))).toEqual(['deadlines.ordinary']);
		expect(
			brokenPaths(
				amended('forskrifta', '6-7', 1, 'trinn 1 skal godskrivast med 1/4 år', 'trinn 1 skal godskrivast med 1/2 år')
			)
		).toEqual(['praksiskandidat.credit.otherVg1']);
		expect(brokenPaths(amended('forskrifta', '9-58', 2, '80 prosent', '75 prosent'))).toEqual([
			'fagbrevPaJobb.fullTimeFromPercent'
		]);
	});

	it('§ 9-58 (1) «fire år»: the length of most trades in the catalogue is what the regulation says, and a changed word fails', () => {
		const trades = catalogueData.trades as unknown as Trade[];
		const counts = new Map<number, number>();
		for (const t of trades) counts.set(t.trainingMonths, (counts.get(t.trainingMonths) ?? 0) + 1);
		const commonest = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
		const words = (text: readonly Ledd[]) =>
			leddOf({ act: 'forskrifta', section: '9-58', ledd: 1 }, text)!.text.includes(
				`For dei fleste faga vil det seie ${yearsInWords(commonest)} i heiltidsstilling`
			);
		expect(commonest).toBe(48);
		expect(words(LAW_TEXT)).toBe(true);
		expect(words(amended('forskrifta', '9-58', 1, 'fire år', 'tre år'))).toBe(false);
	});

	it('who decides stays the law’s: § 23-2 with Nav as the decider, or § 18-6 without its condition, breaks the rules that quote them', () => {
		const cites = Object.values(RULES).flatMap((r) =>
			((r as { law?: typeof RULES.praksiskandidat.law }).law ?? []).map((c) => ({ ...c, rule: r.id }))
		);
		const broken = (text: readonly Ledd[]) => [...new Set(brokenCitations(cites, text).map((c) => c.rule))];
		expect(broken(amended('lova', '23-2', 1, 'Fylkeskommunen avgjer', 'Arbeids- og velferdsetaten avgjer'))).toEqual([
			'praksiskandidat'
		]);
		expect(
			broken(amended('lova', '18-6', 1, 'og som oppfyller vilkåra for å bli formidla til læretid i bedrift, ', ''))
		).toEqual(['voksenrett']);
		expect(broken(amended('forskrifta', '9-58', 1, 'lengda på lærefaget', 'lengda på kontrakten'))).toEqual([
			'fagbrevPaJobb'
		]);
	});
});

/** Every string of a locale file, with its key. */
function* strings(o: unknown, path = ''): Generator<[string, string]> {
	if (typeof o === 'string') yield [path, o];
	else if (o && typeof o === 'object')
		for (const [k, v] of Object.entries(o)) yield* strings(v, path ? `${path}.${k}` : k);
}
/** A rule's number written into a sentence: an age, a share, a date of a deadline. */
const RULE_NUMBER =
	/(fyller|fylt|turns?|turned) \d+|\d+ ?%|\d+ ?(prosent|percent)|\d+\. (januar|februar|mars|april)|(January|February|March|April) \d/;
/** Numbers that are not a rule's: overlapping periods are capped at a full month (100 %). */
const NOT_A_RULE = new Set(['mapping.work.totalHelp']);
const LOCALES = { nb: { ...nbBase, ...nb }, nn: { ...nnBase, ...nn }, en: { ...enBase, ...en } };

describe('locale sentences carry the rules’ values, never their own', () => {
	it.each(Object.keys(LOCALES))(
		'%s: no sentence types an age, share or deadline date itself – it comes from RULES',
		(lang) => {
			const typed = [...strings(LOCALES[lang as keyof typeof LOCALES])]
				.filter(([key]) => !NOT_A_RULE.has(key))
				.map(([key, s]) => [key, s.replace(/\{\{[^}]*\}\}/g, '')] as const)
				.filter(([, s]) => RULE_NUMBER.test(s))
				.map(([key, s]) => `${key}: ${s.match(RULE_NUMBER)![0]}`);
			expect(typed).toEqual([]);
		}
	);

	it('a number typed into a rule sentence is caught', () => {
		const edited = {
			rules: { voksenrett: { notYet: 'Voksenretten gjelder fra skoleåret det året veisøkeren fyller 19.' } }
		};
		expect([...strings(edited)].filter(([, s]) => RULE_NUMBER.test(s))).toHaveLength(1);
	});

	it('every group of rule sentences names a rule the app has', () => {
		const ids = new Set(Object.keys(RULES));
		// Sentences about a rule live under rules.<rule id>; the rest are the frame around them.
		const frame = new Set(['source', 'lastChecked', 'advice', 'due', 'basis', 'income', 'law', 'lawRetrieved']);
		for (const lang of ['nb', 'nn', 'en'] as const) {
			const groups = Object.keys((LOCALES[lang] as { rules: object }).rules).filter((g) => !frame.has(g));
			expect(
				groups.filter((g) => !ids.has(g)),
				lang
			).toEqual([]);
		}
		// income holds the incomeSecurity rule's sentences, one per benefit with its own legal basis.
		const benefits = Object.keys(RULES.incomeSecurity.basisOf);
		for (const lang of ['nb', 'nn', 'en'] as const)
			expect(Object.keys((LOCALES[lang] as typeof nb).rules.income).filter((k) => !benefits.includes(k))).toEqual([]);
	});
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import catalogueData from '$lib/domain/catalogue/catalogue.json';
import type { Trade } from '$lib/domain/catalogue/schema';
import { blankItem } from '$lib/domain/common';
import { newMapping, upperSecondarySchema, type SchoolRow } from '$lib/domain/mapping/mapping';
import { goalPath, pathText, routePath } from '$lib/domain/exploring/route-path';
import { examFacts as examFactsOf } from '$lib/domain/rules/curriculum';
import { assessRoutes, expectedMonths, rightsInput } from '$lib/domain/exploring/open-routes';
import { newPlan, planWarnings } from '$lib/domain/plan/plan';
import {
	creditedSchoolMonths,
	dagpengerEducation,
	deadlineIn,
	deadlinesFor,
	educationRights,
	fagbrevPaJobb,
	incomeSecurityNote,
	praksiskandidat,
	praksiskandidatMonths,
	praksiskandidatRequiredMonths,
	RULES,
	writtenExamFirst,
	type RuleResult
} from '$lib/domain/rules';

/**
 * The case book: worked cases written from the text of opplæringslova (LOV-2023-06-09-30),
 * opplæringsforskrifta (FOR-2024-06-03-900) and Nav's rules. Each names the provision it tests.
 * «Today» is 22 November 2026, in the school year 2026–27.
 */
const TODAY = new Date('2026-11-22T12:00:00');
const trades = catalogueData.trades as unknown as Trade[];
const trade = (code: string) => trades.find((t) => t.code.startsWith(code))!;
/** A row of module 1's upper secondary history. */
const school = (programme: string, level: SchoolRow['level'], status: SchoolRow['status'], vg2 = ''): SchoolRow => ({
	...blankItem(upperSecondarySchema),
	programme,
	level,
	status,
	vg2
});
const keys = (rs: RuleResult[]) => rs.map((r) => r.key.replace('rules.', ''));
const rights = (
	birthYear: number | null,
	education: Parameters<typeof educationRights>[0]['education'],
	today = TODAY
) => educationRights({ birthYear, education, today });
const cites = (r: RuleResult | undefined) => (r?.law ?? []).map((c) => `${c.act} ${c.section} (${c.ledd})`);

describe('rights to upper secondary education (opplæringslova 2023)', () => {
	it('1. born 2004, grunnskole only: youth right to 2028–29 and the adult right both apply (§ 5-1 (2), § 5-1 (3), § 18-3 (1))', () => {
		const r = rights(2004, 'primary');
		expect(keys(r)).toEqual(['youthRight.has', 'voksenrett.both', 'realkompetanse.right']);
		expect(r[0]!.values).toMatchObject({ until: '2028–29' });
		expect(r[1]!.values).toMatchObject({ from: '2023–24', until: '2028–29' });
		expect(cites(r[1])).toEqual(expect.arrayContaining(['lova 5-1 (3)', 'lova 18-3 (1)']));
	});

	it('2. born 2004: realkompetansevurdering is a right, not a referral (§ 18-8 (1))', () => {
		const rk = rights(2004, 'primary').at(-1)!;
		expect(rk.level).toBe('ok');
		expect(cites(rk)).toContain('lova 18-8 (1)');
	});

	it('3. born 2008 (18 this year): youth right now, the adult right from the school year 2027–28 (§ 18-3 (1))', () => {
		const r = rights(2008, 'startedUpperSecondary');
		expect(keys(r).slice(0, 2)).toEqual(['youthRight.has', 'voksenrett.notYet']);
		expect(r[1]!.values).toMatchObject({ from: '2027–28' });
	});

	it('4. born 2008: realkompetansevurdering only when the municipality or Nav recommends it (§ 18-8 (2))', () => {
		const rk = rights(2008, null).at(-1)!;
		expect(rk.key).toBe('rules.realkompetanse.viaNav');
		expect(cites(rk)).toEqual(['lova 18-8 (2)']);
	});

	it('5. born 2007: the adult right starts with the school year, on 1 August 2026 – not on 1 January (§ 18-3 (1))', () => {
		expect(keys(rights(2007, null, new Date('2026-07-31T12:00:00')))).toContain('voksenrett.notYet');
		expect(keys(rights(2007, null, new Date('2026-08-01T12:00:00')))).toContain('voksenrett.both');
	});

	it('6. born 2002 (24 this year): the youth right lasts out the school year 2026–27 (§ 5-1 (2))', () => {
		expect(keys(rights(2002, null)).slice(0, 2)).toEqual(['youthRight.has', 'voksenrett.both']);
	});

	it('7. born 2002, from 1 August 2027: the youth right is over, the adult right remains (§ 5-1 (2) second sentence)', () => {
		expect(keys(rights(2002, null, new Date('2027-08-01T12:00:00'))).slice(0, 2)).toEqual([
			'youthRight.ended',
			'voksenrett.has'
		]);
	});

	it('8. born 2001 (25 this year): adult right, and never «from 25» (§ 18-3 (1))', () => {
		const r = rights(2001, 'startedUpperSecondary');
		expect(keys(r)).toEqual(['youthRight.ended', 'voksenrett.has', 'realkompetanse.right']);
		// Under the 1998 Act the adult right came with 2026, the year of 25; now it has applied since 2020–21.
		expect(r[1]!.values).toMatchObject({ from: '2020–21' });
	});

	it('9. born 1990 with a trade certificate: one new vocational qualification, and påbygging (§ 18-4, § 18-7)', () => {
		expect(keys(rights(1990, 'vocational'))).toEqual(['newQualification.has', 'pabygging.has', 'realkompetanse.right']);
	});

	it('10. born 2005 with studiekompetanse: § 18-4 applies at any age, 21 too (§ 18-4)', () => {
		const r = rights(2005, 'general');
		expect(keys(r)[0]).toBe('newQualification.has');
		expect(cites(r[0])).toEqual(['lova 18-4 (1)']);
	});

	it('11. born 2006 with a trade certificate: påbygging as a youth to 2030–31, as an adult from 2025–26 (§ 5-7, § 18-7)', () => {
		const p = rights(2006, 'vocational').find((r) => r.rule === 'pabygging')!;
		expect(p.values).toEqual({ until: '2030–31', from: '2025–26' });
		expect(cites(p)).toEqual(['lova 5-7 (1)', 'lova 18-7 (1)']);
	});

	it('12. born 1995 with upper secondary from abroad, not recognised: the adult right (§ 18-3 (1) second sentence)', () => {
		const adult = rights(1995, 'abroadNotRecognised').find((r) => r.rule === 'voksenrett')!;
		expect(adult.key).toBe('rules.voksenrett.has');
		expect(adult.law!.some((c) => c.quote.includes('i eit anna land'))).toBe(true);
	});

	it('13. born 2006 with schooling abroad, not recognised: the youth right too (§ 5-1 (1) second sentence)', () => {
		const youth = rights(2006, 'abroadNotRecognised')[0]!;
		expect(youth.key).toBe('rules.youthRight.has');
		expect(youth.law!.some((c) => c.quote.includes('i eit anna land'))).toBe(true);
	});

	it('14. primary school not completed: preparatory education for adults first (§ 18-2 (1))', () => {
		const r = educationRights({ birthYear: 1990, education: null, primaryNotCompleted: true, today: TODAY });
		expect(keys(r)).toEqual(['preparatory.has']);
	});

	it('15. no birth year: the rights say what they depend on instead of guessing (§ 5-1, § 18-3)', () => {
		expect(keys(rights(null, null))).toEqual([
			'youthRight.unknownAge',
			'voksenrett.unknownAge',
			'realkompetanse.unknownAge'
		]);
	});
});

describe('praksiskandidat (opplæringslova § 23-2, opplæringsforskrifta §§ 6-5 to 6-7)', () => {
	it('16. Elektrikerfaget, 24 + 30 months: 67.5 months of practice (§ 23-2)', () => {
		expect(praksiskandidatRequiredMonths(trade('ELELE3').trainingMonths)).toBe(67.5);
	});

	it('17. Tømrerfaget, 48 months: 60 (§ 23-2)', () => {
		expect(praksiskandidatRequiredMonths(trade('BATMF3').trainingMonths)).toBe(60);
	});

	it('18. Orgelbyggerfaget, five years: 75 (§ 23-2)', () => {
		expect(praksiskandidatRequiredMonths(trade('DTORG3').trainingMonths)).toBe(75);
	});

	it('19. Vg1 Elektro and Vg2 in the same programme credit 12 + 6 months towards Elektrikerfaget (forskrifta § 6-7 (1), (2))', () => {
		expect(creditedSchoolMonths([{ programme: 'EL', level: 'vg2' }], trade('ELELE3'))).toBe(18);
	});

	it('20. Vg1 in another programme credits a quarter of a year (forskrifta § 6-7 (1))', () => {
		expect(creditedSchoolMonths([{ programme: 'BA', level: 'vg1' }], trade('ELELE3'))).toBe(3);
	});

	it('21. the trade’s own Vg2 credits a whole year (forskrifta § 6-7 (2))', () => {
		expect(creditedSchoolMonths([{ programme: 'EL', level: 'vg2', vg2: 'ELELE2----' }], trade('ELELE3'))).toBe(24);
	});

	it('22. 40 months of practice and 18 credited: 9.5 months missing for Elektrikerfaget, and the county may approve less (§ 23-2)', () => {
		const r = praksiskandidat(40, 54, 18);
		expect(r).toMatchObject({
			key: 'rules.praksiskandidat.missingWithCredit',
			values: { required: 67.5, missing: 9.5 }
		});
		expect(r.law!.map((c) => c.quote)).toContain('kan i særlege tilfelle godkjenne kortare praksis');
	});

	it('23. Automatiseringsfaget: two written exams, then the trade test, in AUT03-05’s words (forskrifta § 9-25 (3))', () => {
		const [exam] = writtenExamFirst(trade('ELAUT3'));
		expect(exam).toMatchObject({ key: 'rules.praksiskandidat.writtenExams', values: { exam: 'AUT03-05', count: 2 } });
		expect(exam!.values.words).toContain(
			'Før fagprøven må alle som ikke har fulgt normalt opplæringsløp, i tillegg ha bestått en tverrfaglig skriftlig eksamen'
		);
		expect(cites(exam!)).toEqual(['forskrifta 9-25 (3)']);
	});

	it('24. Tømrerfaget: a praksiskandidat sits a written exam before the trade test (TMF03-02, «Sluttvurdering»; forskrifta § 9-25 (3))', () => {
		// The brief said Tømrerfaget had none; the curriculum's own words say otherwise, and they win.
		const [exam, days] = writtenExamFirst(trade('BATMF3'));
		expect(exam).toMatchObject({
			key: 'rules.praksiskandidat.writtenExam',
			values: {
				exam: 'TMF03-02',
				count: 1,
				words:
					'Før sveineprøva må alle som ikkje har følgt normalt opplæringsløp, ha bestått ein skriftleg eksamen laga ut frå læreplanen i faget.'
			}
		});
		expect(cites(exam!)).toEqual(['forskrifta 9-25 (3)']);
		expect(days).toMatchObject({ key: 'rules.praksiskandidat.testDaysAtLeast', values: { min: 5 } });
	});

	it('25. an 80 % position counts as full time for fagbrev på jobb – the regulation says so there (forskrifta § 9-58 (2))', () => {
		const months = praksiskandidatMonths([{ start: '2025-01', end: '2025-12', percent: 80 }], TODAY);
		expect(months).toBe(12);
		expect(fagbrevPaJobb(months).level).toBe('check');
		expect(RULES.fagbrevPaJobb.law.map((c) => c.quote)).toContain(
			'Ein stillingsbrøk på 80 prosent kan godkjennast som heiltid'
		);
	});

	it('26. the apprenticeship route for a client with Vg2 Elenergi og ekom passed is the company time only: 30 months for Elektrikerfaget (opplæringslova § 5-2 (3); forskrifta § 6-7 (2))', () => {
		const m = newMapping('c');
		m.education.upperSecondary.push(school('EL', 'vg2', 'passed', 'ELELE2----'));
		expect(assessRoutes(trade('ELELE3'), m, 2004, TODAY)[0]!.months).toBe(30);
		expect(routePath(trade('ELELE3'), m)).toEqual({ school: [], companyMonths: 30, assumesPassed: false });
	});

	it('27. with only Vg1 Elektro done: one more school year, 12 + 30 = 42 months (opplæringslova § 5-2 (3))', () => {
		const m = newMapping('c');
		m.education.upperSecondary.push(school('EL', 'vg1', 'passed'));
		expect(assessRoutes(trade('ELELE3'), m, 2004, TODAY)[0]!.months).toBe(42);
	});

	it('27a. Vg2 Elenergi og ekom started and left after a term: that Vg2 again, then 30 months – 42, and only Vg1 credited (forskrifta § 6-6 (1): whole school years only)', () => {
		const m = newMapping('c');
		m.education.upperSecondary.push(school('EL', 'vg2', 'left', 'ELELE2----'));
		const path = routePath(trade('ELELE3'), m);
		expect(path.school).toEqual([{ level: 'vg2', codes: ['ELELE2----'], started: 'left' }]);
		expect(assessRoutes(trade('ELELE3'), m, 2004, TODAY)[0]!.months).toBe(42);
		expect(creditedSchoolMonths(m.education.upperSecondary, trade('ELELE3'))).toBe(12);
		const t = (key: string, v?: Record<string, unknown>) => `${key}${JSON.stringify(v ?? {})}`;
		expect(pathText(path, (code) => (code === 'ELELE2----' ? 'Elenergi og ekom' : code), t)).toBe(
			'route.path.school_left{"level":"Vg2","name":"Elenergi og ekom"} → route.path.company{"months":30}'
		);
	});

	it('27b. a passed Vg2 in another area of the programme (Automatisering) still needs Vg2 Elenergi og ekom (forskrifta § 6-7 (2): «trinn 2 for det aktuelle lærefaget»)', () => {
		const m = newMapping('c');
		m.education.upperSecondary.push(school('EL', 'vg2', 'passed', 'ELAUT2----'));
		expect(routePath(trade('ELELE3'), m).school).toEqual([{ level: 'vg2', codes: ['ELELE2----'], started: null }]);
		expect(creditedSchoolMonths(m.education.upperSecondary, trade('ELELE3'))).toBe(12 + 6);
	});

	it('27c. a row from before the status was asked counts as passed, and says it assumes so (forskrifta § 6-6 (1): «Alle faga må vere bestått»)', () => {
		const m = newMapping('c');
		m.education.upperSecondary.push(school('EL', 'vg2', null));
		expect(routePath(trade('ELELE3'), m)).toEqual({ school: [], companyMonths: 30, assumesPassed: true });
	});

	it('27d. Vg1 still going on: Vg1 (now) and Vg2 still to come – 24 + 30 = 54 (opplæringslova § 5-2 (3))', () => {
		const m = newMapping('c');
		m.education.upperSecondary.push(school('EL', 'vg1', 'ongoing'));
		expect(routePath(trade('ELELE3'), m).school.map((s) => [s.level, s.started])).toEqual([
			['vg1', 'ongoing'],
			['vg2', null]
		]);
		expect(assessRoutes(trade('ELELE3'), m, 2004, TODAY)[0]!.months).toBe(54);
	});
});

describe('application deadlines (opplæringsforskrifta §§ 4-9, 7-5, 13-3)', () => {
	it('28. born 2010: youth deadlines only, 1 March and 1 February for the § 4-9 groups (§ 4-9 (1), (2))', () => {
		const d = deadlinesFor(2010, 'primary', TODAY);
		expect(keys(d)).toEqual(['deadlines.youth', 'deadlines.placement']);
		expect(d[0]!.values).toEqual({ early: '2027-02-01', ordinary: '2027-03-01', schoolYear: '2027–28' });
	});

	it('28a. on 15 February 2027 one intake is named: 1 March 2027 for 2027–28, and 1 February 2027 as passed – never 1 February 2028 beside it (§ 4-9 (1), (2))', () => {
		const d = deadlinesFor(2010, 'primary', new Date('2027-02-15T12:00:00'));
		expect(d[0]!.values).toEqual({
			early: '2027-02-01',
			ordinary: '2027-03-01',
			schoolYear: '2027–28',
			context: 'earlyPassed'
		});
		expect(JSON.stringify(d)).not.toContain('2028-02');
	});

	it('29. born 1990: adults apply on a rolling basis, no waiting lists (§ 13-3 (1), § 13-4 (1))', () => {
		const d = deadlinesFor(1990, null, TODAY);
		expect(keys(d)).toEqual(['deadlines.adult']);
		expect(cites(d[0])).toEqual(['forskrifta 13-3 (1)', 'forskrifta 13-4 (1)']);
	});

	it('30. born 2004: both tracks, and the county’s own intake dates when the counsellor has entered them (forskrifta § 4-9 (1), § 13-3 (1))', () => {
		expect(keys(deadlinesFor(2004, null, TODAY))).toEqual([
			'deadlines.youth',
			'deadlines.placement',
			'deadlines.adult'
		]);
		expect(deadlinesFor(2004, null, TODAY, 'august og januar').at(-1)).toMatchObject({
			key: 'rules.deadlines.adultCounty',
			values: { intake: 'august og januar' }
		});
	});

	it('31. a deadline on a Sunday moves to the Monday: 1 March 2026 → 2 March (§ 4-9 (3))', () => {
		expect(deadlineIn(2026, 'ordinary')).toBe('2026-03-02');
	});

	it('32. lærekandidat and praksisbrevkandidat apply for placement by 1 February (§ 7-5 (1) a)', () => {
		const placement = deadlinesFor(2010, null, TODAY)[1]!;
		expect(cites(placement)).toEqual(['forskrifta 7-5 (1)']);
	});
});

describe('Nav and income', () => {
	it('33. dagpenger at 24 (born 2002): education is not allowed with dagpenger yet – avklar med Nav-veileder (folketrygdloven § 4-6)', () => {
		expect(dagpengerEducation(2002, 'apprenticeship', TODAY)).toMatchObject({ level: 'no', values: { age: 25 } });
	});

	it('34. dagpenger at 26 (born 2000): possible with Nav’s prior approval (folketrygdloven § 4-6)', () => {
		expect(dagpengerEducation(2000, 'apprenticeship', TODAY)).toMatchObject({
			level: 'check',
			key: 'rules.dagpenger.check'
		});
	});

	it('35. dagpenger and higher education at 26: from 30 only (folketrygdloven § 4-6; dagpengeforskriften kap. 4)', () => {
		expect(dagpengerEducation(2000, 'higherEducation', TODAY)).toMatchObject({ level: 'no', values: { age: 30 } });
	});

	it('36. Elektrikerfaget, 54 months through school and an apprenticeship: if it becomes a Nav measure, the whole measure counts against Nav’s limit – «check», never a firm no (forskrift om arbeidsmarkedstiltak kap. 7; R76-12-01)', () => {
		// The brief said county school years never count; since 2019 the measure can be ordinary upper
		// secondary, and the limit is on the measure. Which months it holds is Nav's decision.
		const plan = newPlan('c');
		plan.goal.route = 'apprenticeship';
		plan.lengthMonths = 54;
		const w = planWarnings(plan, { practiceMonths: 0, trainingMonths: 54, today: TODAY });
		expect(w.filter((x) => x.rule === 'navTraining')).toEqual([
			{
				key: 'rules.navTraining.ifMeasure',
				values: { months: 54, max: 36, extra: 12, extended: 48 },
				rule: 'navTraining'
			}
		]);
		// 24 months of school and company time within 36: nothing to warn about.
		plan.lengthMonths = 30;
		expect(planWarnings(plan, { practiceMonths: 0, trainingMonths: 54, today: TODAY })).not.toContainEqual(
			expect.objectContaining({ rule: 'navTraining' })
		);
		// Arbeidstrening has a limit of its own; work with a wage is no training measure.
		for (const route of ['workTraining', 'praksiskandidat', 'workDirect'] as const) {
			plan.goal.route = route;
			plan.lengthMonths = 60;
			expect(planWarnings(plan, { practiceMonths: 0, trainingMonths: 54, today: TODAY })).not.toContainEqual(
				expect.objectContaining({ rule: 'navTraining' })
			);
		}
	});

	it('36a. dagpenger: the year one turns 25 is «check the date of birth» – Nav counts from the birthday («fylt 25 år»; folketrygdloven § 4-6)', () => {
		expect(dagpengerEducation(2001, 'apprenticeship', TODAY)).toMatchObject({
			level: 'check',
			key: 'rules.dagpenger.birthdayThisYear'
		});
	});

	it('36b. AAP rests on folketrygdloven kapittel 11, KVP on sosialtjenesteloven §§ 29–30 – each benefit its own basis', () => {
		expect(incomeSecurityNote('aap')!.basis).toEqual(['folketrygdloven kapittel 11 (arbeidsavklaringspenger)']);
		expect(incomeSecurityNote('kvp')!.basis).toEqual(['sosialtjenesteloven §§ 29–30 (kvalifiseringsprogrammet)']);
		expect(incomeSecurityNote('introduksjonsprogram')!.basis![0]).toMatch(/^integreringsloven kap\. 4/);
	});

	it('37. fagskole for 42 months is Nav-funded: the extension warning applies (forskrift om arbeidsmarkedstiltak kap. 7)', () => {
		const plan = newPlan('c');
		plan.goal.route = 'fagskole';
		plan.lengthMonths = 42;
		const w = planWarnings(plan, {
			practiceMonths: 0,
			trainingMonths: 48,
			birthYear: 1990,
			education: 'vocational',
			today: TODAY
		});
		expect(w.map((x) => x.key)).toContain('rules.navTraining.extension');
	});

	it('38. a client on dagpenger gets the Nav warning in the plan, with its source (folketrygdloven § 4-6)', () => {
		const plan = newPlan('c');
		plan.goal.route = 'adultEducation';
		const w = planWarnings(plan, {
			practiceMonths: 0,
			trainingMonths: 48,
			birthYear: 2000,
			incomeSecurity: 'dagpenger',
			today: TODAY
		});
		expect(w.find((x) => x.rule === 'dagpenger')?.key).toBe('rules.dagpenger.check');
	});

	it('39. a plan whose length no longer matches its route is flagged with what the rules give now (opplæringslova § 5-2 (3), § 23-2 (1))', () => {
		const plan = newPlan('c');
		plan.goal.route = 'apprenticeship';
		plan.lengthMonths = 24;
		const expected = expectedMonths(trade('ELELE3'), 'apprenticeship', undefined, 2004, TODAY);
		expect(expected).toBe(54);
		const w = planWarnings(plan, { practiceMonths: 0, trainingMonths: 54, expectedMonths: expected, today: TODAY });
		expect(w.find((x) => x.key === 'plan.warnings.lengthOutdated')?.values).toEqual({ months: 24, expected: 54 });
		// Praksiskandidat: the length is the practice still missing.
		expect(expectedMonths(trade('BATMF3'), 'praksiskandidat', undefined, 1990, TODAY)).toBe(60);
	});
});

describe('input the rules must not count from', () => {
	it('40. a birth year of 20266 (a typo for 2026) drives no right, deadline or age rule: the results are those of an unknown age (opplæringslova §§ 18-3, 18-4)', () => {
		const typo = 20266;
		const rights = (year: number | null) => educationRights(rightsInput(undefined, year, TODAY));
		expect(rights(typo)).toEqual(rights(null));
		expect(JSON.stringify(rights(typo))).not.toContain('2029');
		expect(deadlinesFor(typo, null, TODAY)).toEqual(deadlinesFor(null, null, TODAY));
		expect(dagpengerEducation(typo, 'apprenticeship', TODAY)).toEqual(
			dagpengerEducation(null, 'apprenticeship', TODAY)
		);
		const routes = (year: number | null) => assessRoutes(trade('BATMF3'), undefined, year, TODAY);
		expect(routes(typo)).toEqual(routes(null));
		expect(routes(1899)).toEqual(routes(null));
	});

	it('41. Helsearbeiderfaget’s way goes through Vg2 Helsearbeiderfag, not the first Vg2 in the catalogue (forskrifta § 6-7 (2): «Vidaregåande trinn 2 for det aktuelle lærefaget»; Udir Grep: HSHEA2 for HSHEA3)', () => {
		const path = routePath(trade('HSHEA3'), undefined);
		const text = pathText(
			path,
			(c) => c,
			(k, v) => `${k}${JSON.stringify(v ?? {})}`
		);
		expect(text).toContain('HSHEA2----');
		expect(text).not.toContain('HSAMB2');
	});

	it('42. Anleggsmaskinmekanikerfaget builds on two Vg2 areas and names neither: the way offers both (opplæringslova § 5-2 (3); Udir Grep)', () => {
		const path = routePath(trade('TPAMM3'), undefined);
		const vg2 = path.school.find((s) => s.level === 'vg2')!;
		expect(vg2.codes).toEqual(['TPAMK2----', 'TPKJT2----']);
	});
});

describe('the edges: abroad, the apprenticeship place, fagbrev på jobb, credits, curricula, deadlines', () => {
	const quotes = (r: RuleResult | undefined) => (r?.law ?? []).map((c) => c.quote);
	const ABROAD_YOUTH = 'fullført vidaregåande opplæring i eit anna land';

	it('43. primary school abroad is primary school: the youth right, without the clause for upper secondary abroad (§ 5-1 (1) first sentence)', () => {
		const [youth] = rights(2006, 'primaryAbroad');
		expect(youth).toMatchObject({ key: 'rules.youthRight.has', values: { until: '2030–31' } });
		expect(quotes(youth).join(' ')).not.toContain(ABROAD_YOUTH);
		expect(rights(2006, 'primaryAbroad').map((r) => r.key)).toEqual(rights(2006, 'primary').map((r) => r.key));
	});

	it('44. upper secondary from abroad, recognised: a completed qualification, so § 18-4 – one new vocational qualification (§ 18-4 (1))', () => {
		const r = rights(1995, 'abroadRecognised');
		expect(keys(r)).toEqual(['newQualification.has', 'realkompetanse.right']);
		expect(cites(r[0])).toEqual(['lova 18-4 (1)']);
	});

	it('45. upper secondary from abroad, not recognised, born 2000: the adult right with § 18-3 (1)’s clause for it, the youth right over (§ 5-1 (2), § 18-3 (1))', () => {
		const r = rights(2000, 'abroadNotRecognised');
		expect(keys(r).slice(0, 2)).toEqual(['youthRight.ended', 'voksenrett.has']);
		expect(quotes(r[1])).toContain(
			'fullført vidaregåande opplæring i eit anna land, men ikkje får godkjent opplæringa'
		);
	});

	it('46. the adult right’s apprenticeship place has § 18-6’s condition and alternative, quoted (§ 18-6 (1))', () => {
		const adult = rights(1990, 'primary').find((r) => r.rule === 'voksenrett')!;
		expect(quotes(adult)).toEqual(
			expect.arrayContaining([
				'som oppfyller vilkåra for å bli formidla til læretid i bedrift, har rett til læreplass',
				'Dersom dei ikkje får tilbod om læreplass, har dei rett til eit anna opplæringstilbod som gir grunnlag for den sluttkompetansen dei er tatt inn på'
			])
		);
	});

	it('47. the adult right leads to one of three qualifications applied for (§ 18-3 (2))', () => {
		expect(cites(rights(1990, 'primary').find((r) => r.rule === 'voksenrett'))).toContain('lova 18-3 (2)');
	});

	it('48. fagbrev på jobb in Tømrerfaget with 30 months: the whole practice is the trade’s 48 months, the contract about 36 (forskrifta § 9-58 (1), (3))', () => {
		const r = fagbrevPaJobb(30, trade('BATMF3').trainingMonths);
		expect(r).toMatchObject({
			key: 'rules.fagbrevPaJobb.possibleFor',
			values: { total: 48, contract: 36, minContract: 12 }
		});
		expect(cites(r)).toEqual(expect.arrayContaining(['forskrifta 9-58 (1)', 'forskrifta 9-58 (3)']));
	});

	it('49. fagbrev på jobb in a five-year trade (Orgelbyggerfaget): 60 months in all, a contract of about 48 (forskrifta § 9-58 (1), (3))', () => {
		expect(fagbrevPaJobb(24, trade('DTORG3').trainingMonths).values).toMatchObject({ total: 60, contract: 48 });
	});

	it('50. fagbrev på jobb never has a contract under one year, however short the remainder (forskrifta § 9-58 (3) «minst eitt år»)', () => {
		expect(fagbrevPaJobb(20, 18).values).toMatchObject({ contract: 12 });
	});

	it('51. fagbrev på jobb needs a full year of practice before the contract: 11.9 months is not enough (forskrifta § 9-58 (2))', () => {
		expect(fagbrevPaJobb(11.9, 48)).toMatchObject({ level: 'no', key: 'rules.fagbrevPaJobb.tooLittle' });
	});

	it('52. a Vg2 in another programme credits a quarter of a year, its Vg1 another quarter (forskrifta § 6-7 (1), (2) last sentence)', () => {
		expect(
			creditedSchoolMonths([{ programme: 'BA', level: 'vg2', status: 'passed', vg2: 'BATMF2----' }], trade('ELELE3'))
		).toBe(6);
	});

	it('53. a Vg1 started and left credits nothing: only whole school years with every subject passed (forskrifta § 6-6 (1))', () => {
		expect(creditedSchoolMonths([{ programme: 'EL', level: 'vg1', status: 'left' }], trade('ELELE3'))).toBe(0);
	});

	it('54. Vg1 Elektro and Vg2 Elenergi og ekom passed credit two whole years towards Elektrikerfaget (forskrifta § 6-7 (1), (2))', () => {
		expect(
			creditedSchoolMonths([{ programme: 'EL', level: 'vg2', status: 'passed', vg2: 'ELELE2----' }], trade('ELELE3'))
		).toBe(24);
	});

	it('55. exactly 60 months in Tømrerfaget is enough for the praksiskandidat route (opplæringslova § 23-2 (1))', () => {
		expect(praksiskandidat(60, trade('BATMF3').trainingMonths)).toMatchObject({
			level: 'ok',
			key: 'rules.praksiskandidat.enough'
		});
	});

	it('56. 120 months of practice: nothing is missing, the route’s length is 0 – «kan melde seg opp nå» (opplæringslova § 23-2 (1))', () => {
		const m = newMapping('c');
		m.experience.push({
			id: 'e',
			type: 'job',
			employer: 'Bygg AS',
			role: 'Tømrer',
			start: '2016-11',
			end: '2026-10',
			percent: 100,
			tasks: '',
			relevantFor: [trade('BATMF3').code]
		});
		expect(expectedMonths(trade('BATMF3'), 'praksiskandidat', m, 1990, TODAY)).toBe(0);
	});

	it('57. Elektrikerfaget: two written exams before the trade test, in ELE03-04’s words (forskrifta § 9-25 (3))', () => {
		const [exam] = writtenExamFirst(trade('ELELE3'));
		expect(exam).toMatchObject({ key: 'rules.praksiskandidat.writtenExams', values: { exam: 'ELE03-04', count: 2 } });
		expect(String(exam!.values.words)).toContain('tverrfaglig skriftlig eksamen');
	});

	it('58. Glassfaget (særløp): everyone sits the written exam, not only those outside the normal route (GLA03-02; forskrifta § 9-25 (2))', () => {
		const c = trade('BAGLA3').curriculum!;
		expect(examFactsOf(c)).toMatchObject({ exams: 1, everyone: true });
	});

	it('59. Avionikerfaget: the written exams of Vg2 flyfag and the Vg3 school subjects, not one trade exam (AVI04-02; forskrifta § 9-25 (3))', () => {
		const [exam] = writtenExamFirst(trade('ELAVI4'));
		expect(exam).toMatchObject({ key: 'rules.praksiskandidat.writtenExamsSeveral', values: { exam: 'AVI04-02' } });
	});

	it('60. Droneoperatørfaget has no stored curriculum: «check with Udir», never a claim (forskrifta § 9-25 (2): the curriculum decides)', () => {
		const [exam] = writtenExamFirst(trade('ELDRF3'));
		expect(exam).toMatchObject({ level: 'check', key: 'rules.praksiskandidat.examUnknown' });
	});

	it('61. a deadline on a Saturday moves to the Monday: 1 February 2025 → 3 February (forskrifta § 4-9 (3))', () => {
		expect(deadlineIn(2025, 'early')).toBe('2025-02-03');
	});

	it('62. apprentices apply for a place by 1 March, lærekandidatar by 1 February (forskrifta § 7-5 (1) a, b)', () => {
		expect(deadlineIn(2027, 'ordinary')).toBe('2027-03-01');
		expect(deadlineIn(2027, 'early')).toBe('2027-02-01');
		expect(RULES.deadlines.law.map((c) => c.quote)).toContain('1. februar for lærekandidatar og praksisbrevkandidatar');
	});

	it('63. a birth year of 1899 drives no rule: the rights of an unknown age (opplæringslova § 18-3 (1))', () => {
		expect(educationRights(rightsInput(undefined, 1899, TODAY))).toEqual(
			educationRights(rightsInput(undefined, null, TODAY))
		);
	});

	it('64. born 2003: the youth right lasts out the school year 2027–28, the adult right applies beside it (§ 5-1 (2), (3))', () => {
		const r = rights(2003, 'startedUpperSecondary');
		expect(keys(r).slice(0, 2)).toEqual(['youthRight.has', 'voksenrett.both']);
		expect(r[0]!.values).toMatchObject({ until: '2027–28' });
	});

	it('65. påbygging with no birth year: the right is stated, its ages named from the law (§ 5-7 (1), § 18-7 (1))', () => {
		const p = rights(null, 'vocational').find((r) => r.rule === 'pabygging')!;
		expect(p.key).toBe('rules.pabygging.unknownAge');
		expect(cites(p)).toEqual(['lova 5-7 (1)', 'lova 18-7 (1)']);
	});

	it('66. primary school not completed, born 1980: preparatory education only, no right to upper secondary yet (§ 18-2 (1))', () => {
		const r = educationRights({ birthYear: 1980, education: 'primary', primaryNotCompleted: true, today: TODAY });
		expect(keys(r)).toEqual(['preparatory.has']);
		expect(cites(r[0])).toEqual(['lova 18-2 (1)']);
	});

	it('67. higher education completed: § 18-4 still gives one new vocational qualification, and realkompetanse is a right (§ 18-4 (1), § 18-8 (1))', () => {
		const r = rights(1985, 'higher');
		expect(keys(r)).toEqual(['newQualification.has', 'realkompetanse.right']);
		expect(cites(r[1])).toEqual(['lova 18-8 (1)']);
	});

	it('68. studiekompetanse at 40: no youth right, § 18-4 instead of § 18-3 (§ 18-4 (1))', () => {
		expect(keys(rights(1986, 'general'))).not.toContain('youthRight.has');
		expect(keys(rights(1986, 'general'))[0]).toBe('newQualification.has');
	});

	it('69. the lærekandidat route takes the same way through school and a company (opplæringslova § 7-1 (4))', () => {
		const m = newMapping('c');
		expect(goalPath(trade('ELELE3'), 'laerekandidat', m)).toEqual(goalPath(trade('ELELE3'), 'apprenticeship', m));
		expect(goalPath(trade('ELELE3'), 'praksiskandidat', m)).toBeNull();
	});

	it('70. every number these cases rest on is the law’s: 25 prosent (§ 23-2 (1)), fyller 19 år (§ 18-3 (1)), 1. mars (forskrifta § 4-9 (1))', () => {
		expect(praksiskandidatRequiredMonths(48)).toBe(48 * (1 + RULES.praksiskandidat.value.extraShare));
		expect(RULES.praksiskandidat.value.extraShare).toBe(0.25);
		expect(RULES.voksenrett.value.fromAge).toBe(19);
		expect(RULES.deadlines.value.ordinary).toEqual({ month: 3, day: 1 });
	});

	it('every case in the book names the provision it rests on', () => {
		const titles = [...readFileSync('tests/unit/casebook.test.ts', 'utf8').matchAll(/^\s*it\(\s*'([^']*)'/gm)].map(
			(m) => m[1]!
		);
		expect(titles.filter((t) => /^\d+[a-z]?\. /.test(t)).length).toBeGreaterThanOrEqual(70);
		const unnamed = titles.filter((t) => /^\d/.test(t) && !/§|kap\. |kapittel |[A-Z]{3}0\d-0\d/.test(t));
		expect(unnamed).toEqual([]);
	});
});

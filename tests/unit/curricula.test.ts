import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import catalogueData from '$lib/domain/catalogue/catalogue.json';
import type { Trade } from '$lib/domain/catalogue/schema';
import { examFacts } from '$lib/domain/rules/curriculum';
import { writtenExamFirst } from '$lib/domain/rules';
import { assessRoutes, expectedMonths } from '$lib/domain/exploring/open-routes';
import { pathMonths, routeLength, routePath, vg2Alternatives } from '$lib/domain/exploring/route-path';
import { newMapping } from '$lib/domain/mapping/mapping';
import nb from '../../locales/nb-modules.json';
import nn from '../../locales/nn-modules.json';
import en from '../../locales/en-modules.json';

/**
 * The curricula are data, like the law: every fact the app states about the written exams and the
 * trade test is read from the «Sluttvurdering» words stored in the catalogue (Udir Grep, LK20).
 */

const trades = catalogueData.trades as unknown as Trade[];
const trade = (code: string) => trades.find((t) => t.code.startsWith(code))!;
const withCurriculum = trades.filter((t) => t.curriculum);

const key = (k: string) => k.split('.');
const lookup = (locale: unknown, path: string[]) =>
	path.reduce<unknown>((o, p) => (o as Record<string, unknown> | undefined)?.[p], locale);

describe('the written exams, from the curricula’s own words', () => {
	it('189 of the 191 trades carry their curriculum; Garverfaget and Droneoperatørfaget do not and say «check»', () => {
		expect(trades).toHaveLength(191);
		expect(withCurriculum).toHaveLength(189);
		for (const code of ['DTGAF3', 'ELDRF3']) {
			expect(trade(code).curriculum).toBeUndefined();
			expect(writtenExamFirst(trade(code))).toMatchObject([
				{ level: 'check', key: 'rules.praksiskandidat.examUnknown' }
			]);
		}
	});

	it('every stored curriculum requires a written exam before the trade test for a praksiskandidat, quoted word for word', () => {
		for (const t of withCurriculum) {
			const [exam] = writtenExamFirst(t);
			expect(exam!.key, t.code).toMatch(/^rules\.praksiskandidat\.writtenExam/);
			const words = String(exam!.values.words);
			const text = t.curriculum!.sluttvurdering.join(' ');
			for (const sentence of examFacts(t.curriculum!).sentences) expect(text, t.code).toContain(sentence);
			expect(words.length, t.code).toBeGreaterThan(40);
			// The sentence shown is in the result, and the result's key exists in all three languages.
			for (const locale of [nb, nn, en]) {
				const context = exam!.values.context;
				const shown = lookup(locale, key(exam!.key + (context ? `_${context}` : '')));
				expect(typeof shown, `${t.code} ${exam!.key}`).toBe('string');
				expect(shown).toContain('{{words}}');
			}
		}
	});

	it('ten trades ask two written exams of those outside the normal route; the four aviation trades several; the rest one', () => {
		const by = (n: number | 'several') =>
			withCurriculum.filter((t) => examFacts(t.curriculum!).exams === n).map((t) => t.code.slice(0, 6));
		expect(by(2).sort()).toEqual([
			'ELAUT3',
			'ELDAT3',
			'ELELE3',
			'ELEMO3',
			'ELEOP3',
			'ELHEI3',
			'ELSIG3',
			'ELTEL3',
			'TPAMM3',
			'TPBMF3'
		]);
		expect(by('several').sort()).toEqual(['ELAVI4', 'ELFMO4', 'ELFST4', 'ELFSY4']);
		expect(by(1)).toHaveLength(189 - 10 - 4);
		expect(by(0)).toEqual([]);
	});

	it('who sits the exam: everyone in 33 curricula (the særløp among them), else only those outside the normal route', () => {
		const everyone = withCurriculum.filter((t) => examFacts(t.curriculum!).everyone);
		expect(everyone).toHaveLength(33);
		expect(everyone.filter((t) => t.saerlop).length).toBeGreaterThan(15);
	});

	it('the trade test’s days, as each curriculum words them', () => {
		expect(examFacts(trade('BATMF3').curriculum!).testDays).toEqual({ min: 5, max: null, atLeast: true });
		expect(examFacts(trade('HSHEA3').curriculum!).testDays).toEqual({ min: 2, max: 3, atLeast: false });
		expect(examFacts(trade('DTORG3').curriculum!).testDays).toEqual({ min: 27, max: 30, atLeast: false });
		expect(examFacts(trade('DTTED3').curriculum!).testDays).toEqual({ min: 8, max: null, atLeast: false });
		expect(withCurriculum.filter((t) => examFacts(t.curriculum!).testDays === null)).toEqual([]);
	});
});

describe('a changed curriculum text changes what the app says (mutation checks)', () => {
	const tmf = trade('BATMF3').curriculum!;
	const mutate = (from: string, to: string) => ({
		...tmf,
		sluttvurdering: tmf.sluttvurdering.map((p) => p.replace(from, to))
	});

	it('the exam sentence removed: no exam is claimed', () => {
		const changed = mutate(
			'Før sveineprøva må alle som ikkje har følgt normalt opplæringsløp, ha bestått ein skriftleg eksamen laga ut frå læreplanen i faget.',
			''
		);
		expect(examFacts(changed).exams).toBe(0);
	});

	it('the exam sentence reworded: the app quotes the new words', () => {
		const changed = mutate('ein skriftleg eksamen', 'ein munnleg og ein skriftleg eksamen');
		const [exam] = writtenExamFirst({ curriculum: changed });
		expect(exam!.values.words).toContain('ein munnleg og ein skriftleg eksamen');
	});

	it('«alle som ikkje har følgt normalt opplæringsløp» → «alle»: every candidate sits it', () => {
		expect(examFacts(tmf).everyone).toBe(false);
		expect(examFacts(mutate('alle som ikkje har følgt normalt opplæringsløp,', 'alle')).everyone).toBe(true);
	});

	it('«minst fem» → «minst sju» virkedagar: the days follow', () => {
		expect(examFacts(mutate('minst fem vyrkedagar', 'minst sju vyrkedagar')).testDays).toEqual({
			min: 7,
			max: null,
			atLeast: true
		});
	});

	it('a second exam sentence added: two exams', () => {
		const changed = {
			...tmf,
			sluttvurdering: [
				...tmf.sluttvurdering,
				'Før sveineprøva må alle som ikkje har følgt normalt opplæringsløp, i tillegg ha bestått ein tverrfagleg skriftleg eksamen.'
			]
		};
		expect(examFacts(changed).exams).toBe(2);
	});
});

describe('every route follows the trade’s own path (all 191 trades)', () => {
	it('Helsearbeiderfaget goes through Vg2 Helsearbeiderfag, Rørleggerfaget through Vg2 Rørlegger', () => {
		expect(vg2Alternatives(trade('HSHEA3'))).toEqual(['HSHEA2----']);
		expect(vg2Alternatives(trade('BARLF3'))).toEqual(['BARLF2----']);
		expect(routePath(trade('HSHEA3'), newMapping('c')).school.map((s) => s.codes)).toEqual([
			['HSHSF1----'],
			['HSHEA2----']
		]);
	});

	it('a trade that builds on several Vg2 areas and names none offers each as an alternative', () => {
		expect(vg2Alternatives(trade('TPAMM3'))).toEqual(trade('TPAMM3').vg2);
		expect(trade('TPAMM3').vg2.length).toBeGreaterThan(1);
	});

	it('property: for any trade, the Vg2 taken is the named one or the alternatives, and the length is school still needed + company time', () => {
		fc.assert(
			fc.property(fc.constantFrom(...trades), fc.boolean(), (t, startedVg1) => {
				const mapping = newMapping('c');
				if (startedVg1)
					mapping.education.upperSecondary.push({
						...(mapping.education.upperSecondary[0] ?? {}),
						id: 'r1',
						programme: t.programme,
						level: 'vg1',
						status: 'passed',
						vg2: '',
						school: '',
						years: '',
						left: ''
					} as never);
				const path = routePath(t, mapping);
				const schoolYears = Math.round(t.schoolMonths / 12) - (startedVg1 ? 1 : 0);
				expect(path.school).toHaveLength(schoolYears);
				const vg2 = path.school.find((s) => s.level === 'vg2');
				if (vg2) {
					const named = t.vg2.find((c) => c.slice(2, 5) === t.code.slice(2, 5));
					// A trade whose Vg2 Grep does not name (the aviation trades) is named by the trade itself.
					expect(vg2.codes).toEqual(named ? [named] : t.vg2.length ? t.vg2 : [t.code]);
				}
				expect(pathMonths(path)).toBe(schoolYears * 12 + t.companyMonths);
				const apprenticeship = assessRoutes(t, mapping, 1990).find((r) => r.kind === 'apprenticeship')!;
				expect(apprenticeship.months).toBe(pathMonths(path));
			}),
			{ numRuns: 400 }
		);
	});
});

describe('the praksiskandidat’s length follows the practice', () => {
	const t = trade('BATMF3');
	const withPractice = (months: number) => {
		const m = newMapping('c');
		m.experience.push({
			...(m.experience[0] ?? {}),
			id: 'w1',
			start: '2016-01',
			end: null,
			percent: 100,
			relevantFor: [t.code]
		} as never);
		const now = new Date(2016, months - 1, 15);
		return { m, now };
	};

	it('120 months of practice: nothing missing, the client can sign up now – never «om lag 48 måneder»', () => {
		const { m, now } = withPractice(120);
		expect(expectedMonths(t, 'praksiskandidat', m, 1985, now)).toBe(0);
		const say = (k: string, v?: Record<string, unknown>) => (v ? `${k}:${JSON.stringify(v)}` : k);
		expect(routeLength('praksiskandidat', 0, say)).toBe('exploring.readyNow');
	});

	it('40 months of practice: the 20 months still missing (60 required for a 48-month trade)', () => {
		const { m, now } = withPractice(40);
		expect(expectedMonths(t, 'praksiskandidat', m, 1985, now)).toBe(20);
	});
});

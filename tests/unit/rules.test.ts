import { describe, expect, it } from 'vitest';
import {
	deadlineIn,
	fagbrevPaJobb,
	navTrainingLength,
	nextDeadlines,
	praksiskandidat,
	praksiskandidatMonths,
	praksiskandidatRequiredMonths,
	realkompetanse,
	RULES,
	rulesDueForReview,
	voksenrett
} from '$lib/domain/rules';
import { newMapping } from '$lib/domain/mapping';
import { assessRoutes } from '$lib/domain/open-routes';
import catalogueData from '$lib/domain/catalogue/catalogue.json';
import type { Trade } from '$lib/domain/catalogue/schema';

const NOW = new Date('2026-11-22T12:00:00');
const p = (start: string, end: string, percent: number | null = 100) => ({ start, end, percent });

describe('rules carry their sources', () => {
	it('every rule has a version, a last-checked date and at least one https source', () => {
		for (const rule of Object.values(RULES)) {
			expect(rule.version).toBeGreaterThanOrEqual(1);
			expect(rule.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(rule.sources.length).toBeGreaterThan(0);
			for (const s of rule.sources) expect(s.url).toMatch(/^https:\/\//);
		}
	});
});

describe('praksiskandidat', () => {
	it('needs 25 % more than the training time: 48 → 60 months, 54 → 68', () => {
		expect(praksiskandidatRequiredMonths()).toBe(60);
		expect(praksiskandidatRequiredMonths(54)).toBe(68);
	});

	it('counts 80 % or more as full time and smaller positions pro rata', () => {
		expect(praksiskandidatMonths([p('2024-01', '2024-12', 80)], NOW)).toBe(12);
		expect(praksiskandidatMonths([p('2024-01', '2024-12', 60)], NOW)).toBeCloseTo(7.2);
	});

	it('never credits more than 12 months in a calendar year, however many jobs overlap', () => {
		expect(praksiskandidatMonths([p('2024-01', '2024-12'), p('2024-01', '2024-12', 50)], NOW)).toBe(12);
	});

	it('does not count the future', () => {
		expect(praksiskandidatMonths([p('2026-01', '2027-12')], NOW)).toBe(11);
	});

	it('says how many months are missing, as advice', () => {
		expect(praksiskandidat(61)).toMatchObject({ level: 'ok', key: 'rules.praksiskandidat.enough' });
		expect(praksiskandidat(43.5)).toMatchObject({ level: 'check', values: { required: 60, missing: 16.5 } });
		expect(praksiskandidat(10)).toMatchObject({ level: 'no', values: { missing: 50 } });
	});
});

describe('fagbrev på jobb', () => {
	it('needs at least 12 months of practice', () => {
		expect(fagbrevPaJobb(11.9).level).toBe('no');
		expect(fagbrevPaJobb(12)).toMatchObject({ level: 'check', key: 'rules.fagbrevPaJobb.possible' });
	});
});

describe('voksenrett', () => {
	it('applies from 1 January of the year the person turns 25, by birth year', () => {
		expect(voksenrett(2001, new Date('2026-01-01T00:30:00'))).toMatchObject({ level: 'ok', values: { fromYear: 2026 } });
		expect(voksenrett(2002, new Date('2026-12-31T23:00:00'))).toMatchObject({ level: 'no', values: { fromYear: 2027 } });
		expect(voksenrett(null, NOW).level).toBe('check');
	});
});

describe('application deadlines', () => {
	it('are 1 February and 1 March, moved to Monday when they fall on a weekend', () => {
		expect(deadlineIn(2026, 'early')).toBe('2026-02-02'); // 1 Feb 2026 is a Sunday
		expect(deadlineIn(2026, 'ordinary')).toBe('2026-03-02'); // 1 Mar 2026 is a Sunday
		expect(deadlineIn(2027, 'early')).toBe('2027-02-01'); // Monday
		expect(deadlineIn(2025, 'ordinary')).toBe('2025-03-03'); // 1 Mar 2025 is a Saturday
	});

	it('gives the next ones from today', () => {
		expect(nextDeadlines(NOW)).toEqual({ early: '2027-02-01', ordinary: '2027-03-01' });
		expect(nextDeadlines(new Date('2027-02-15T12:00:00'))).toEqual({ early: '2028-02-01', ordinary: '2027-03-01' });
		// On the deadline day itself it is still open.
		expect(nextDeadlines(new Date('2026-03-02T12:00:00')).ordinary).toBe('2026-03-02');
	});
});

describe('Nav training support', () => {
	it('covers 3 years, 1 more only in special cases, and flags anything longer', () => {
		expect(navTrainingLength(36).level).toBe('ok');
		expect(navTrainingLength(42)).toMatchObject({ level: 'check', key: 'rules.navTraining.extension' });
		expect(navTrainingLength(49)).toMatchObject({ level: 'no', values: { extended: 48 } });
	});
});

describe('rule messages', () => {
	it('exist in nb, nn and en for every result a rule can give', async () => {
		const results = [praksiskandidat(61), praksiskandidat(1), fagbrevPaJobb(20), fagbrevPaJobb(1), voksenrett(1990, NOW), voksenrett(2010, NOW), voksenrett(null, NOW), navTrainingLength(1), navTrainingLength(40), navTrainingLength(60)];
		for (const lang of ['nb', 'nn', 'en']) {
			const texts = (await import(`../../locales/${lang}-modules.json`)).default as Record<string, unknown>;
			for (const r of results) {
				const text = r.key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], texts);
				expect(typeof text, `${lang} ${r.key}`).toBe('string');
			}
		}
	});
});

describe('realkompetansevurdering', () => {
	it('is open to an adult with the adult right and no practice at all: there is no minimum', () => {
		const r = realkompetanse(1992, 0, new Date('2026-11-22'));
		expect(r).toMatchObject({ rule: 'realkompetanse', level: 'ok', key: 'rules.realkompetanse.right', values: { fromYear: 2017, months: 0 } });
		expect(RULES.realkompetanse.value.minPracticeMonths).toBe(0);
	});

	it('from 1 January of the year one turns 25; before that only on referral (avklar med Nav)', () => {
		expect(realkompetanse(2001, 30, new Date('2026-01-01')).level).toBe('ok');
		expect(realkompetanse(2002, 30, new Date('2026-12-31'))).toMatchObject({ level: 'check', key: 'rules.realkompetanse.viaNav', values: { fromYear: 2027 } });
		expect(realkompetanse(null, 30).key).toBe('rules.realkompetanse.unknownAge');
	});

	it('appears among the open routes for an adult born 1992 with 0 practice months', () => {
		const trade = (catalogueData.trades as unknown as Trade[]).find((x) => x.code === 'BATMF3----')!;
		const routes = assessRoutes(trade, newMapping('c'), 1992, new Date('2026-11-22'));
		const rk = routes.find((r) => r.kind === 'realkompetanse')!;
		expect(rk.results[0]!.level).toBe('ok');
		// …while the practice-based routes say there is not enough practice.
		expect(routes.find((r) => r.kind === 'praksiskandidat')!.results[0]!.level).toBe('no');
		expect(routes.find((r) => r.kind === 'fagbrevPaJobb')!.results[0]!.level).toBe('no');
	});
});

describe('rules due for review', () => {
	it('flags rules not checked against their sources for more than twelve months', () => {
		expect(rulesDueForReview(new Date('2026-11-22'))).toEqual([]);
		expect(rulesDueForReview(new Date('2027-10-07'))).toEqual([]);
		expect(rulesDueForReview(new Date('2027-10-09')).sort()).toEqual(Object.keys(RULES).sort());
		for (const rule of Object.values(RULES)) expect(rule.sources.length, rule.id).toBeGreaterThan(0);
	});
});

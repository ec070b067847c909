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
	educationRights,
	fagskole,
	higherEducation,
	workDirect,
	workTraining,
	deadlinesFor,
	dagpengerEducation,
	incomeSecurityNote
} from '$lib/domain/rules';
import { ROUTE_KINDS } from '$lib/domain/exploring/exploration';
import { newMapping } from '$lib/domain/mapping/mapping';
import { assessRoutes } from '$lib/domain/exploring/open-routes';
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
	it('needs 25 % more than the training time, kept exact: 48 → 60 months, 54 → 67.5', () => {
		expect(praksiskandidatRequiredMonths()).toBe(60);
		expect(praksiskandidatRequiredMonths(54)).toBe(67.5);
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

describe('the provisions rules rest on', () => {
	it('the education rules cite the 2023 law and its regulation; the Nav rules name theirs', () => {
		for (const id of [
			'youthRight',
			'voksenrett',
			'newQualification',
			'pabygging',
			'realkompetanse',
			'praksiskandidat',
			'fagbrevPaJobb',
			'deadlines'
		] as const)
			expect(RULES[id].law.length, id).toBeGreaterThan(0);
		for (const id of ['navTraining', 'workTraining', 'workDirect', 'fagskole', 'dagpenger'] as const)
			expect(RULES[id].basis.join(' '), id).toMatch(/§/);
		// No rule names the 1998 Act or its regulation any more.
		expect(JSON.stringify(RULES)).not.toMatch(/1998|4A-3|§ 3-5[68]/);
	});
});

describe('open routes', () => {
	it('check every route a counsellor can choose, with a source for each result', () => {
		const trade = (catalogueData.trades as unknown as Trade[]).find((x) => x.code === 'BATMF3----')!;
		const routes = assessRoutes(trade, newMapping('c'), 1992, NOW);
		expect(routes.map((r) => r.kind).sort()).toEqual([...ROUTE_KINDS].sort());
		for (const r of routes) {
			expect(r.results.length, r.kind).toBeGreaterThan(0);
			for (const res of r.results)
				expect(RULES[res.rule].sources[res.source ?? 0], `${r.kind} ${res.key}`).toBeDefined();
		}
	});
});

describe('work training (arbeidstrening)', () => {
	it('fits little experience; with a year or more it is for Nav to judge; up to 12 months, 18 with reduced work ability', () => {
		expect(workTraining(0)).toMatchObject({
			level: 'ok',
			key: 'rules.workTraining.underAMonth',
			values: { max: 12, extended: 18 }
		});
		expect(workTraining(0.4).key).toBe('rules.workTraining.underAMonth');
		expect(workTraining(0.6)).toMatchObject({
			level: 'ok',
			key: 'rules.workTraining.fits',
			values: { have: 1, count: 1 }
		});
		expect(workTraining(11.9).level).toBe('ok');
		expect(workTraining(12)).toMatchObject({ level: 'check', key: 'rules.workTraining.experienced' });
	});
});

describe('working directly', () => {
	it('names Nav’s wage subsidy and counts the way to praksiskandidat, part-time pro rata', () => {
		const half = praksiskandidatMonths([p('2024-01', '2025-12', 50)], NOW); // two years at 50 % = 12 months
		expect(half).toBe(12);
		const [support, towards] = workDirect(half, 48);
		expect(support).toMatchObject({ rule: 'workDirect', values: { max: 12, reduced: 24 } });
		// The practice part rests on the praksiskandidat rule (and its basis), not on Nav's.
		expect(towards).toMatchObject({
			rule: 'praksiskandidat',
			key: 'rules.workDirect.towardsPraksiskandidat',
			values: { required: 60, have: 12, missing: 48 }
		});
		expect(workDirect(60, 48)[1]!.key).toBe('rules.workDirect.enoughPractice');
		expect(workDirect(0, null)).toHaveLength(1);
	});
});

describe('fagskole', () => {
	it('admits on completed upper secondary, or on prior learning from the year one turns 23', () => {
		expect(fagskole(2010, 'vocational', NOW)[0]!.key).toBe('rules.fagskole.qualified');
		expect(fagskole(2003, 'primary', new Date('2026-01-01T12:00:00'))[0]).toMatchObject({
			level: 'check',
			key: 'rules.fagskole.realkompetanse'
		});
		expect(fagskole(2004, 'primary', new Date('2026-12-31T12:00:00'))[0]).toMatchObject({
			level: 'no',
			values: { fromYear: 2027 }
		});
		expect(fagskole(null, null, NOW)).toEqual([expect.objectContaining({ key: 'rules.fagskole.unknownAge' })]);
	});

	it('Nav can fund it from the year the client turns 19', () => {
		expect(fagskole(2007, 'vocational', NOW)[1]).toMatchObject({
			rule: 'navTraining',
			key: 'rules.fagskole.nav',
			values: { max: 36 }
		});
		expect(fagskole(2008, 'vocational', NOW)[1]).toMatchObject({
			level: 'no',
			key: 'rules.fagskole.navNotYet',
			values: { fromYear: 2027 }
		});
	});
});

describe('higher education', () => {
	it('general admission qualifies; otherwise 23/5 from the year one turns 23 with 60 months, prior learning from 25', () => {
		expect(higherEducation(2000, 'general', 0, NOW)[0]!.key).toBe('rules.higherEducation.qualified');
		expect(higherEducation(2000, 'vocational', 60, NOW)[0]).toMatchObject({
			key: 'rules.higherEducation.rule235',
			values: { fromYear: 2023, change: 2027 }
		});
		expect(higherEducation(2000, 'vocational', 59, NOW)[0]).toMatchObject({
			key: 'rules.higherEducation.practiceShort',
			values: { needed: 60, realFromYear: 2025 }
		});
		expect(higherEducation(2004, null, 80, new Date('2026-12-31T12:00:00'))[0]).toMatchObject({
			level: 'no',
			values: { fromYear: 2027 }
		});
		expect(higherEducation(2003, null, 80, new Date('2026-01-01T12:00:00'))[0]!.level).toBe('check');
		// Nav rarely funds it: always a question for the Nav adviser.
		expect(higherEducation(2000, 'general', 0, NOW)[1]!.key).toBe('rules.higherEducation.nav');
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
		expect(nextDeadlines(NOW)).toEqual({
			schoolYear: '2027–28',
			early: '2027-02-01',
			ordinary: '2027-03-01',
			earlyPassed: false
		});
		// Between 2 February and 1 March: one intake, its early date passed – never 1 February of the next year.
		expect(nextDeadlines(new Date('2027-02-15T12:00:00'))).toEqual({
			schoolYear: '2027–28',
			early: '2027-02-01',
			ordinary: '2027-03-01',
			earlyPassed: true
		});
		expect(nextDeadlines(new Date('2027-03-02T12:00:00'))).toMatchObject({ schoolYear: '2028–29', earlyPassed: false });
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
		const results = [
			...[
				praksiskandidat(61),
				praksiskandidat(1),
				fagbrevPaJobb(20),
				fagbrevPaJobb(1),
				praksiskandidat(10, 54, 18),
				...educationRights({ birthYear: 1990, education: null, today: NOW }),
				...educationRights({ birthYear: 2004, education: 'primary', today: NOW }),
				...educationRights({ birthYear: 2010, education: null, today: NOW }),
				...educationRights({ birthYear: null, education: null, today: NOW }),
				...educationRights({ birthYear: 1990, education: 'vocational', today: NOW }),
				...educationRights({ birthYear: null, education: 'vocational', today: NOW }),
				...educationRights({ birthYear: 1990, education: null, primaryNotCompleted: true, today: NOW }),
				...deadlinesFor(2004, null, NOW),
				...deadlinesFor(2004, null, NOW, 'august og januar'),
				dagpengerEducation(2004, null, NOW),
				dagpengerEducation(1990, 'higherEducation', NOW),
				incomeSecurityNote('aap')!,
				incomeSecurityNote('kvp')!,
				incomeSecurityNote('introduksjonsprogram')!
			],
			...[
				navTrainingLength(1),
				navTrainingLength(40),
				navTrainingLength(60),
				workTraining(0),
				workTraining(40),
				...workDirect(10, 48),
				...workDirect(70, 48)
			],
			...[
				...fagskole(1990, 'general', NOW),
				...fagskole(1990, null, NOW),
				...fagskole(2010, null, NOW),
				...fagskole(null, null, NOW)
			],
			...[
				...higherEducation(1990, 'general', 0, NOW),
				...higherEducation(1990, null, 70, NOW),
				...higherEducation(1990, null, 7, NOW),
				...higherEducation(2010, null, 0, NOW),
				...higherEducation(null, null, 0, NOW)
			]
		];
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
		const r = realkompetanse({ birthYear: 1992, education: null, today: NOW }, 0);
		expect(r).toMatchObject({
			rule: 'realkompetanse',
			level: 'ok',
			key: 'rules.realkompetanse.right',
			values: { months: 0 }
		});
		expect(RULES.realkompetanse.value.minPracticeMonths).toBe(0);
	});

	it('a right from the school year one turns 19 (§ 18-8 first ledd); before that when Nav or the municipality recommends it', () => {
		expect(realkompetanse({ birthYear: 2007, education: null, today: new Date('2026-08-01T12:00:00') }).level).toBe(
			'ok'
		);
		expect(realkompetanse({ birthYear: 2008, education: null, today: NOW })).toMatchObject({
			level: 'check',
			key: 'rules.realkompetanse.viaNav',
			values: { from: '2027–28' }
		});
		expect(realkompetanse({ birthYear: null, education: null }).key).toBe('rules.realkompetanse.unknownAge');
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
		// Checked on 2026-10-08 and due on 2027-10-09; those checked against the law on 2026-11-29 stay current until 2027-11-30.
		const due = rulesDueForReview(new Date('2027-10-09')).sort();
		expect(due).toEqual(
			(Object.keys(RULES) as (keyof typeof RULES)[]).filter((id) => RULES[id].lastChecked === '2026-10-08').sort()
		);
		expect(due).toContain('navTraining');
		expect(due).not.toContain('voksenrett');
		expect(rulesDueForReview(new Date('2027-11-30')).sort()).toEqual(Object.keys(RULES).sort());
		for (const rule of Object.values(RULES)) expect(rule.sources.length, rule.id).toBeGreaterThan(0);
	});
});

describe('rule sources in English', () => {
	it('every source has an English title of its own, with the law’s name as enacted kept in it', async () => {
		const { RULES, sourceTitle } = await import('$lib/domain/rules');
		for (const rule of Object.values(RULES))
			for (const s of rule.sources) {
				expect(s.en).not.toBe(s.title);
				for (const law of ['opplæringslova', 'opplæringsforskrifta', 'folketrygdloven'])
					if (s.title.includes(law)) expect(s.en).toContain(law);
				expect(sourceTitle(s, 'en')).toBe(s.en);
				expect(sourceTitle(s, 'nn')).toBe(s.title);
			}
	});
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MODULES } from '$lib/domain/client/client';
import { FOLLOW_UP_POINTS, GENDERS, OUTCOMES } from '$lib/domain/client/registration';
import { rowArb, YEAR } from './anon-rows';
import { aggregate, UNKNOWN, type Stats } from '$lib/domain/statistics/aggregate';
import type { AnonRow } from '$lib/domain/statistics/anon-row';
import {
	monthsOfFixed,
	officeNamesOf,
	publish,
	TABLE_CODES,
	type FixedPeriod,
	type Tables
} from '$lib/domain/statistics/published';

/**
 * The attacker: someone holding every tables file the app can make for one
 * year of clients — four quarters, two half-years and the year — who knows
 * how they are made and wants a count from 1 to 4.
 *
 * The strongest answer is a second group of clients, built from the files
 * alone, for which the app writes exactly the same files while every count
 * in them is a multiple of 5. Whatever sums and bounds the attacker solves,
 * both groups satisfy them, and they differ in every count from 1 to 4: no
 * such count can be pinned. The property runs over 1,000 random years; a
 * small exact solver then replays the three attacks on the files as they
 * used to be made, where each one did pin a count.
 */

const PERIODS: FixedPeriod[] = [
	...[1, 2, 3, 4].map((index) => ({ kind: 'quarter' as const, year: YEAR, index })),
	{ kind: 'half', year: YEAR, index: 1 },
	{ kind: 'half', year: YEAR, index: 2 },
	{ kind: 'year', year: YEAR, index: 1 }
];

/** What the tables would show unrounded: the true counts, in the file's shape. */
function exactTables(s: Stats, offices: (o: string) => string): Tables {
	const officeCounts: Record<string, number> = {};
	for (const b of s.byOffice) officeCounts[offices(b.key)] = (officeCounts[offices(b.key)] ?? 0) + b.clients;
	const t: Record<string, Record<string, number>> = {
		clients: { total: s.clients },
		sessions: { total: s.sessions },
		sessionsByKind: s.sessionsByKind,
		sessionsByMode: s.sessionsByMode,
		modulesDone: s.modulesDone,
		timeToPlan: s.timeToPlan.bands,
		aims: s.aims,
		ageBands: s.ageBands,
		genders: s.genders,
		education: s.education,
		experience: s.experience,
		situations: s.situations,
		referrals: s.referrals,
		offices: officeCounts
	};
	for (const p of s.outcomes) t[`outcomes${p.months}`] = { recorded: p.recorded, ...p.counts };
	return t as Tables;
}

const DAYS: Record<string, number> = { upTo14: 7, upTo30: 20, upTo90: 60, over90: 120 };

/** `count` of each key, one per row, in order: the rows of a table that splits the total. */
const expand = (cells: Record<string, number>) => Object.entries(cells).flatMap(([k, n]) => Array<string>(n).fill(k));

/** The other group of clients: made from one quarter's published tables alone. */
function clientsFrom(t: Tables, quarter: FixedPeriod): AnonRow[] {
	const n = t.clients.total!;
	const month = monthsOfFixed(quarter).from;
	const rows: AnonRow[] = Array.from({ length: n }, () => ({
		month,
		ageBand: null,
		gender: null,
		education: null,
		experience: null,
		aims: [],
		navOffice: '',
		navSituation: [],
		referral: null,
		sessionsIndividual: 0,
		sessionsThreeWay: 0,
		sessionsGroup: 0,
		sessionsPhysical: 0,
		sessionsDigital: 0,
		minutes: 0,
		modulesDone: [],
		daysToPlan: null,
		ended: '',
		outcomes: {}
	}));
	const split = <K extends keyof AnonRow>(key: K, cells: Record<string, number>, map = (k: string) => k as unknown) =>
		expand(cells).forEach((k, i) => ((rows[i] as Record<string, unknown>)[key] = map(k)));
	const orNullKey = (k: string) => (k === UNKNOWN ? null : k);
	split('ageBand', t.ageBands, orNullKey);
	split('gender', t.genders);
	split('education', t.education, orNullKey);
	split('experience', t.experience, orNullKey);
	split('referral', t.referrals, orNullKey);
	split('navOffice', t.offices);
	const answered = (key: 'aims' | 'navSituation', cells: Record<string, number>) => {
		const { [UNKNOWN]: none = 0, ...rest } = cells;
		roundRobin(rows.slice(none), rest, (r, k) => (r[key] as string[]).push(k));
	};
	answered('aims', t.aims);
	answered('navSituation', t.situations);
	for (const m of MODULES) rows.slice(0, t.modulesDone[m]).forEach((r) => r.modulesDone.push(m));
	const planned = rows.filter((r) => r.modulesDone.includes('plan'));
	expand(t.timeToPlan).forEach((band, i) => (planned[i]!.daysToPlan = DAYS[band]!));
	if (n > 0) {
		Object.assign(rows[0]!, {
			sessionsIndividual: t.sessionsByKind.individual,
			sessionsThreeWay: t.sessionsByKind.threeWay,
			sessionsGroup: t.sessionsByKind.group,
			sessionsPhysical: t.sessionsByMode.physical,
			sessionsDigital: t.sessionsByMode.digital
		});
	}
	for (const p of FOLLOW_UP_POINTS) {
		const { recorded, ...counts } = t[`outcomes${p}` as keyof Tables];
		const got = rows.slice(0, recorded);
		roundRobin(got, counts, (r, k) => (r.outcomes[String(p)] ??= []).push(k as (typeof OUTCOMES)[number]));
	}
	return rows;
}

/** Each category to `count` different rows, continuing round the rows where the last one stopped. */
function roundRobin(rows: AnonRow[], cells: Record<string, number>, give: (r: AnonRow, k: string) => void) {
	let at = 0;
	for (const [k, n] of Object.entries(cells)) {
		for (let j = 0; j < n; j++) give(rows[(at + j) % rows.length]!, k);
		at = (at + n) % Math.max(1, rows.length);
	}
}

const allCells = (t: Tables) =>
	TABLE_CODES.flatMap((code) => Object.entries(t[code]).map(([k, n]) => [`${code}.${k}`, n] as const));

describe('an attacker holding every file of a year', () => {
	it('cannot tell the real clients from another group that differs in every count from 1 to 4 (1,000 random years)', () => {
		let smallCounts = 0;
		fc.assert(
			fc.property(fc.array(rowArb, { maxLength: 60 }), (real) => {
				const quarters = PERIODS.slice(0, 4);
				const other = quarters.flatMap((q) => clientsFrom(publish(real, q).tables, q));
				for (const period of PERIODS) {
					const file = publish(real, period);
					for (const [, n] of allCells(file.tables)) expect(n % 5).toBe(0);
					// The same file, byte for byte as numbers, from the other group.
					expect(publish(other, period)).toEqual(file);
					// And the other group's true counts are the file's numbers, so differ from every real count from 1 to 4.
					const exact = (rows: AnonRow[]) =>
						allCells(exactTables(aggregate(rows, monthsOfFixed(period)), officeNamesOf(rows, monthsOfFixed(period))));
					const theirs = new Map(exact(other));
					for (const [cell, n] of exact(real)) {
						if (n < 1 || n > 4) continue;
						smallCounts++;
						expect(theirs.get(cell) ?? 0, cell).not.toBe(n);
					}
				}
			}),
			{ numRuns: 1000, seed: 20261129 }
		);
		expect(smallCounts).toBeGreaterThan(10_000);
	}, 120_000);
});

/**
 * A small exact solver for the named attacks: tables that split one total.
 * Each cell is the set of values its published figure can stand for; the
 * total must be a sum every table can reach. Returns every value the cell
 * `[table, cell]` can still have.
 */
function solve(tables: number[][][], total: number[], [ti, ci]: [number, number]): number[] {
	const sums = (cells: number[][]) =>
		cells.reduce((acc, dom) => new Set([...acc].flatMap((s) => dom.map((v) => s + v))), new Set([0]));
	const totals = total.filter((tot) => tables.every((cells) => sums(cells).has(tot)));
	const others = sums(tables[ti]!.filter((_, i) => i !== ci));
	return tables[ti]![ci]!.filter((v) => totals.some((tot) => others.has(tot - v)));
}

const range = (lo: number, hi: number) => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
/** As the files used to be: a number was exact, «<5» was 1–4, «x» was 0 or at least 5. */
const before = (shown: number | '<5' | 'x', max = 60) =>
	shown === '<5' ? range(1, 4) : shown === 'x' ? [0, ...range(5, max)] : [shown];
/** As they are now: a multiple of 5, each of `quarters` rounded quarters off by at most 4. */
const now = (shown: number, quarters: number) => range(Math.max(0, shown - 4 * quarters), shown + 4 * quarters);

function clients(n: number, over: Partial<AnonRow>, month = `${YEAR}-02`): AnonRow[] {
	return Array.from({ length: n }, () => ({
		...clientsFrom(ONE, { kind: 'quarter', year: YEAR, index: 1 })[0]!,
		month,
		...over
	}));
}

/** One client with nothing registered, as the tables of a quarter would show it. */
const ONE = publish([], { kind: 'quarter', year: YEAR, index: 1 }).tables;
ONE.clients.total = 1;

describe('the three attacks that used to work', () => {
	const year: FixedPeriod = { kind: 'year', year: YEAR, index: 1 };

	it('one «Annet» among 26: the published total no longer solves the small cell', () => {
		// Before: 20 women, x, <5, 0 with a total of 26 left «Annet» = 1.
		const old = [before(20), before('x'), before('<5'), before(0)];
		expect(solve([old], [26], [0, 2])).toEqual([1]);

		const real = [
			...clients(20, { gender: 'female' }),
			...clients(5, { gender: 'male' }),
			...clients(1, { gender: 'other' })
		];
		const { tables } = publish(real, year);
		const genders = GENDERS.map((g) => tables.genders[g]!);
		expect(genders.reduce((a, b) => a + b)).toBe(tables.clients.total);
		const got = solve([genders.map((n) => now(n, 4))], now(tables.clients.total!, 4), [0, GENDERS.indexOf('other')]);
		expect(got).toContain(0);
		expect(got).toContain(1);
		expect(got.length).toBeGreaterThan(4);
	});

	it('two tables that split the same sessions: 30 individual against 31 by mode no longer gives the three-way meeting', () => {
		// Before: by kind 30, <5, 0 and by mode 20, 11 — so three-way = 1.
		expect(
			solve(
				[
					[before(30), before('<5'), before(0)],
					[before(20), before(11)]
				],
				range(0, 60),
				[0, 1]
			)
		).toEqual([1]);

		const real = [
			...clients(10, { sessionsIndividual: 3, sessionsPhysical: 2, sessionsDigital: 1 }),
			...clients(1, { sessionsThreeWay: 1, sessionsPhysical: 1 })
		];
		const { tables } = publish(real, year);
		const kinds = ['individual', 'threeWay', 'group'].map((k) => now(tables.sessionsByKind[k]!, 4));
		const modes = ['physical', 'digital'].map((k) => now(tables.sessionsByMode[k]!, 4));
		const got = solve([kinds, modes], now(tables.sessions.total!, 4), [0, 1]);
		expect(got).toContain(1);
		expect(got.length).toBeGreaterThan(1);
	});

	it('plans split by age band and by time to plan: the cross-table is no longer in the file', () => {
		// Before: 21 plans by time (10 + 11) and by age band (20, <5) left the 40+ band at 1.
		expect(
			solve(
				[
					[before(20), before('<5')],
					[before(10), before(11)]
				],
				range(0, 60),
				[0, 1]
			)
		).toEqual([1]);
		expect(Object.keys(publish([], year).tables)).not.toContain('byAgeBandPlans');
	});

	it('overlapping periods: only quarters, half-years and years, so a month is never the difference of two files', () => {
		// Before: January–February 20 women and January 19 gave February 1.
		expect(solve([[before(19), range(0, 60)]], before(20), [0, 1])).toEqual([1]);

		const real = [
			...clients(19, { gender: 'female' }, `${YEAR}-01`),
			...clients(1, { gender: 'female' }, `${YEAR}-04`)
		];
		const q1 = publish(real, { kind: 'quarter', year: YEAR, index: 1 }).tables.genders.female!;
		const q2 = publish(real, { kind: 'quarter', year: YEAR, index: 2 }).tables.genders.female!;
		const h1 = publish(real, { kind: 'half', year: YEAR, index: 1 }).tables.genders.female!;
		expect(h1).toBe(q1 + q2);
		const got = solve([[now(q1, 1), now(q2, 1)]], now(h1, 2), [0, 1]);
		expect(got).toContain(1);
		expect(got.length).toBeGreaterThan(1);
	});
});

import { MODULES } from '../client/client';
import { QUESTION_CATEGORIES } from '../mapping/mapping';
import {
	AGE_BANDS,
	EDUCATION_LEVELS,
	EXPERIENCE_BANDS,
	FOLLOW_UP_POINTS,
	GENDERS,
	OUTCOMES
} from '../client/registration';
import { REFERRALS, TARGET_GROUPS } from '../client/client';
import { SESSION_KINDS, SESSION_MODES } from '../client/session';
import { aggregate, periodOf, TIME_TO_PLAN, UNKNOWN, type Period, type Stats } from './aggregate';
import { officeKey, shownOffice, type AnonRow } from './anon-row';
import { roundEach, roundSplit, roundUnder, nearest5 } from './rounding';

/**
 * The tables that may leave the laptop. Only for a quarter, a half-year or a
 * calendar year — periods that nest, never overlap in part — and built from
 * quarters: each quarter's tables are rounded with controlled rounding
 * (rounding.ts), and a half-year or a year is the sum of its rounded
 * quarters. So every file the app can make for the same clients is the
 * exact sum of rounded quarters, which are themselves the counts of a
 * possible group of clients: no file, and no set of files, pins a count
 * from 1 to 4 (tests/unit/disclosure.test.ts plays the attacker).
 */

export type FixedKind = 'quarter' | 'half' | 'year';
export interface FixedPeriod {
	kind: FixedKind;
	year: number;
	/** 1–4 for a quarter, 1–2 for a half-year, 1 for the year. */
	index: number;
}

export const monthsOfFixed = (p: FixedPeriod): Period => periodOf(p.kind, p.year, p.index);

/** The quarters a fixed period is made of. */
export function quartersOf(p: FixedPeriod): FixedPeriod[] {
	const first = p.kind === 'quarter' ? p.index : p.kind === 'half' ? p.index * 2 - 1 : 1;
	const count = p.kind === 'quarter' ? 1 : p.kind === 'half' ? 2 : 4;
	return Array.from({ length: count }, (_, i) => ({ kind: 'quarter', year: p.year, index: first + i }));
}

/** Which tables the file has, and what is in each category list (the order the file writes them). */
export const PUBLISHED_TABLES = {
	clients: ['total'],
	sessions: ['total'],
	sessionsByKind: SESSION_KINDS,
	sessionsByMode: SESSION_MODES,
	modulesDone: MODULES,
	timeToPlan: TIME_TO_PLAN,
	aims: [...QUESTION_CATEGORIES, UNKNOWN],
	ageBands: [...AGE_BANDS, UNKNOWN],
	genders: GENDERS,
	education: [...EDUCATION_LEVELS, UNKNOWN],
	experience: [...EXPERIENCE_BANDS, UNKNOWN],
	situations: [...TARGET_GROUPS, UNKNOWN],
	referrals: [...REFERRALS, UNKNOWN],
	...Object.fromEntries(FOLLOW_UP_POINTS.map((p) => [`outcomes${p}`, ['recorded', ...OUTCOMES]])),
	/** Office names: only those at least five clients of the quarter shared; the rest as OTHER_OFFICE. */
	offices: null
} as const satisfies Record<string, readonly string[] | null>;

export type TableCode = keyof typeof PUBLISHED_TABLES;
export const TABLE_CODES = Object.keys(PUBLISHED_TABLES) as TableCode[];

export type Tables = Record<TableCode, Record<string, number>>;

export interface Published {
	period: FixedPeriod;
	tables: Tables;
}

const values = (c: Record<string, number>, keys: readonly string[]) => keys.map((k) => c[k] ?? 0);
const zip = (keys: readonly string[], nums: number[]) => Object.fromEntries(keys.map((k, i) => [k, nums[i]!]));

/** A table whose cells are «not stated» plus several answers each: the not-stated part splits the total, the rest cover the others. */
function roundAnswered(counts: Record<string, number>, clients: number, total: number) {
	const keys = Object.keys(counts).filter((k) => k !== UNKNOWN);
	const unknown = counts[UNKNOWN] ?? 0;
	const [rUnknown, rAnswered] = roundSplit([unknown, clients - unknown], total) as [number, number];
	return { ...zip(keys, roundEach(values(counts, keys), rAnswered, true)), [UNKNOWN]: rUnknown };
}

/** One quarter's counts, rounded so that everything still adds up (see rounding.ts). */
export function roundQuarter(s: Stats, offices: (office: string) => string): Tables {
	// Anyone at all rounds to at least 5: a quarter shown as 0 has no sessions, plans or outcomes either.
	const clients = s.clients === 0 ? 0 : Math.max(5, nearest5(s.clients));
	const split = (c: Record<string, number>) => {
		const keys = Object.keys(c);
		return zip(keys, roundSplit(values(c, keys), clients));
	};
	const modulesDone = zip(MODULES, roundEach(values(s.modulesDone, MODULES), clients, false));
	const timed = roundUnder(s.timeToPlan.count, modulesDone.plan!);
	const sessions = nearest5(s.sessions);
	const officeCounts: Record<string, number> = {};
	for (const b of s.byOffice) officeCounts[offices(b.key)] = (officeCounts[offices(b.key)] ?? 0) + b.clients;
	const tables: Partial<Tables> = {
		clients: { total: clients },
		sessions: { total: sessions },
		sessionsByKind: zip(SESSION_KINDS, roundSplit(values(s.sessionsByKind, SESSION_KINDS), sessions)),
		sessionsByMode: zip(SESSION_MODES, roundSplit(values(s.sessionsByMode, SESSION_MODES), sessions)),
		modulesDone,
		timeToPlan: zip(TIME_TO_PLAN, roundSplit(values(s.timeToPlan.bands, TIME_TO_PLAN), timed)),
		aims: roundAnswered(s.aims, s.clients, clients),
		ageBands: split(s.ageBands),
		genders: split(s.genders),
		education: split(s.education),
		experience: split(s.experience),
		situations: roundAnswered(s.situations, s.clients, clients),
		referrals: split(s.referrals),
		offices: split(officeCounts)
	};
	for (const p of s.outcomes) {
		const recorded = roundUnder(p.recorded, clients);
		tables[`outcomes${p.months}` as TableCode] = {
			recorded,
			...zip(OUTCOMES, roundEach(values(p.counts, OUTCOMES), recorded, true))
		};
	}
	return tables as Tables;
}

/** Cell by cell; a category missing on one side counts as 0. */
export function addTables(a: Tables, b: Tables): Tables {
	const out = {} as Tables;
	for (const code of TABLE_CODES) {
		const cells: Record<string, number> = { ...a[code] };
		for (const [k, n] of Object.entries(b[code] ?? {})) cells[k] = (cells[k] ?? 0) + n;
		out[code] = cells;
	}
	return out;
}

/**
 * The office names a quarter's tables may carry: a name typed into the office field travels only
 * when at least five clients of that quarter share it. Decided on the quarter alone and fixed when
 * it is first published (ledger.ts), so a later quarter can never split an office out of an
 * earlier one («absent in April, 5 in July» would otherwise mean 1–4).
 */
export function officeNamesOf(rows: readonly AnonRow[], months: Period): (office: string) => string {
	const seen = new Map<string, { name: string; clients: number }>();
	for (const r of rows) {
		if (r.month < months.from || r.month > months.to) continue;
		const key = officeKey(r.navOffice);
		const o = seen.get(key) ?? { name: r.navOffice, clients: 0 };
		o.clients++;
		seen.set(key, o);
	}
	// One spelling per office, so the quarters add up under one name.
	return (office) => {
		const o = seen.get(officeKey(office));
		return o ? shownOffice(o.name, o.clients) : shownOffice(office, 0);
	};
}

/** One quarter's tables as the rows give them now: rounded, offices named on the quarter alone. */
export function publishQuarterTables(rows: readonly AnonRow[], quarter: FixedPeriod): Tables {
	const months = monthsOfFixed(quarter);
	const tables = roundQuarter(aggregate(rows, months), officeNamesOf(rows, months));
	// An office with nothing to count is left out: its name says nothing the numbers need.
	tables.offices = Object.fromEntries(Object.entries(tables.offices).filter(([, n]) => n > 0));
	return tables;
}

/** The tables for a fixed period from the rows as they are now: the sum of its quarters, each rounded. */
export function publish(rows: readonly AnonRow[], period: FixedPeriod): Published {
	return { period, tables: sumTables(quartersOf(period).map((q) => publishQuarterTables(rows, q))) };
}

export const sumTables = (parts: Tables[]): Tables => parts.slice(1).reduce(addTables, parts[0]!);

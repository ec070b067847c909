import { pad2 } from '../common';
import { MODULES, REFERRALS, TARGET_GROUPS, type ModuleKey } from '../client/client';
import { QUESTION_CATEGORIES } from '../mapping/mapping';
import {
	AGE_BANDS,
	GENDERS,
	EDUCATION_LEVELS,
	EXPERIENCE_BANDS,
	FOLLOW_UP_POINTS,
	OUTCOMES,
	type FollowUpPoint,
	type Outcome
} from '../client/registration';
import { SESSION_KINDS, SESSION_MODES, type SessionKind } from '../client/session';
import { officeKey, type AnonRow } from './anon-row';

/**
 * The statistics page as numbers: pure, from anonymous rows and a period.
 * A client belongs to the period in which guidance started (a cohort), so
 * outcomes at 3, 6 and 12 months belong to the same people as the start.
 */

/** Months 'YYYY-MM', both ends included. */
export interface Period {
	from: string;
	to: string;
}

export type PeriodKind = 'quarter' | 'half' | 'year' | 'custom';

/** The quarter, half-year or year containing a month, as a period. */
export function periodOf(kind: Exclude<PeriodKind, 'custom'>, year: number, index = 1): Period {
	const size = kind === 'quarter' ? 3 : kind === 'half' ? 6 : 12;
	const first = (index - 1) * size + 1;
	return { from: `${year}-${pad2(first)}`, to: `${year}-${pad2(first + size - 1)}` };
}

export const inPeriod = (month: string, p: Period) => month >= p.from && month <= p.to;

/** Every month of the period, for bars over time (capped at ten years). */
export function monthsOf(p: Period): string[] {
	const out: string[] = [];
	let [y, m] = p.from.split('-').map(Number) as [number, number];
	while (out.length < 120) {
		const ym = `${y}-${pad2(m)}`;
		if (ym > p.to) break;
		out.push(ym);
		if (++m > 12) [y, m] = [y + 1, 1];
	}
	return out;
}

export type Counts<K extends string> = Record<K, number>;

function zero<K extends string>(keys: readonly K[]): Counts<K> {
	return Object.fromEntries(keys.map((k) => [k, 0])) as Counts<K>;
}

export const UNKNOWN = 'unknown' as const;
type OrUnknown<T extends string> = T | typeof UNKNOWN;

export interface Breakdown {
	key: string;
	clients: number;
	sessions: number;
	plans: number;
	ended: number;
}

export interface OutcomeAtPoint {
	months: FollowUpPoint;
	/** Clients with this point recorded (the base for shares). */
	recorded: number;
	counts: Counts<Outcome>;
}

export const TIME_TO_PLAN = ['upTo14', 'upTo30', 'upTo90', 'over90'] as const;

export interface Stats {
	period: Period;
	clients: number;
	sessions: number;
	sessionsByKind: Counts<SessionKind>;
	sessionsByMode: Counts<(typeof SESSION_MODES)[number]>;
	minutes: number;
	modulesDone: Counts<ModuleKey>;
	timeToPlan: { count: number; medianDays: number | null; bands: Counts<(typeof TIME_TO_PLAN)[number]> };
	byMonth: { month: string; clients: number }[];
	aims: Counts<OrUnknown<(typeof QUESTION_CATEGORIES)[number]>>;
	ageBands: Counts<OrUnknown<(typeof AGE_BANDS)[number]>>;
	genders: Counts<'female' | 'male' | 'other' | 'notStated'>;
	education: Counts<OrUnknown<(typeof EDUCATION_LEVELS)[number]>>;
	experience: Counts<OrUnknown<(typeof EXPERIENCE_BANDS)[number]>>;
	situations: Counts<OrUnknown<(typeof TARGET_GROUPS)[number]>>;
	referrals: Counts<OrUnknown<(typeof REFERRALS)[number]>>;
	ended: number;
	outcomes: OutcomeAtPoint[];
	byOffice: Breakdown[];
	byAgeBand: Breakdown[];
}

const bump = <K extends string>(c: Counts<K>, k: K) => (c[k] += 1);

function median(values: number[]): number | null {
	if (values.length === 0) return null;
	const s = [...values].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
}

const sessionsOf = (r: AnonRow) => r.sessionsIndividual + r.sessionsThreeWay + r.sessionsGroup;

function breakdown(rows: AnonRow[], keyOf: (r: AnonRow) => string, order?: readonly string[]): Breakdown[] {
	const map = new Map<string, Breakdown & { label: string }>();
	for (const r of rows) {
		const raw = keyOf(r);
		const k = officeKey(raw);
		let b = map.get(k);
		if (!b) map.set(k, (b = { key: raw, label: raw, clients: 0, sessions: 0, plans: 0, ended: 0 }));
		b.clients++;
		b.sessions += sessionsOf(r);
		if (r.modulesDone.includes('plan')) b.plans++;
		if (r.ended) b.ended++;
	}
	const list = [...map.values()].map(({ key, clients, sessions, plans, ended }) => ({
		key,
		clients,
		sessions,
		plans,
		ended
	}));
	return order
		? list.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key))
		: list.sort((a, b) => b.clients - a.clients || a.key.localeCompare(b.key, 'nb'));
}

export function aggregate(all: readonly AnonRow[], period: Period): Stats {
	const rows = all.filter((r) => inPeriod(r.month, period));
	const s: Stats = {
		period,
		clients: rows.length,
		sessions: 0,
		sessionsByKind: zero(SESSION_KINDS),
		sessionsByMode: zero(SESSION_MODES),
		minutes: 0,
		modulesDone: zero(MODULES),
		timeToPlan: { count: 0, medianDays: null, bands: zero(TIME_TO_PLAN) },
		byMonth: monthsOf(period).map((month) => ({ month, clients: 0 })),
		aims: zero([...QUESTION_CATEGORIES, UNKNOWN]),
		ageBands: zero([...AGE_BANDS, UNKNOWN]),
		genders: zero(GENDERS),
		education: zero([...EDUCATION_LEVELS, UNKNOWN]),
		experience: zero([...EXPERIENCE_BANDS, UNKNOWN]),
		situations: zero([...TARGET_GROUPS, UNKNOWN]),
		referrals: zero([...REFERRALS, UNKNOWN]),
		ended: 0,
		outcomes: FOLLOW_UP_POINTS.map((months) => ({ months, recorded: 0, counts: zero(OUTCOMES) })),
		byOffice: [],
		byAgeBand: []
	};
	const monthIndex = new Map(s.byMonth.map((m, i) => [m.month, i]));
	const days: number[] = [];
	for (const r of rows) {
		s.sessionsByKind.individual += r.sessionsIndividual;
		s.sessionsByKind.threeWay += r.sessionsThreeWay;
		s.sessionsByKind.group += r.sessionsGroup;
		s.sessionsByMode.physical += r.sessionsPhysical;
		s.sessionsByMode.digital += r.sessionsDigital;
		s.sessions += sessionsOf(r);
		s.minutes += r.minutes;
		for (const m of r.modulesDone) bump(s.modulesDone, m);
		if (r.daysToPlan !== null) days.push(r.daysToPlan);
		const i = monthIndex.get(r.month);
		if (i !== undefined) s.byMonth[i]!.clients++;
		if (r.aims.length === 0) bump(s.aims, UNKNOWN);
		for (const a of r.aims) bump(s.aims, a);
		bump(s.ageBands, r.ageBand ?? UNKNOWN);
		bump(s.genders, r.gender ?? 'notStated');
		bump(s.education, r.education ?? UNKNOWN);
		bump(s.experience, r.experience ?? UNKNOWN);
		if (r.navSituation.length === 0) bump(s.situations, UNKNOWN);
		for (const g of r.navSituation) bump(s.situations, g);
		bump(s.referrals, r.referral ?? UNKNOWN);
		if (r.ended) s.ended++;
		for (const point of s.outcomes) {
			const got = r.outcomes[String(point.months)];
			if (!got) continue;
			point.recorded++;
			for (const o of got) bump(point.counts, o);
		}
	}
	s.timeToPlan.count = days.length;
	s.timeToPlan.medianDays = median(days);
	for (const d of days)
		bump(s.timeToPlan.bands, d <= 14 ? 'upTo14' : d <= 30 ? 'upTo30' : d <= 90 ? 'upTo90' : 'over90');
	s.byOffice = breakdown(rows, (r) => r.navOffice);
	s.byAgeBand = breakdown(rows, (r) => r.ageBand ?? UNKNOWN, [...AGE_BANDS, UNKNOWN]);
	return s;
}

/**
 * Months of practice from CV entries (the CV entries of module 1; the rules that count them are in rules/practice-rules.ts).
 *
 * Periods are whole calendar months, 'YYYY-MM', both ends included; an entry
 * with no end runs to this month. A month counts by its percent of full time,
 * so 12 months at 50 % are 6 months of practice. When entries overlap, a
 * month never counts for more than 100 %: two part-time jobs add up, but
 * two full-time jobs in the same month are still one month.
 */

import { monthIso, pad2 } from '../common';

export interface PracticePeriod {
	start: string;
	end: string;
	percent: number | null;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function monthIndex(ym: string): number | null {
	const m = MONTH.exec(ym);
	return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : null;
}

export function currentMonth(now = new Date()): string {
	return monthIso(now);
}

/** First and last month index, or null when the entry cannot be counted (no start, end before start). */
function span(p: PracticePeriod, now: Date): [number, number] | null {
	const from = monthIndex(p.start);
	const to = p.end ? monthIndex(p.end) : monthIndex(currentMonth(now));
	if (from === null || to === null || to < from) return null;
	return [from, to];
}

/** Whole percent (0-100); sums stay exact in integers and are divided by 100 once. */
const percentOf = (p: PracticePeriod) => Math.min(100, Math.max(0, Math.round(p.percent ?? 100)));

/** Full-time-equivalent months of one entry. */
export function entryMonths(p: PracticePeriod, now = new Date()): number {
	const s = span(p, now);
	return s ? ((s[1] - s[0] + 1) * percentOf(p)) / 100 : 0;
}

/** Full-time-equivalent months of all entries together, overlaps capped at 100 % a month. */
export function totalMonths(periods: PracticePeriod[], now = new Date()): number {
	const perMonth = new Map<number, number>();
	for (const p of periods) {
		const s = span(p, now);
		if (!s) continue;
		for (let m = s[0]; m <= s[1]; m++) perMonth.set(m, Math.min(100, (perMonth.get(m) ?? 0) + percentOf(p)));
	}
	let percentMonths = 0;
	for (const v of perMonth.values()) percentMonths += v;
	return percentMonths / 100;
}

/** Problems to flag (never block): end before start, dates ahead, percent out of range. */
export function periodIssues(p: PracticePeriod, now = new Date()): { start?: string; end?: string; percent?: string } {
	const out: { start?: string; end?: string; percent?: string } = {};
	const from = monthIndex(p.start);
	const to = p.end ? monthIndex(p.end) : null;
	const thisMonth = monthIndex(currentMonth(now))!;
	if (p.start && from === null) out.start = 'errors.month';
	else if (from !== null && from > thisMonth) out.start = 'errors.futureDate';
	if (p.end && to === null) out.end = 'errors.month';
	else if (to !== null && from !== null && to < from) out.end = 'errors.endBeforeStart';
	else if (to !== null && to > thisMonth) out.end = 'errors.futureDate';
	if (p.percent !== null && (p.percent < 1 || p.percent > 100)) out.percent = 'errors.percent';
	return out;
}

/** Rounded to one decimal for display: 14.5 months. */
export const roundMonths = (m: number) => Math.round(m * 10) / 10;

/**
 * Accepts the ways people write a month – 08.2023, 8/2023, 8-2023, 2023-8,
 * 2023-08, 202308 – and returns 'YYYY-MM'. Anything else is returned as typed,
 * so nothing is lost; periodIssues() then flags it.
 */
export function normaliseMonth(input: string): string {
	const s = input.trim();
	let m = /^(\d{1,2})\s*[./\- ]\s*(\d{4})$/.exec(s);
	if (m) return fmt(Number(m[2]), Number(m[1])) ?? s;
	m = /^(\d{4})\s*[./\- ]\s*(\d{1,2})$/.exec(s) ?? /^(\d{4})(\d{2})$/.exec(s);
	if (m) return fmt(Number(m[1]), Number(m[2])) ?? s;
	return s;
}

function fmt(year: number, month: number): string | null {
	return month >= 1 && month <= 12 ? `${year}-${pad2(month)}` : null;
}

import { describe, expect, it } from 'vitest';
import { entryMonths, periodIssues, totalMonths } from '$lib/domain/mapping/practice';

const NOW = new Date('2026-11-22T12:00:00');
const p = (start: string, end: string, percent: number | null = 100) => ({ start, end, percent });

describe('practice months', () => {
	it('counts both ends of a period as whole months', () => {
		expect(entryMonths(p('2024-01', '2024-12'), NOW)).toBe(12);
		expect(entryMonths(p('2024-05', '2024-05'), NOW)).toBe(1);
	});

	it('counts part-time by its percentage', () => {
		expect(entryMonths(p('2021-03', '2023-08', 80), NOW)).toBe(24);
		expect(entryMonths(p('2024-01', '2024-12', 50), NOW)).toBe(6);
	});

	it('runs an open-ended entry to this month', () => {
		expect(entryMonths(p('2026-01', ''), NOW)).toBe(11);
		expect(entryMonths(p('2023-09', '', 50), NOW)).toBe(19.5);
	});

	it('treats a missing percentage as full time', () => {
		expect(entryMonths(p('2024-01', '2024-06', null), NOW)).toBe(6);
	});

	it('does not count an entry that ends before it starts, or has no start', () => {
		expect(entryMonths(p('2024-06', '2024-01'), NOW)).toBe(0);
		expect(entryMonths(p('', '2024-01'), NOW)).toBe(0);
		expect(entryMonths(p('juni 2024', ''), NOW)).toBe(0);
	});

	it('adds part-time jobs in the same months, but never above 100 % a month', () => {
		// Two 50 % jobs through 2024: a full year.
		expect(totalMonths([p('2024-01', '2024-12', 50), p('2024-01', '2024-12', 50)], NOW)).toBe(12);
		// Two full-time jobs in the same year are still one year.
		expect(totalMonths([p('2024-01', '2024-12'), p('2024-01', '2024-12')], NOW)).toBe(12);
		// 80 % + 50 % overlap for 6 months (capped at 100 %), 80 % alone for 6 months.
		expect(totalMonths([p('2024-01', '2024-12', 80), p('2024-07', '2024-12', 50)], NOW)).toBeCloseTo(6 * 0.8 + 6 * 1);
	});

	it('sums separate periods', () => {
		expect(totalMonths([p('2021-03', '2023-08', 80), p('2023-09', '', 50)], NOW)).toBe(43.5);
		expect(totalMonths([], NOW)).toBe(0);
	});

	it('flags, but does not reject, dates ahead, end before start and percent out of range', () => {
		expect(periodIssues(p('2027-01', ''), NOW).start).toBe('errors.futureDate');
		expect(periodIssues(p('2024-06', '2024-01'), NOW).end).toBe('errors.endBeforeStart');
		expect(periodIssues(p('2024-01', '2024-13'), NOW).end).toBe('errors.month');
		expect(periodIssues(p('2024-01', '', 120), NOW).percent).toBe('errors.percent');
		expect(periodIssues(p('2024-01', '2024-06', 60), NOW)).toEqual({});
	});
});

describe('typing a month', () => {
	it('tidies the usual ways of writing it to YYYY-MM', async () => {
		const { normaliseMonth } = await import('$lib/domain/mapping/practice');
		expect(
			['08.2023', '8.2023', '8/2023', '8-2023', '2023-8', '2023-08', '202308', ' 2023 08 '].map(normaliseMonth)
		).toEqual(Array(8).fill('2023-08'));
	});

	it('keeps what it cannot read, so it can be flagged instead of lost', async () => {
		const { normaliseMonth } = await import('$lib/domain/mapping/practice');
		expect(normaliseMonth('13.2023')).toBe('13.2023');
		expect(normaliseMonth('august')).toBe('august');
	});
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OTHER_OFFICE, type AnonRow } from '$lib/domain/statistics/anon-row';
import { orderedCells } from '$lib/domain/statistics/csv-files';
import {
	changedSince,
	composed,
	hasEnded,
	missingQuarters,
	publishQuarter,
	type CountedRow,
	type PublishedQuarter
} from '$lib/domain/statistics/ledger';
import { addTables, publish, TABLE_CODES, type FixedPeriod, type Tables } from '$lib/domain/statistics/published';
import { rowArb, YEAR } from './anon-rows';

/**
 * The attacker over time: someone holding files a county receives at different times – the same
 * quarter downloaded again after a late registration or an erasure, a quarter and the half-year
 * holding it sent months apart, an office that grows. Every file for a period is made from the
 * quarters as first published (ledger.ts), so each of these attacks reduces to one set of files
 * made at one moment – the case tests/unit/disclosure.test.ts proves safe over 1,000 random years.
 * Here the property shows the reduction: the second file equals the first, the half-year minus a
 * quarter is the stored quarter, and the rows of a file come in an order that says nothing.
 */

const Q = (index: number): FixedPeriod => ({ kind: 'quarter', year: YEAR, index });
const H1: FixedPeriod = { kind: 'half', year: YEAR, index: 1 };
const YEAR_P: FixedPeriod = { kind: 'year', year: YEAR, index: 1 };

/** A laptop: its clients, and the quarters it has published; «download» as the statistics page does. */
class Laptop {
	stored = new Map<string, PublishedQuarter>();
	next = 0;
	constructor(public rows: CountedRow[]) {}
	download(period: FixedPeriod, today: string) {
		if (!hasEnded(period, today)) throw new Error('not ended');
		for (const q of missingQuarters(period, this.stored)) {
			const pq = publishQuarter(this.rows, q, today, (this.next++).toString(16).padStart(16, '0'));
			this.stored.set(pq.code, pq);
		}
		return composed(period, this.stored);
	}
}

const counted = (rows: AnonRow[]): CountedRow[] => rows.map((row, i) => ({ id: `c${i}`, row }));
const diff = (a: Tables, b: Tables) =>
	TABLE_CODES.flatMap((code) =>
		[...new Set([...Object.keys(a[code]), ...Object.keys(b[code])])]
			.map((k) => (a[code][k] ?? 0) - (b[code][k] ?? 0))
			.filter((d) => d !== 0)
	);

describe('a period is published once', () => {
	const july = (i: number, gender: 'female' | 'male'): AnonRow => ({
		...fc.sample(rowArb, { numRuns: 1, seed: i })[0]!,
		month: `${YEAR}-07`,
		gender,
		navOffice: 'Nav Sandnes'
	});

	it('the July case: 9 clients (2 women, 7 men), one man registered late – the second download is the first', () => {
		const rows = [...[0, 1].map((i) => july(i, 'female')), ...[2, 3, 4, 5, 6, 7, 8].map((i) => july(i, 'male'))];
		const laptop = new Laptop(counted(rows));
		const first = laptop.download(Q(3), `${YEAR}-10-05`);
		laptop.rows = [...laptop.rows, { id: 'late', row: july(9, 'male') }];
		const second = laptop.download(Q(3), `${YEAR}-11-20`);
		expect(second).toEqual(first);
		expect(second.made).toBe(`${YEAR}-10-05`);
		// Fresh rounding would have told the newcomer's gender: the tables the rows give now differ.
		expect(
			diff(
				publish(
					laptop.rows.map((r) => r.row),
					Q(3)
				).tables,
				first.tables
			).length
		).toBeGreaterThan(0);
		expect(changedSince(laptop.stored.get(`${YEAR}-K3`)!, laptop.rows)).toBe(1);
	});

	it('a quarter that has not ended cannot be published; it can from the first day after', () => {
		const laptop = new Laptop([]);
		expect(() => laptop.download(Q(3), `${YEAR}-09-30`)).toThrow('not ended');
		expect(() => laptop.download(H1, `${YEAR}-06-30`)).toThrow('not ended');
		expect(hasEnded(Q(3), `${YEAR}-10-01`)).toBe(true);
		expect(hasEnded(Q(4), `${YEAR + 1}-01-01`)).toBe(true);
		expect(hasEnded(YEAR_P, `${YEAR}-12-31`)).toBe(false);
	});

	it('half-year and year files are the sums of the stored quarters, with one id per laptop and period', () => {
		const rows = counted(fc.sample(rowArb, { numRuns: 40, seed: 7 }));
		const laptop = new Laptop(rows);
		const q1 = laptop.download(Q(1), `${YEAR}-04-02`);
		const h1 = laptop.download(H1, `${YEAR}-07-02`);
		const q2 = laptop.download(Q(2), `${YEAR}-07-03`);
		expect(h1.tables).toEqual(addTables(q1.tables, q2.tables));
		const year = laptop.download(YEAR_P, `${YEAR + 1}-01-05`);
		const quarters = [1, 2, 3, 4].map((i) => laptop.download(Q(i), `${YEAR + 1}-02-01`).tables);
		expect(year.tables).toEqual(quarters.reduce(addTables));
		expect(laptop.download(YEAR_P, `${YEAR + 1}-03-01`).fileId).toBe(year.fileId);
		expect(new Set([q1.fileId, q2.fileId, h1.fileId, year.fileId]).size).toBe(4);
	});

	it('counts what changed since: one added, one erased, one changed', () => {
		const rows = counted(fc.sample(rowArb, { numRuns: 30, seed: 3 }).map((r) => ({ ...r, month: `${YEAR}-02` })));
		const stored = publishQuarter(rows, Q(1), `${YEAR}-04-01`, 'aaaaaaaaaaaaaaaa');
		expect(changedSince(stored, rows)).toBe(0);
		const erased = rows.slice(1);
		expect(changedSince(stored, erased)).toBe(1);
		const edited = rows.map((r, i) =>
			i === 2 ? { ...r, row: { ...r.row, gender: r.row.gender === 'male' ? 'female' : 'male' } } : r
		);
		expect(changedSince(stored, edited as CountedRow[])).toBe(1);
		// The stored quarter names no client: only hashes of ids and rows.
		expect(JSON.stringify(stored)).not.toMatch(/"c\d+"/);
	});
});

describe('the attacker holding files made at different times (1,000 random years)', () => {
	it('re-exports after one client added, erased or changed, quarter against half-year months apart, and a growing office, reveal nothing new', () => {
		fc.assert(
			fc.property(
				fc.array(rowArb, { maxLength: 60 }),
				rowArb,
				fc.nat(59),
				fc.constantFrom('add', 'erase', 'change'),
				(start, extra, pick, change) => {
					const laptop = new Laptop(counted(start));
					// April: Q1 is sent.
					const q1 = laptop.download(Q(1), `${YEAR}-04-02`);
					// Then one client more, one fewer, or one answer changed – the attacker may know whose.
					const rows = laptop.rows;
					const i = rows.length ? pick % rows.length : 0;
					laptop.rows =
						change === 'add'
							? [...rows, { id: 'late', row: { ...extra, month: `${YEAR}-02` } }]
							: change === 'erase'
								? rows.filter((_, n) => n !== i)
								: rows.map((r, n) => (n === i ? { ...r, row: { ...extra, month: r.row.month } } : r));
					// Q1 downloaded again: the same file, so no difference to read.
					expect(laptop.download(Q(1), `${YEAR}-05-10`)).toEqual(q1);
					// July: H1 and Q2. H1 − Q2 is exactly the Q1 already sent – nothing rounded anew.
					const h1 = laptop.download(H1, `${YEAR}-07-02`);
					const q2 = laptop.download(Q(2), `${YEAR}-07-02`);
					expect(diff(h1.tables, addTables(q1.tables, q2.tables))).toEqual([]);
					// An office's name in H1 comes from the quarters as published: never a Q1 count split out later.
					for (const [office, n] of Object.entries(h1.tables.offices))
						expect(n).toBe((q1.tables.offices[office] ?? 0) + (q2.tables.offices[office] ?? 0));
					// Row order: offices by name, «*» last – never by size.
					const order = orderedCells('offices', h1.tables.offices).map(([k]) => k);
					const named = order.filter((k) => k !== OTHER_OFFICE && k !== '');
					expect(named).toEqual([...named].sort((a, b) => a.localeCompare(b, 'nb')));
					if (order.includes(OTHER_OFFICE)) expect(order.at(-1)).toBe(OTHER_OFFICE);
				}
			),
			{ numRuns: 1000, seed: 20261205 }
		);
	}, 120_000);

	it('the order of rows does not follow the counts: the same offices in any sizes are written in the same order', () => {
		fc.assert(
			fc.property(fc.array(fc.nat(40), { minLength: 4, maxLength: 4 }), (sizes) => {
				const cells = Object.fromEntries(
					['Nav Sola', OTHER_OFFICE, 'Nav Asker', 'Nav Sandnes'].map((k, i) => [k, sizes[i]! * 5])
				);
				expect(orderedCells('offices', cells).map(([k]) => k)).toEqual([
					'Nav Asker',
					'Nav Sandnes',
					'Nav Sola',
					OTHER_OFFICE
				]);
			})
		);
	});
});

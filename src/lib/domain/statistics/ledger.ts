import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import * as z from 'zod/mini';
import type { AnonRow } from './anon-row';
import {
	monthsOfFixed,
	publishQuarterTables,
	quartersOf,
	sumTables,
	type FixedPeriod,
	type Published,
	type Tables
} from './published';

/**
 * A period is published once. Rounding is deterministic and depends on the other cells, so the same
 * clients rounded a second time — after one late registration or one erasure — would give them away
 * (9 clients «Kvinne 5, Mann 5»; one man more, «Kvinne 0, Mann 10»). So the first download of a
 * finished quarter stores its tables, encrypted on this laptop, and every later file for it, or for a
 * half-year or year holding it, is made from what was stored: the same numbers, the same office
 * names, the same file id. Clients who change afterwards count in no shared file; the page says how
 * many. A quarter that has not ended cannot be published.
 */

const hex16 = (s: string) => bytesToHex(sha256(utf8ToBytes(s))).slice(0, 16);

export const publishedQuarterSchema = z.object({
	/** «2026-K3» */
	code: z.string(),
	year: z.int(),
	index: z.int().check(z.gte(1), z.lte(4)),
	tables: z.record(z.string(), z.record(z.string(), z.int())),
	/** The day it was first published: every file for it carries this date. */
	made: z.string(),
	/** Random and non-identifying: tells a coordinator two laptops' equal files apart. */
	fileId: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
	/** Each client counted, as a hash of the client's id → a hash of the row it was counted as. */
	rows: z.record(z.string(), z.string())
});
export type PublishedQuarter = z.output<typeof publishedQuarterSchema>;

/** A client's id and the anonymous row it is counted as now. */
export interface CountedRow {
	id: string;
	row: AnonRow;
}

/** The first day after the period, as an ISO date: the period can be shared from then on. */
export function shareableFrom(p: FixedPeriod): string {
	const last = monthsOfFixed(p).to;
	const [y, m] = last.split('-').map(Number) as [number, number];
	return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

export const hasEnded = (p: FixedPeriod, today: string) => today >= shareableFrom(p);

const quarterCode = (q: FixedPeriod) => `${q.year}-K${q.index}`;

function fingerprints(rows: readonly CountedRow[], q: FixedPeriod): Record<string, string> {
	const { from, to } = monthsOfFixed(q);
	return Object.fromEntries(
		rows.filter((r) => r.row.month >= from && r.row.month <= to).map((r) => [hex16(r.id), hex16(JSON.stringify(r.row))])
	);
}

/** Publishes a finished quarter from the rows as they are today. */
export function publishQuarter(
	rows: readonly CountedRow[],
	q: FixedPeriod,
	today: string,
	fileId: string
): PublishedQuarter {
	if (!hasEnded(q, today)) throw new Error(`${quarterCode(q)} has not ended`);
	return {
		code: quarterCode(q),
		year: q.year,
		index: q.index,
		tables: publishQuarterTables(
			rows.map((r) => r.row),
			q
		) as PublishedQuarter['tables'],
		made: today,
		fileId,
		rows: fingerprints(rows, q)
	};
}

/** The quarters of a period that are not yet stored: the ones to publish now. */
export function missingQuarters(p: FixedPeriod, stored: ReadonlyMap<string, PublishedQuarter>): FixedPeriod[] {
	return quartersOf(p).filter((q) => !stored.has(quarterCode(q)));
}

/** A period's file from its stored quarters: their sum, the first publication date, and an id derived from theirs. */
export function composed(
	p: FixedPeriod,
	stored: ReadonlyMap<string, PublishedQuarter>
): Published & { made: string; fileId: string } {
	const quarters = quartersOf(p).map((q) => stored.get(quarterCode(q)));
	if (quarters.some((q) => !q)) throw new Error(`${p.kind} ${p.year}/${p.index}: a quarter is not published`);
	const qs = quarters as PublishedQuarter[];
	return {
		period: p,
		tables: sumTables(qs.map((q) => q.tables as Tables)),
		made: qs.map((q) => q.made).sort()[0]!,
		fileId: qs.length === 1 ? qs[0]!.fileId : hex16(`${p.kind}:${qs.map((q) => q.fileId).join(',')}`)
	};
}

/** How many clients of a published quarter were added, changed or erased since: they count in no shared file. */
export function changedSince(q: PublishedQuarter, rows: readonly CountedRow[]): number {
	const now = fingerprints(rows, { kind: 'quarter', year: q.year, index: q.index });
	let changed = 0;
	for (const [id, print] of Object.entries(now)) if (q.rows[id] !== print) changed++;
	for (const id of Object.keys(q.rows)) if (!(id in now)) changed++;
	return changed;
}

/** Where a laptop keeps its published quarters: sealed values in the meta table, one per quarter. */
export const PUBLISHED_PREFIX = 'published:';

/** The stored values that are published quarters; anything else is left out. */
export const readPublished = (values: readonly unknown[]): PublishedQuarter[] =>
	values.flatMap((v) => {
		const q = publishedQuarterSchema.safeParse(v);
		return q.success ? [q.data] : [];
	});

/**
 * The published quarter this client was counted in, or '' when none holds them: a handover carries
 * it, so the receiving laptop does not count a client the handing-over laptop already published.
 */
export function publishedIn(quarters: readonly PublishedQuarter[], clientId: string): string {
	const id = hex16(clientId);
	return quarters.find((q) => id in q.rows)?.code ?? '';
}

export const storedKey = (q: FixedPeriod | PublishedQuarter) => ('code' in q ? q.code : quarterCode(q));

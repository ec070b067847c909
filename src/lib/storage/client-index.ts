import { fnv1a } from '../domain/hash';
import { writeId } from './record-list';

/**
 * The client index: every client record as it was last opened and checked at unlock, sealed under
 * the data key in one meta value, with the two writes it was checked against — the row's and the
 * client's record list's (record-list.ts). Opening 10,000 clients one by one takes two decryptions
 * each (the row and its list); with the index, a client whose row and list are still those very
 * writes is read from it, and only the others are opened the long way.
 *
 * Trusting an entry is as strong as opening the row: the list's write names the list (a fresh IV
 * with every write, bound by AES-GCM under the key) and so the row write it names, and the row's
 * write must be that one. A row put back from an older copy, or a list put back, no longer matches
 * and is opened and judged as any row. An index put back from an older copy only holds entries
 * whose writes no longer match, or clients that are still there.
 *
 * The index holds client names like the rows: it is erased in the same transaction as any client
 * (vault.ts), sealed anew with a new key or not at all, and never travels in a backup.
 */

/**
 * A row's write as the index names it: its IV (a fresh one with every write) and a hash of its
 * ciphertext, so a row damaged in place – same IV, bytes changed – is opened and reported as
 * damaged, never read from the index. The hash needs no secret: what is shown comes from the sealed
 * index; the hash only decides whether the row is still the one the index was made from.
 */
export function rowStamp(row: { iv: Uint8Array; ct: ArrayBuffer }): string {
	const bytes = new Uint8Array(row.ct);
	return `${writeId(row.iv)}.${fnv1a(bytes).toString(36)}.${bytes.length}`;
}

/** Meta key of the sealed index. */
export const CLIENT_INDEX = 'clientIndex';

/**
 * Meta key of the statistics facts: each client's session and module 1 facts as Statistikk last
 * read them (state/statistics.svelte.ts), with the record list write they were read under — any
 * write of the client's records moves it, so a fact whose list has not moved is still what the
 * rows say. Sealed, erased and not carried like the index.
 */
export const STATISTICS_FACTS = 'statisticsFacts';

/** The sealed values bound to the record lists: erased with any client, never carried to a new data key. */
export const LIST_BOUND = [CLIENT_INDEX, STATISTICS_FACTS];

/** One client: [id, the row's write (rowStamp), the record list's write, the record as opened]. */
export type IndexEntry = [id: string, rowWrite: string, listWrite: string, doc: unknown];

export interface ClientIndex {
	/** The client record's schema version the docs are written in; another version is not read. */
	v: number;
	/** The app build that made it: its records passed that build's schema, so that build need not parse them again. */
	build: string;
	entries: IndexEntry[];
}

const isEntry = (e: unknown): e is IndexEntry =>
	Array.isArray(e) &&
	e.length === 4 &&
	typeof e[0] === 'string' &&
	typeof e[1] === 'string' &&
	typeof e[2] === 'string' &&
	typeof e[3] === 'object' &&
	e[3] !== null;

/** The entries of an opened index by client id, and the build that made it; null when it is of another version or not an index. */
export function readIndex(value: unknown, version: number): { build: string; entries: Map<string, IndexEntry> } | null {
	const index = value as Partial<ClientIndex> | null;
	if (!index || index.v !== version || !Array.isArray(index.entries)) return null;
	return {
		build: typeof index.build === 'string' ? index.build : '',
		entries: new Map(index.entries.filter(isEntry).map((e) => [e[0], e]))
	};
}

/** The entry's record, when the row and its list are still the writes the entry was made from. */
export function current(entry: IndexEntry | undefined, rowWrite: string, listWrite: string | undefined): unknown {
	return entry && listWrite !== undefined && entry[1] === rowWrite && entry[2] === listWrite ? entry[3] : undefined;
}

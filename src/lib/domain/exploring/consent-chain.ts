import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The consent log as a hash chain. What Nav sees follows from the log, so a decision changed or
 * removed after it was recorded must not change that silently (issue 23). Each entry carries the
 * hash of the entry it was recorded after (`prev`) and its own (`hash`, over `prev` and its
 * content). At read, an entry whose content no longer gives its hash, or whose `prev` names no entry
 * in the log, is *altered*; no decision recorded up to the last altered entry counts any more —
 * only one taken after it. A merge of two laptops' logs keeps both chains whole (each `prev` is
 * still in the log), whatever order their times give.
 *
 * What a chain cannot show: the newest entry removed with nothing after it, or the whole record
 * swapped for an older sealed copy. Records are sealed with AES-GCM (storage/crypto.ts), so either
 * needs the counsellor's key.
 *
 * Hashed with SHA-256 from @noble/hashes: synchronous, so every read of the log can check it
 * (WebCrypto's digest is asynchronous only).
 */

export interface ChainedEntry {
	id: string;
	at: string;
	purpose: string;
	sections: readonly string[];
	withdrawn: boolean;
	/** Hash of the entry this one was recorded after; null for the first. Absent on entries recorded before the chain. */
	prev?: string | null;
	hash?: string;
}

const DOMAIN = 'veivalg-consent-1';

export function entryHash(e: ChainedEntry): string {
	const text = JSON.stringify([DOMAIN, e.prev ?? null, e.id, e.at, e.purpose, e.sections, e.withdrawn]);
	return bytesToHex(sha256(utf8ToBytes(text)));
}

/** The entry as recorded after `log`: linked to the last entry as it reads now, and sealed with its own hash. */
export function chainOnto<E extends ChainedEntry>(log: readonly E[], entry: Omit<E, 'prev' | 'hash'>): E {
	const last = log.at(-1);
	const linked = { ...entry, prev: last ? entryHash(last) : null } as E;
	return { ...linked, hash: entryHash(linked) };
}

export interface ChainCheck<E> {
	/** Entries whose content or link no longer holds, in log order. */
	altered: E[];
	/** Index of the first entry whose decision counts: after the last altered one. */
	trustedFrom: number;
}

/** About 4 µs an entry (SHA-256 of some 250 bytes, measured in Node 20): checked afresh at every read, never cached. */
export function checkChain<E extends ChainedEntry>(log: readonly E[]): ChainCheck<E> {
	const hashes = log.map(entryHash);
	const known = new Set(hashes);
	const firstChained = log.findIndex((e) => e.hash !== undefined);
	const altered: E[] = [];
	let trustedFrom = 0;
	log.forEach((e, i) => {
		const holds =
			e.hash === undefined
				? // Recorded before the chain: accepted only before the first chained entry (which then links to them).
					firstChained === -1 || i < firstChained
				: e.hash === hashes[i] && (e.prev === null || (e.prev !== undefined && known.has(e.prev)));
		if (!holds) {
			altered.push(e);
			trustedFrom = i + 1;
		}
	});
	return { altered, trustedFrom };
}

/**
 * Two copies of one client's log as one (a restore, a handover): every entry of both, each after the
 * entry it was recorded after – the chain's own order, not the laptops' clocks (a laptop a day ahead
 * must not put its consent after a withdrawal recorded on top of it). Between entries the chain does
 * not order (two laptops deciding apart), time does. Entries from before the chain that a chained
 * entry builds on come first; the rest of an older release's entries stand by their time and are
 * linked where they stand, so a log from the previous release is merged, never voided.
 */
export function mergeLogs<E extends ChainedEntry>(here: readonly E[], there: readonly E[]): E[] {
	const byId = new Map<string, E>();
	for (const e of [...here, ...there]) if (!byId.has(e.id)) byId.set(e.id, e);
	const all = [...byId.values()];
	const hashOf = new Map(all.map((e) => [e, entryHash(e)]));
	const byHash = new Map(all.map((e) => [hashOf.get(e)!, e]));
	const referenced = new Set(all.map((e) => e.prev).filter((p): p is string => !!p));
	const first = (e: E) => e.hash === undefined && referenced.has(hashOf.get(e)!);
	const placed = new Set<E>();
	const order: E[] = [];
	const ready = (e: E) => !placed.has(e) && (!e.prev || !byHash.has(e.prev) || placed.has(byHash.get(e.prev)!));
	while (order.length < all.length) {
		const next = all
			.filter(ready)
			.sort(
				(a, b) => Number(first(b)) - Number(first(a)) || Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id)
			)[0];
		// A cycle cannot come from this app (each hash covers its prev); whatever is left follows by time.
		const rest = next ? [next] : all.filter((e) => !placed.has(e)).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
		for (const e of rest) {
			placed.add(e);
			order.push(e);
		}
	}
	const out: E[] = [];
	let chainBegun = false;
	for (const e of order) {
		out.push(e.hash === undefined && chainBegun ? chainOnto(out, stripLink(e)) : e);
		chainBegun ||= e.hash !== undefined;
	}
	return out;
}

const stripLink = <E extends ChainedEntry>({ prev: _prev, hash: _hash, ...rest }: E) =>
	rest as Omit<E, 'prev' | 'hash'>;

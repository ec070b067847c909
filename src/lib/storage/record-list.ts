import { toBase64 } from './base64';

/**
 * The record list: for each client, which rows are theirs and which write of each is the current
 * one; and which clients were erased. Anyone who can write to the browser's database can put back
 * an older encrypted row (it still decrypts: the key is the same) or remove a tombstone. The list is
 * sealed under the data key like the rows, so it cannot be made to agree with such a row without
 * the key: a row the list does not name, or an older write of a row it names, is reported as
 * damaged and never read (vault.ts), and an erased client's tombstone is put back at unlock.
 *
 * A write is named by its IV: AES-GCM binds the IV to the ciphertext under the key, and every
 * write draws a fresh one, so two writes of a row never share it.
 *
 * What remains (docs/privacy.md): a whole client rolled back together with their list, or the whole
 * database rolled back, looks like an older laptop; the list only says what this laptop wrote last.
 */

/** A client's rows: id → [kind, IV of the current write, base64]. */
export type RecordList = Record<string, [kind: string, write: string]>;

export const LIST_PREFIX = 'list:';
export const listKey = (clientId: string) => `${LIST_PREFIX}${clientId}`;
/** Sealed meta value: the ids of erased clients, so a removed tombstone is noticed and put back. */
export const ERASED_LIST = 'erasedList';

export const writeId = (iv: Uint8Array) => toBase64(iv);

/** Why a row the database holds is not what the list says; null when it is. */
export type ListVerdict = 'unlisted' | 'rolledBack' | null;

export function verdict(list: RecordList | null | undefined, row: { id: string; iv: Uint8Array }): ListVerdict {
	const entry = list?.[row.id];
	if (!entry) return 'unlisted';
	return entry[1] === writeId(row.iv) ? null : 'rolledBack';
}

/** The lists of the given rows, by client: what a rebuild writes. */
export function listsOf(rows: readonly { id: string; kind: string; clientId: string; iv: Uint8Array }[]) {
	const lists = new Map<string, RecordList>();
	for (const r of rows) {
		let list = lists.get(r.clientId);
		if (!list) lists.set(r.clientId, (list = {}));
		list[r.id] = [r.kind, writeId(r.iv)];
	}
	return lists;
}

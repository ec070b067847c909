import Dexie, { type EntityTable } from 'dexie';

/**
 * The IndexedDB layout. Only ids, kind, timestamps are in clear (they are the
 * indexes); every payload is an AES-GCM ciphertext. Dexie versions are
 * explicit: add a new `.version(n)` block for each layout change, never edit
 * an old one.
 */

export interface StoredRecord {
	id: string;
	kind: string;
	/** The client a record belongs to; a client's own record points to itself. */
	clientId: string;
	updatedAt: string;
	/** Schema version of the payload inside the ciphertext. */
	v: number;
	iv: Uint8Array<ArrayBuffer>;
	ct: ArrayBuffer;
}

export interface MetaRow {
	key: string;
	value: unknown;
}

export const DB_NAME = 'veivalg';

export class VeivalgDb extends Dexie {
	records!: EntityTable<StoredRecord, 'id'>;
	meta!: EntityTable<MetaRow, 'key'>;

	constructor(name = DB_NAME) {
		super(name);
		this.version(1).stores({
			records: 'id, kind, clientId, updatedAt, [clientId+kind]',
			meta: 'key'
		});
	}
}

export async function getMeta<T>(db: VeivalgDb, key: string): Promise<T | undefined> {
	return (await db.meta.get(key))?.value as T | undefined;
}

export async function setMeta(db: VeivalgDb, key: string, value: unknown): Promise<void> {
	await db.meta.put({ key, value });
}

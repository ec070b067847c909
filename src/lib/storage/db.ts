import Dexie, { type EntityTable } from 'dexie';
import type { MetaStore } from './keystore';

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

import { DB_NAME } from './db-name';
import { addErrorClassifier } from './to-app-error';

// Dexie's failures, by class, for the one error funnel (to-app-error.ts).
addErrorClassifier((e) =>
	e instanceof Dexie.QuotaExceededError
		? 'quota'
		: e instanceof Dexie.DatabaseClosedError ||
			  e instanceof Dexie.VersionChangeError ||
			  e instanceof Dexie.InvalidStateError
			? 'closed'
			: null
);
export { DB_NAME };

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

/** The meta table as the keystore reads and writes it. */
export function metaStore(db: VeivalgDb): MetaStore {
	return {
		get: async (key) => (await db.meta.get(key))?.value,
		put: async (key, value) => {
			await db.meta.put({ key, value });
		}
	};
}

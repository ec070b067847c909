import { DB_NAME } from './db-name';

/**
 * Reads one value of the `meta` store (keyring, settings) with plain
 * IndexedDB, so the lock screen needs no Dexie: Dexie and the record store
 * load only once the counsellor acts (unlock, setup, a setting changed).
 * Never creates the database: on a first run it answers undefined and leaves
 * creating it, with its proper layout, to Dexie.
 */
export function readMetaRaw(key: string): Promise<unknown> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(DB_NAME);
		let fresh = false;
		req.onupgradeneeded = () => {
			// The database does not exist yet: abort instead of creating an empty one.
			fresh = true;
			req.transaction?.abort();
		};
		req.onerror = () => (fresh ? resolve(undefined) : reject(req.error));
		req.onblocked = () => resolve(undefined);
		req.onsuccess = () => {
			const db = req.result;
			if (!db.objectStoreNames.contains('meta')) {
				db.close();
				return resolve(undefined);
			}
			metaRow(db, key)
				.then((row) => resolve(row?.value), reject)
				.finally(() => db.close());
		};
	});
}

/** One row of the `meta` store, read with plain IndexedDB on a connection that is already open. */
export function metaRow(db: IDBDatabase, key: string): Promise<{ key: string; value: unknown } | undefined> {
	return new Promise((resolve, reject) => {
		const get = db.transaction('meta', 'readonly').objectStore('meta').get(key);
		get.onsuccess = () => resolve(get.result as { key: string; value: unknown } | undefined);
		get.onerror = () => reject(get.error);
	});
}

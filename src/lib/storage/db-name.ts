/** The IndexedDB database's name, apart from Dexie so the lock screen can read it without Dexie. */
export const DB_NAME = 'veivalg';

import { defaultSettings, settingsSchema, type Settings } from '../domain/settings';
import { getMeta, setMeta, type VeivalgDb } from './db';
import { changePassphrase, createKeyring, keyringSchema, recoverWithKey, unlockWithPassphrase, type Keyring } from './keyring';

/**
 * Where the keyring and settings live in the database, and the lock's
 * operations on them. They return the data key, not a Vault: the vault and
 * every record schema load only after unlock, outside the first screen.
 */

const KEYRING = 'keyring';
const SETTINGS = 'settings';

export async function loadKeyring(db: VeivalgDb): Promise<Keyring | undefined> {
	const raw = await getMeta<unknown>(db, KEYRING);
	return raw === undefined ? undefined : keyringSchema.parse(raw);
}

export async function setupKeys(db: VeivalgDb, passphrase: string, iterations?: number): Promise<{ key: CryptoKey; recoveryKey: string }> {
	if (await loadKeyring(db)) throw new Error('already set up');
	const { keyring, recoveryKey, key } = await createKeyring(passphrase, iterations);
	await setMeta(db, KEYRING, keyring);
	return { key, recoveryKey };
}

async function requireKeyring(db: VeivalgDb): Promise<Keyring> {
	const keyring = await loadKeyring(db);
	if (!keyring) throw new Error('not set up');
	return keyring;
}

/** Throws WrongSecretError on a wrong passphrase. */
export async function unlockKey(db: VeivalgDb, passphrase: string): Promise<CryptoKey> {
	return unlockWithPassphrase(await requireKeyring(db), passphrase);
}

export async function changeKeyPassphrase(db: VeivalgDb, current: string, next: string): Promise<CryptoKey> {
	const { keyring, key } = await changePassphrase(await requireKeyring(db), current, next);
	await setMeta(db, KEYRING, keyring);
	return key;
}

export async function recoverKey(db: VeivalgDb, recoveryKey: string, next: string): Promise<CryptoKey> {
	const { keyring, key } = await recoverWithKey(await requireKeyring(db), recoveryKey, next);
	await setMeta(db, KEYRING, keyring);
	return key;
}

export async function loadSettings(db: VeivalgDb): Promise<Settings> {
	const parsed = settingsSchema.safeParse((await getMeta(db, SETTINGS)) ?? {});
	return parsed.success ? parsed.data : defaultSettings();
}

export async function saveSettings(db: VeivalgDb, settings: Settings): Promise<void> {
	await setMeta(db, SETTINGS, settingsSchema.parse(settings));
}

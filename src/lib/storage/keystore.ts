import { defaultSettings, settingsSchema, type Settings } from '../domain/settings';
import {
	changePassphrase,
	createKeyring,
	keyringSchema,
	recoverWithKey,
	unlockWithPassphrase,
	type Keyring
} from './keyring';

/**
 * Where the keyring and settings live in the database, and the lock's
 * operations on them. They return the data key, not a Vault: the vault and
 * every record schema load only after unlock, outside the first screen.
 * They take the meta store as an interface, so the lock screen can read it
 * without Dexie (meta-raw.ts) and writes load Dexie when they happen.
 */
export interface MetaStore {
	get(key: string): Promise<unknown>;
	put(key: string, value: unknown): Promise<void>;
}

export const KEYRING = 'keyring';
const SETTINGS = 'settings';

export async function loadKeyring(meta: MetaStore): Promise<Keyring | undefined> {
	const raw = await meta.get(KEYRING);
	return raw === undefined ? undefined : keyringSchema.parse(raw);
}

export async function setupKeys(
	meta: MetaStore,
	passphrase: string,
	iterations?: number
): Promise<{ key: CryptoKey; recoveryKey: string }> {
	if (await loadKeyring(meta)) throw new Error('already set up');
	const { keyring, recoveryKey, key } = await createKeyring(passphrase, iterations);
	await meta.put(KEYRING, keyring);
	return { key, recoveryKey };
}

async function requireKeyring(meta: MetaStore): Promise<Keyring> {
	const keyring = await loadKeyring(meta);
	if (!keyring) throw new Error('not set up');
	return keyring;
}

/** Throws WrongSecretError on a wrong passphrase. */
export async function unlockKey(meta: MetaStore, passphrase: string): Promise<CryptoKey> {
	return unlockWithPassphrase(await requireKeyring(meta), passphrase);
}

export async function changeKeyPassphrase(meta: MetaStore, current: string, next: string): Promise<CryptoKey> {
	const { keyring, key } = await changePassphrase(await requireKeyring(meta), current, next);
	await meta.put(KEYRING, keyring);
	return key;
}

export async function recoverKey(meta: MetaStore, recoveryKey: string, next: string): Promise<CryptoKey> {
	const { keyring, key } = await recoverWithKey(await requireKeyring(meta), recoveryKey, next);
	await meta.put(KEYRING, keyring);
	return key;
}

export async function loadSettings(meta: MetaStore): Promise<Settings> {
	const parsed = settingsSchema.safeParse((await meta.get(SETTINGS)) ?? {});
	return parsed.success ? parsed.data : defaultSettings();
}

export async function saveSettings(meta: MetaStore, settings: Settings): Promise<void> {
	await meta.put(SETTINGS, settingsSchema.parse(settings));
}

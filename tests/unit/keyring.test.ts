import { describe, expect, it } from 'vitest';
import { PBKDF2_ITERATIONS } from '$lib/storage/crypto';
import { metaStore, VeivalgDb } from '$lib/storage/db';
import { passphraseIssue } from '$lib/domain/lock/passphrase';
import { WrongSecretError } from '$lib/storage/keyring';
import { changeKeyPassphrase, loadKeyring, recoverKey, setupKeys, unlockKey } from '$lib/storage/keystore';
import { Vault } from '$lib/storage/vault';
import { newClient } from '$lib/domain/client/client';

const PASS = 'korrekt hest batteri stift';
let n = 0;
const freshDb = () => new VeivalgDb(`keyring-test-${n++}`);
const setupVault = async (db: VeivalgDb, pass: string) => {
	const { key, recoveryKey } = await setupKeys(metaStore(db), pass);
	return { vault: new Vault(db, key), recoveryKey };
};
const unlockVault = async (db: VeivalgDb, pass: string) => new Vault(db, await unlockKey(metaStore(db), pass));
const changeVaultPassphrase = async (db: VeivalgDb, a: string, b: string) =>
	new Vault(db, await changeKeyPassphrase(metaStore(db), a, b));
const recoverVault = async (db: VeivalgDb, k: string, p: string) =>
	new Vault(db, await recoverKey(metaStore(db), k, p));

describe('keyring', () => {
	it('derives keys with at least 600,000 PBKDF2 iterations', async () => {
		const db = freshDb();
		await setupVault(db, PASS);
		const keyring = await loadKeyring(metaStore(db));
		expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
		expect(keyring?.passphrase.iterations).toBeGreaterThanOrEqual(600_000);
		expect(keyring?.recovery.iterations).toBeGreaterThanOrEqual(600_000);
	});

	it('unlocks with the right passphrase and reads what was written', async () => {
		const db = freshDb();
		const { vault } = await setupVault(db, PASS);
		const client = newClient('Łukasz Wróbel');
		await vault.put('client', client);
		const reopened = await unlockVault(db, PASS);
		expect((await reopened.get('client', client.id))?.name).toBe('Łukasz Wróbel');
	});

	it('rejects a wrong passphrase cleanly', async () => {
		const db = freshDb();
		await setupVault(db, PASS);
		await expect(unlockVault(db, 'feil passordfrase')).rejects.toBeInstanceOf(WrongSecretError);
	});

	it('changes the passphrase without touching the records', async () => {
		const db = freshDb();
		const { vault } = await setupVault(db, PASS);
		const client = newClient('Олена Коваленко');
		await vault.put('client', client);
		const before = await db.records.get(client.id);
		await changeVaultPassphrase(db, PASS, 'en helt ny passordfrase');
		await expect(unlockVault(db, PASS)).rejects.toBeInstanceOf(WrongSecretError);
		const reopened = await unlockVault(db, 'en helt ny passordfrase');
		expect((await reopened.get('client', client.id))?.name).toBe('Олена Коваленко');
		expect(await db.records.get(client.id)).toEqual(before);
	});

	it('refuses to change the passphrase when the current one is wrong', async () => {
		const db = freshDb();
		await setupVault(db, PASS);
		await expect(changeVaultPassphrase(db, 'gjettet feil', 'ny passordfrase her')).rejects.toBeInstanceOf(
			WrongSecretError
		);
		await expect(unlockVault(db, PASS)).resolves.toBeTruthy();
	});

	it('recovers with the recovery key and sets a new passphrase', async () => {
		const db = freshDb();
		const { vault, recoveryKey } = await setupVault(db, PASS);
		const client = newClient('Kari');
		await vault.put('client', client);
		await expect(
			recoverVault(db, 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH', 'ny passordfrase her')
		).rejects.toBeInstanceOf(WrongSecretError);
		const recovered = await recoverVault(db, recoveryKey.toLowerCase(), 'ny passordfrase her');
		expect((await recovered.get('client', client.id))?.name).toBe('Kari');
		await expect(unlockVault(db, 'ny passordfrase her')).resolves.toBeTruthy();
	});

	it('asks for a passphrase of at least 10 characters, typed twice alike', () => {
		expect(passphraseIssue('kort')).toBe('lock.errors.tooShort');
		expect(passphraseIssue('lang nok frase', 'lang nok frasE')).toBe('lock.errors.mismatch');
		expect(passphraseIssue('lang nok frase', 'lang nok frase')).toBeNull();
	});

	it('refuses a stored keyring whose iteration count is out of bounds (1 or 2³¹−1): it reads as damaged, not as a key', async () => {
		const db = new VeivalgDb(`bounds-${Math.random()}`);
		const meta = metaStore(db);
		await setupKeys(meta, 'korrekt hest batteri stift');
		const stored = (await meta.get('keyring')) as { passphrase: { iterations: number } };
		for (const iterations of [1, 2 ** 31 - 1]) {
			await meta.put('keyring', { ...stored, passphrase: { ...stored.passphrase, iterations } });
			await expect(loadKeyring(meta)).rejects.toBeTruthy();
		}
	});
});

describe('a new recovery key', () => {
	it('comes with a new data key: the old key opens old backups only, never the laptop or a new backup', async () => {
		const { rotateKeys } = await import('$lib/storage/keyring');
		const { createBackup, readBackup } = await import('$lib/storage/backup');
		const { fromBase64 } = await import('$lib/storage/base64');
		const { open, normaliseRecoveryKey } = await import('$lib/storage/crypto');
		const db = freshDb();
		const { vault, recoveryKey: oldKey } = await setupVault(db, PASS);
		const client = newClient('Kari Nordmann');
		await vault.put('client', client);
		await vault.putSealed('published:2026-K1', { code: '2026-K1' });
		const before = await loadKeyring(metaStore(db));
		const oldBackup = (await createBackup(vault, PASS, new Date(), before!.recovery)).content;

		// A wrong passphrase changes nothing.
		await expect(rotateKeys(before!, 'feil passordfrase')).rejects.toBeInstanceOf(WrongSecretError);
		const next = await rotateKeys(before!, PASS);
		expect(next.recoveryKey).not.toBe(oldKey);
		expect(await vault.resealUnder(next.key, { key: 'keyring', value: next.keyring })).toEqual({
			resealed: 1,
			unreadable: 0
		});

		// The laptop: the passphrase opens it, every record and sealed value reads under the new key, the old one opens nothing.
		const after = await unlockVault(db, PASS);
		expect((await after.get('client', client.id))!.name).toBe('Kari Nordmann');
		expect((await after.listSealed('published:')).values).toEqual([{ code: '2026-K1' }]);
		expect((await vault.loadClient(client.id)).damaged).toHaveLength(1);
		await expect(recoverVault(db, oldKey, 'en helt ny passordfrase')).rejects.toBeInstanceOf(WrongSecretError);

		// Backups: the old one still opens with the old key (it carries its own wraps); a new one does not.
		expect((await readBackup(oldBackup, oldKey)).records).toHaveLength(1);
		const keyring = await loadKeyring(metaStore(db));
		const newBackup = (await createBackup(after, PASS, new Date(), keyring!.recovery)).content;
		await expect(readBackup(newBackup, oldKey)).rejects.toMatchObject({ code: 'wrongPassphrase' });
		expect((await readBackup(newBackup, next.recoveryKey)).records).toHaveLength(1);
		// Nor does the old data key (which the old key and an old backup give) open the new backup's key.
		const oldData = await (
			await import('$lib/storage/keyring')
		).dataKeyFromRecovery(normaliseRecoveryKey(oldKey), before!.recovery);
		const sealed = fromBase64(JSON.parse(newBackup).keys.dataKey);
		await expect(
			open(oldData, { iv: sealed.slice(0, 12), ct: sealed.slice(12).buffer }, 'veivalg-backup-key')
		).rejects.toThrow();
	});
});

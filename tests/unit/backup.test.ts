import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newClient } from '$lib/domain/client/client';
import { newMapping } from '$lib/domain/mapping/mapping';
import { newSession } from '$lib/domain/client/session';
import { newConsent, recordConsent, sharedSections, withdrawConsent } from '$lib/domain/exploring/consent';
import {
	BACKUP_VERSION,
	BackupError,
	createBackup,
	importBackup,
	readBackup,
	restoreBackup,
	type KeyCache
} from '$lib/storage/backup';
import { importDataKey, MIN_ITERATIONS, randomBytes } from '$lib/storage/crypto';
import { createKeyring } from '$lib/storage/keyring';
import { VeivalgDb } from '$lib/storage/db';
import { Vault } from '$lib/storage/vault';

const PASS = 'korrekt hest batteri stift';
let n = 0;
async function freshVault() {
	return new Vault(new VeivalgDb(`backup-test-${n++}`), await importDataKey(randomBytes(32)));
}

async function filledVault() {
	const vault = await freshVault();
	const a = { ...newClient('Áila Niillasdóttir Čoarvi'), navOffice: 'Nav Kautokeino' };
	const b = newClient('Łukasz Wróbel');
	const m = newMapping(a.id);
	m.goals.dreams = 'Eget firma';
	await vault.put('client', a);
	await vault.put('client', b);
	await vault.put('session', { ...newSession(a.id, '2026-11-01'), note: 'Første samtale' });
	await vault.put('mapping', m);
	return { vault, a, b };
}

/** The whole database as comparable plain data (ciphertexts included). */
async function snapshot(vault: Vault) {
	const rows = await vault.db.records.orderBy('id').toArray();
	return JSON.stringify(
		rows.map((r) => ({ ...r, iv: Buffer.from(r.iv).toString('hex'), ct: Buffer.from(r.ct).toString('hex') }))
	);
}

describe('backup and restore', () => {
	it('restores everything on another laptop (another data key)', async () => {
		const { vault, a } = await filledVault();
		const file = (await createBackup(vault, PASS)).content;
		expect(file).not.toContain('Áila');
		expect(file).not.toContain('Kautokeino');
		const other = await freshVault();
		const report = await restoreBackup(other, await readBackup(file, PASS), 'replace');
		expect(report).toMatchObject({ added: 4, updated: 0, skipped: 0, removed: 0 });
		expect((await other.get('client', a.id))?.navOffice).toBe('Nav Kautokeino');
		expect((await other.get('mapping', `${a.id}/mapping`))?.goals.dreams).toBe('Eget firma');
	});

	it('merges: adds what is new, updates what is newer, skips what is older, and says so', async () => {
		const { vault, a, b } = await filledVault();
		const file = (await createBackup(vault, PASS)).content;
		const target = await freshVault();
		const c = newClient('Kari Nordmann');
		await target.put('client', c);
		await target.put('client', { ...a, name: 'Áila (older)', updatedAt: '2020-01-01T00:00:00.000Z' });
		await target.put('client', { ...b, name: 'Łukasz (newer here)', updatedAt: '2999-01-01T00:00:00.000Z' });
		const report = await restoreBackup(target, await readBackup(file, PASS), 'merge');
		expect(report).toMatchObject({ added: 2, updated: 1, skipped: 1, removed: 0 });
		expect(report.clients).toEqual({ added: [], updated: ['Áila Niillasdóttir Čoarvi'], skipped: ['Łukasz Wróbel'] });
		expect((await target.get('client', b.id))?.name).toBe('Łukasz (newer here)');
		expect(await target.get('client', c.id)).toBeTruthy();
	});

	it('replace removes what the backup does not have', async () => {
		const { vault } = await filledVault();
		const file = (await createBackup(vault, PASS)).content;
		const target = await freshVault();
		await target.put('client', newClient('Slettes'));
		const report = await restoreBackup(target, await readBackup(file, PASS), 'replace');
		expect(report.removed).toBe(1);
		expect(await target.db.records.count()).toBe(4);
	});

	it('an erasure travels: two backups restored in either order never bring a deleted client back', async () => {
		const { vault, a, b } = await filledVault();
		const before = (await createBackup(vault, PASS)).content;
		await vault.deleteClient(a.id);
		const after = (await createBackup(vault, PASS)).content;
		for (const order of [
			[after, before],
			[before, after]
		]) {
			const laptop = await freshVault();
			await importBackup(laptop, order[0]!, PASS, 'replace');
			const second = await importBackup(laptop, order[1]!, PASS, 'merge');
			expect(await laptop.get('client', a.id)).toBeUndefined();
			expect(await laptop.get('mapping', `${a.id}/mapping`)).toBeUndefined();
			expect(await laptop.db.records.where('clientId').equals(a.id).count()).toBe(0);
			expect(await laptop.get('client', b.id)).toBeDefined();
			expect((await laptop.erasedClients()).has(a.id)).toBe(true);
			// Older file second: its records of the deleted client are kept out; newer file second: they are deleted here.
			if (order[0] === after) expect(second.erased).toBeGreaterThan(0);
			else expect(second.erasedHere).toBe(1);
		}
	});

	it('a withdrawal made after the backup survives restoring that backup, in replace and in merge', async () => {
		for (const mode of ['replace', 'merge'] as const) {
			const { vault, a } = await filledVault();
			const shared = recordConsent(
				newConsent(a.id),
				'navSummary',
				['education', 'health'],
				new Date('2026-11-01T10:00:00Z')
			);
			await vault.put('consent', shared);
			const file = (await createBackup(vault, PASS)).content;
			await vault.put('consent', withdrawConsent(shared, 'navSummary', new Date('2026-11-20T10:00:00Z')));
			await importBackup(vault, file, PASS, mode);
			const consent = (await vault.get('consent', shared.id))!;
			expect(sharedSections(consent, 'navSummary').size).toBe(0);
			expect(consent.entries).toHaveLength(2);
		}
	});

	it('the recovery key opens a backup made with a passphrase since forgotten; another key does not', async () => {
		// The laptop's own keyring: its data key seals the records and the backup's key.
		const { keyring, recoveryKey, key } = await createKeyring(PASS, MIN_ITERATIONS);
		const vault = new Vault(new VeivalgDb(`backup-test-${n++}`), key);
		const a = { ...newClient('Áila'), navOffice: 'Nav Kautokeino' };
		await vault.put('client', a);
		const file = (await createBackup(vault, PASS, new Date(), keyring.recovery)).content;
		expect(file).not.toContain(recoveryKey);
		const other = await freshVault();
		// As a counsellor types it: lower case, spaces for dashes.
		await importBackup(other, file, recoveryKey.toLowerCase().replace(/-/g, ' '), 'replace');
		expect((await other.get('client', a.id))?.navOffice).toBe('Nav Kautokeino');
		const wrong = (await createKeyring('noe annet helt', MIN_ITERATIONS)).recoveryKey;
		await expect(readBackup(file, wrong)).rejects.toMatchObject({ code: 'wrongPassphrase' });
		// Without the recovery part (an older file), the key is not tried.
		const plain = (await createBackup(vault, PASS)).content;
		await expect(readBackup(plain, recoveryKey)).rejects.toMatchObject({ code: 'wrongPassphrase' });
	});

	it('tells how far a restore has come, batch by batch, up to every record it writes', async () => {
		const vault = await freshVault();
		const many = Array.from({ length: 600 }, (_, i) => ({
			kind: 'client' as const,
			data: { ...newClient(`Veisøker ${i}`), id: crypto.randomUUID() }
		}));
		const steps: [number, number][] = [];
		const report = await restoreBackup(vault, { records: many, damaged: [] }, 'merge', [], false, (done, total) =>
			steps.push([done, total])
		);
		expect(report.added).toBe(600);
		expect(steps.at(-1)).toEqual([600, 600]);
		expect(steps.length).toBeGreaterThan(1);
		expect(steps.every(([done], i) => i === 0 || done > steps[i - 1]![0])).toBe(true);
		expect((await vault.list('client')).length).toBe(600);
	});

	it('says clearly what is wrong: another passphrase, not a backup, a newer version, damage', async () => {
		const { vault } = await filledVault();
		const file = (await createBackup(vault, PASS)).content;
		const code = (p: Promise<unknown>) =>
			p.then(
				() => 'ok',
				(e: unknown) => (e instanceof BackupError ? e.code : String(e))
			);
		expect(await code(readBackup(file, 'en annen passordfrase'))).toBe('wrongPassphrase');
		expect(await code(readBackup('{"hello":"world"}', PASS))).toBe('notBackup');
		expect(await code(readBackup(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), PASS))).toBe('notBackup');
		expect(await code(readBackup(JSON.stringify({ ...JSON.parse(file), version: BACKUP_VERSION + 1 }), PASS))).toBe(
			'newerVersion'
		);
		const damaged = JSON.parse(file);
		damaged.ciphertext =
			damaged.ciphertext.slice(0, 40) + (damaged.ciphertext[40] === 'A' ? 'B' : 'A') + damaged.ciphertext.slice(41);
		expect(await code(readBackup(JSON.stringify(damaged), PASS))).toBe('damaged');
		// Cut off halfway (a download that stopped): still recognisably Veivalg's, so «damaged», not «not a backup».
		expect(await code(readBackup(file.slice(0, file.length / 2), PASS))).toBe('damaged');
		expect(new BackupError('damaged').key).toBe('backup.errors.damaged');
	});

	it('refuses a file whose key derivation would take hours', async () => {
		const { vault } = await filledVault();
		const file = JSON.parse((await createBackup(vault, PASS)).content);
		file.kdf.iterations = 2_000_000_000;
		await expect(readBackup(JSON.stringify(file), PASS)).rejects.toMatchObject({ code: 'damaged' });
	});
});

describe('backup import fuzzing', () => {
	it('1,000 mutated backups: each imports correctly or is rejected with a clear error, database unchanged', async () => {
		const { vault } = await filledVault();
		const file = (await createBackup(vault, PASS)).content;
		// The target already holds this backup plus a client of its own, so a correct merge changes nothing.
		const target = await freshVault();
		await target.put('client', newClient('Eksisterende veisøker'));
		await importBackup(target, file, PASS, 'replace');
		await target.put('client', newClient('Eksisterende veisøker'));
		const before = await snapshot(target);
		const cache: KeyCache = new Map();
		const bytes = new TextEncoder().encode(file);
		const parsed = JSON.parse(file) as Record<string, unknown>;

		const byteMutation = fc
			.array(fc.record({ at: fc.nat({ max: bytes.length - 1 }), value: fc.integer({ min: 0, max: 255 }) }), {
				minLength: 1,
				maxLength: 4
			})
			.map((edits) => {
				const copy = bytes.slice();
				for (const e of edits) copy[e.at] = e.value;
				return copy as Uint8Array;
			});
		const truncation = fc.nat({ max: bytes.length - 1 }).map((len) => bytes.slice(0, len) as Uint8Array);
		const insertion = fc
			.tuple(fc.nat({ max: bytes.length }), fc.uint8Array({ minLength: 1, maxLength: 16 }))
			.map(([at, extra]) => {
				const out = new Uint8Array(bytes.length + extra.length);
				out.set(bytes.subarray(0, at));
				out.set(extra, at);
				out.set(bytes.subarray(at), at + extra.length);
				return out as Uint8Array;
			});
		const fieldMutation = fc
			.tuple(fc.constantFrom(...Object.keys(parsed), 'kdf.iterations', 'kdf.salt', 'kdf.name'), fc.jsonValue())
			.map(([field, value]) => {
				const copy = structuredClone(parsed) as Record<string, Record<string, unknown>>;
				if (field.startsWith('kdf.')) copy.kdf![field.slice(4)] = value;
				else (copy as Record<string, unknown>)[field] = value;
				return JSON.stringify(copy);
			});
		const fieldRemoval = fc.constantFrom(...Object.keys(parsed)).map((field) => {
			const copy = structuredClone(parsed);
			delete copy[field];
			return JSON.stringify(copy);
		});
		const garbage = fc.oneof(fc.string(), fc.uint8Array({ maxLength: 2000 }));

		let rejected = 0;
		let accepted = 0;
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(byteMutation, truncation, insertion, fieldMutation, fieldRemoval, garbage),
				async (mutant) => {
					let report;
					try {
						report = await importBackup(target, mutant, PASS, 'merge', cache);
					} catch (err) {
						expect(err).toBeInstanceOf(BackupError);
						expect(['notBackup', 'damaged', 'newerVersion', 'wrongPassphrase']).toContain((err as BackupError).code);
						rejected++;
						expect(await snapshot(target)).toBe(before);
						return;
					}
					// A mutation that still reads (e.g. one that only touches JSON whitespace) imports exactly the original.
					expect(report).toMatchObject({ added: 0, updated: 0, skipped: 4 });
					expect(await snapshot(target)).toBe(before);
					accepted++;
				}
			),
			{ numRuns: 1000, seed: 20261122 }
		);
		expect(rejected + accepted).toBe(1000);
		expect(rejected).toBeGreaterThan(900);
	}, 120_000);
});

describe('published statistics quarters in a backup', () => {
	const quarter = (code: string, total: number) => ({
		code,
		year: 2026,
		index: Number(code.slice(-1)),
		tables: { clients: { total } },
		made: '2026-10-05',
		fileId: 'abcdefabcdefabcd',
		rows: {}
	});

	it('travel to a laptop restored from the file, never replace one published there, and stay out of a merge', async () => {
		const { vault } = await filledVault();
		await vault.putSealed('published:2026-K3', quarter('2026-K3', 10));
		await vault.putSealed('published:2026-K2', quarter('2026-K2', 5));
		const file = (await createBackup(vault, PASS)).content;
		expect(file).not.toContain('2026-K3');

		const other = await freshVault();
		await other.putSealed('published:2026-K2', quarter('2026-K2', 20));
		await restoreBackup(other, await readBackup(file, PASS), 'replace');
		const codes = async (v: Vault) =>
			Object.fromEntries(
				((await v.listSealed('published:')).values as ReturnType<typeof quarter>[]).map((q) => [
					q.code,
					q.tables.clients.total
				])
			);
		// K3 arrives; K2 stays as it was published here.
		expect(await codes(other)).toEqual({ '2026-K2': 20, '2026-K3': 10 });

		const merged = await freshVault();
		await restoreBackup(merged, await readBackup(file, PASS), 'merge');
		expect(await codes(merged)).toEqual({});
	});
});

describe('the preview of a restore', () => {
	it('says what a merge and a replace would do, writes nothing, and matches what the restore then does', async () => {
		for (const mode of ['merge', 'replace'] as const) {
			const { vault } = await filledVault();
			const file = await readBackup((await createBackup(vault, PASS)).content, PASS);
			const here = await freshVault();
			const own = newClient('Nora Dahl');
			await here.put('client', own);
			const before = await here.db.records.toArray();
			const preview = await restoreBackup(here, file, mode, [], true);
			expect(await here.db.records.toArray()).toEqual(before);
			expect(preview.clients.added.toSorted()).toEqual(['Áila Niillasdóttir Čoarvi', 'Łukasz Wróbel'].toSorted());
			expect(preview.removed).toBe(mode === 'replace' ? 1 : 0);
			expect(await restoreBackup(here, file, mode)).toEqual(preview);
		}
	});
});

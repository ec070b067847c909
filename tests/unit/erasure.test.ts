import { describe, expect, it } from 'vitest';
import { newClient } from '$lib/domain/client/client';
import { newConsent, recordConsent, withdrawConsent } from '$lib/domain/exploring/consent';
import { newMapping } from '$lib/domain/mapping/mapping';
import { newSession } from '$lib/domain/client/session';
import { BackupError, createBackup, encodeBackup, importBackup } from '$lib/storage/backup';
import { inflateLimit } from '$lib/storage/gzip';
import { importDataKey, randomBytes } from '$lib/storage/crypto';
import { VeivalgDb } from '$lib/storage/db';
import { Vault, WriteConflictError } from '$lib/storage/vault';

/** Nothing erased comes back, no withdrawal is lost, and a stale copy never overwrites a newer one. */

const PASS = 'korrekt hest batteri stift';
let n = 0;
async function freshVault() {
	return new Vault(new VeivalgDb(`erasure-test-${n++}`), await importDataKey(randomBytes(32)));
}
const later = (iso: string, ms = 1000) => new Date(Date.parse(iso) + ms).toISOString();

describe('checked writes (a stale tab)', () => {
	it('refuses to write over a version this editor did not start from', async () => {
		const vault = await freshVault();
		const client = newClient('Kari');
		await vault.put('client', client);
		// Another tab saved meanwhile.
		const other = { ...client, navOffice: 'Nav Bærum', updatedAt: later(client.updatedAt) };
		await vault.putChecked('client', other, client.updatedAt);
		const stale = { ...client, name: 'Kari (gammel fane)', updatedAt: later(client.updatedAt, 2000) };
		await expect(vault.putChecked('client', stale, client.updatedAt)).rejects.toMatchObject({
			code: 'conflict',
			reason: 'changed'
		});
		expect((await vault.get('client', client.id))!.navOffice).toBe('Nav Bærum');
	});

	it('refuses to bring a deleted client back, through the profile or any module', async () => {
		const vault = await freshVault();
		const client = newClient('Ola');
		const mapping = newMapping(client.id);
		await vault.put('client', client);
		await vault.put('mapping', mapping);
		await vault.deleteClient(client.id);
		const write = (p: Promise<void>) => p.catch((e: WriteConflictError) => e.reason);
		expect(
			await write(vault.putChecked('client', { ...client, updatedAt: later(client.updatedAt) }, client.updatedAt))
		).toBe('erased');
		expect(
			await write(vault.putChecked('mapping', { ...mapping, updatedAt: later(mapping.updatedAt) }, mapping.updatedAt))
		).toBe('erased');
		// A module never stored before is refused too (the client is gone).
		expect(await write(vault.putChecked('session', newSession(client.id, '2026-11-22'), null))).toBe('erased');
		// And so is a plain write – a new session, a restore's stray record: every write reads the tombstone.
		expect(await write(vault.put('session', newSession(client.id, '2026-11-22')))).toBe('erased');
		expect(await write(vault.put('client', client))).toBe('erased');
		expect(await vault.db.records.count()).toBe(0);
	});

	it('a record another tab created first is not overwritten by a blank one', async () => {
		const vault = await freshVault();
		const client = newClient('Sara');
		await vault.put('client', client);
		const theirs = { ...newMapping(client.id), goals: { dreams: 'Fra den andre fanen', goals: '' } };
		await vault.put('mapping', theirs);
		await expect(vault.putChecked('mapping', newMapping(client.id), null)).rejects.toMatchObject({ reason: 'changed' });
		expect((await vault.get('mapping', theirs.id))!.goals.dreams).toBe('Fra den andre fanen');
	});
});

describe('restoring a backup', () => {
	it('an older backup never brings back a client deleted here, in merge or replace', async () => {
		for (const mode of ['merge', 'replace'] as const) {
			const vault = await freshVault();
			const gone = newClient('Slettet Veisøker');
			const kept = newClient('Beholdt Veisøker');
			await vault.put('client', gone);
			await vault.put('client', kept);
			await vault.put('session', newSession(gone.id, '2026-10-01'));
			const { content } = await createBackup(vault, PASS);
			await vault.deleteClient(gone.id);
			const report = await importBackup(vault, content, PASS, mode);
			expect(report.erased, mode).toBe(2);
			expect(report.clients.added, mode).toEqual([]);
			expect(
				(await vault.list('client')).map((c) => c.name),
				mode
			).toEqual(['Beholdt Veisøker']);
			expect(await vault.db.records.where('clientId').equals(gone.id).count(), mode).toBe(0);
		}
	});

	it('a withdrawal made here survives merging an older or a newer backup: consent logs are united entry by entry', async () => {
		const vault = await freshVault();
		const client = newClient('Nora');
		await vault.put('client', client);
		const given = recordConsent(newConsent(client.id), 'navSummary', ['experience'], new Date('2026-11-01T10:00:00Z'));
		await vault.put('consent', given);
		const { content: older } = await createBackup(vault, PASS);
		const withdrawn = {
			...withdrawConsent(given, 'navSummary', new Date('2026-11-10T10:00:00Z')),
			updatedAt: '2026-11-10T10:00:00.000Z'
		};
		await vault.put('consent', withdrawn);
		// The older file's consent: only the grant. Merging must not lose the withdrawal.
		await importBackup(vault, older, PASS, 'merge');
		let stored = (await vault.get('consent', given.id))!;
		expect(stored.entries.map((e) => e.withdrawn)).toEqual([false, true]);
		// A newer file from another laptop with another entry: both kept, in time order.
		const elsewhere = recordConsent(given, 'plan', ['goals'], new Date('2026-11-05T10:00:00Z'));
		const file = await encodeBackup(
			[{ kind: 'consent', data: { ...elsewhere, updatedAt: '2026-11-20T10:00:00.000Z' } as never }],
			PASS
		);
		await importBackup(vault, file, PASS, 'merge');
		stored = (await vault.get('consent', given.id))!;
		expect(stored.entries.map((e) => `${e.purpose}:${e.withdrawn}`)).toEqual([
			'navSummary:false',
			'plan:false',
			'navSummary:true'
		]);
	});

	it('a record of another kind with an existing id is left alone; newer means later in time, not in string order', async () => {
		const vault = await freshVault();
		const client = newClient('Emil');
		await vault.put('client', { ...client, navOffice: 'Her', updatedAt: '2026-11-22T10:00:00.000Z' });
		const clash = { ...newSession(client.id, '2026-11-01'), id: client.id };
		// "+01:00" sorts after "Z" as a string, but 09:30+01:00 is 08:30Z: older than what is here.
		const older = { ...client, navOffice: 'Fra fila', updatedAt: '2026-11-22T09:30:00.000+01:00' };
		const file = await encodeBackup(
			[
				{ kind: 'session', data: clash as never },
				{ kind: 'client', data: older as never }
			],
			PASS
		);
		const report = await importBackup(vault, file, PASS, 'merge');
		expect(report.conflicts).toBe(1);
		expect(report.skipped).toBe(1);
		expect((await vault.get('client', client.id))!.navOffice).toBe('Her');
	});

	it('a file that inflates far beyond any backup (a gzip bomb) is refused before it is parsed', async () => {
		const vault = await freshVault();
		const bomb = await encodeBackup(
			[{ kind: 'client', data: { ...newClient('x'), address: 'a'.repeat(40 * 2 ** 20) } as never }],
			PASS
		);
		expect(bomb.length).toBeLessThan(inflateLimit(bomb.length) / 100);
		await expect(importBackup(vault, bomb, PASS, 'merge')).rejects.toEqual(new BackupError('tooLarge'));
		expect(await vault.db.records.count()).toBe(0);
	});
});

describe('unreadable rows in a backup', () => {
	it('are carried as they were stored, counted, and put back where nothing has their id', async () => {
		const key = await importDataKey(randomBytes(32));
		const vault = new Vault(new VeivalgDb(`erasure-test-${n++}`), key);
		const client = newClient('Ingrid');
		const mapping = newMapping(client.id);
		await vault.put('client', client);
		await vault.put('mapping', mapping);
		const row = (await vault.raw(mapping.id))!;
		const bytes = new Uint8Array(row.ct.slice(0));
		bytes[4]! ^= 1;
		await vault.db.records.put({ ...row, ct: bytes.buffer });
		const { content, skipped } = await createBackup(vault, PASS);
		expect(skipped).toBe(1);
		// The same laptop after its browser data was wiped: same key, empty database.
		const wiped = new Vault(new VeivalgDb(`erasure-test-${n++}`), key);
		const report = await importBackup(wiped, content, PASS, 'merge');
		expect(report.added).toBe(1);
		expect(report.damaged).toBe(1);
		const back = (await wiped.raw(mapping.id))!;
		expect(new Uint8Array(back.ct)).toEqual(bytes);
		const { damaged } = await wiped.loadClient(client.id);
		expect(damaged.map((d) => [d.kind, d.reason])).toEqual([['mapping', 'decrypt']]);
	});
});

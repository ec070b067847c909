import { describe, expect, it, vi } from 'vitest';
import { newClient } from '$lib/domain/client/client';
import { newSession } from '$lib/domain/client/session';
import { CLIENT_INDEX } from '$lib/storage/client-index';
import { importDataKey, openJson, randomBytes, sealJson, type Sealed } from '$lib/storage/crypto';
import { VeivalgDb } from '$lib/storage/db';
import { Vault } from '$lib/storage/vault';

/**
 * The sealed client index (storage/client-index.ts): unlock reads the client list from it, and
 * what it says is what opening every row would say — a row put back, a client erased, an index put
 * back from an older copy of the database or made under another schema change nothing shown.
 */

/** The app build reading; an index made by another build has its records parsed again. */
const BUILD = 'build-1';
let n = 0;
async function laptop(count = 3) {
	const key = await importDataKey(randomBytes(32));
	const db = new VeivalgDb(`client-index-${n++}`);
	const vault = new Vault(db, key);
	await vault.bindToClients();
	const clients = Array.from({ length: count }, (_, i) => newClient(`Veisøker ${i}`));
	for (const c of clients) await vault.put('client', c);
	return { db, key, vault, clients };
}
/** Unlock as the app does it: the list, then the index stored (the app does this when idle). */
async function unlock(vault: Vault) {
	const read = await vault.listClients(BUILD);
	if (read.index) await vault.saveClientIndex(read.index);
	return read;
}
const names = (docs: { name: string }[]) => docs.map((d) => d.name).sort();
const later = (ms: number) => new Date(Date.now() + ms).toISOString();
/** What the stored index holds, opened with the key. */
async function storedIndex(db: VeivalgDb, key: CryptoKey) {
	const row = await db.meta.get(CLIENT_INDEX);
	return row ? ((await openJson(key, row.value as Sealed, `meta:${CLIENT_INDEX}`)) as { entries: unknown[][] }) : null;
}

describe('the client list at unlock', () => {
	it('reads what opening every row reads, and the second time opens none of them', async () => {
		const { vault } = await laptop(5);
		const first = await unlock(vault);
		expect(first.index?.entries).toHaveLength(5);
		const opened = vi.spyOn(vault, 'openRows');
		const second = await vault.listClients(BUILD);
		expect(second.docs).toEqual((await vault.listSafe('client')).docs);
		expect(opened.mock.calls[0]![0].rows).toHaveLength(0);
		// Nothing changed: the stored index is current and is not written again.
		expect(second.index).toBeNull();
	});

	it('a client written since is opened anew and shown as written; the rest come from the index', async () => {
		const { vault, clients } = await laptop(4);
		await unlock(vault);
		await vault.put('client', { ...clients[1]!, name: 'Nytt Navn', updatedAt: later(1000) });
		// A session changes the client's record list, not the client row: that client is opened too.
		await vault.put('session', newSession(clients[2]!.id, '2026-11-20'));
		const opened = vi.spyOn(vault, 'openRows');
		const { docs, index } = await vault.listClients(BUILD);
		expect(names(docs)).toEqual(['Nytt Navn', 'Veisøker 0', 'Veisøker 2', 'Veisøker 3']);
		expect(opened.mock.calls[0]![0].rows.map((r) => r.id).sort()).toEqual([clients[1]!.id, clients[2]!.id].sort());
		expect(index?.entries).toHaveLength(4);
	});

	it('a client row put back from an older copy is damaged, though the index holds the newer one', async () => {
		const { db, vault, clients } = await laptop(2);
		const old = await db.records.get(clients[0]!.id);
		await vault.put('client', { ...clients[0]!, name: 'Ny', updatedAt: later(1000) });
		await unlock(vault);
		await db.records.put(old!);
		const { docs, damaged } = await vault.listClients(BUILD);
		expect(names(docs)).toEqual(['Veisøker 1']);
		expect(damaged.map((d) => [d.id, d.reason])).toEqual([[clients[0]!.id, 'rolledBack']]);
	});

	it('a client row damaged in place (same write, bytes changed) is damaged, not read from the index', async () => {
		const { db, vault, clients } = await laptop(2);
		await unlock(vault);
		const row = (await db.records.get(clients[1]!.id))!;
		const ct = new Uint8Array(row.ct.slice(0));
		ct[3] = ct[3]! ^ 0xff;
		await db.records.put({ ...row, ct: ct.buffer });
		const { docs, damaged } = await vault.listClients(BUILD);
		expect(names(docs)).toEqual(['Veisøker 0']);
		expect(damaged.map((d) => [d.id, d.reason])).toEqual([[clients[1]!.id, 'decrypt']]);
	});

	it('an erasure takes the index with it, and an index put back does not bring the client back', async () => {
		const { db, key, vault, clients } = await laptop(3);
		await unlock(vault);
		const copy = await db.meta.get(CLIENT_INDEX);
		await vault.deleteClient(clients[0]!.id);
		expect(await db.meta.get(CLIENT_INDEX)).toBeUndefined();
		// An attacker with the raw database puts the old index (and the old rows) back.
		await db.meta.put(copy!);
		const { docs } = await unlock(vault);
		expect(names(docs)).toEqual(['Veisøker 1', 'Veisøker 2']);
		// The index written now names only the clients there are.
		expect((await storedIndex(db, key))!.entries.map((e) => e[0]).sort()).toEqual(
			[clients[1]!.id, clients[2]!.id].sort()
		);
	});

	it('a client erased between the read and the store is left out of the stored index', async () => {
		const { db, key, vault, clients } = await laptop(3);
		const { index } = await vault.listClients(BUILD);
		await vault.deleteClient(clients[2]!.id);
		expect(await vault.saveClientIndex(index!)).toBe(2);
		const stored = JSON.stringify((await storedIndex(db, key))!.entries);
		expect(stored).not.toContain('Veisøker 2');
		expect(stored).toContain('Veisøker 1');
	});

	it('an index of another schema version, or one that does not open, is not read', async () => {
		const { db, key, vault, clients } = await laptop(2);
		await unlock(vault);
		const stored = (await storedIndex(db, key))!;
		// Every entry claims another name; made for version 99, it is never believed.
		const forged = stored.entries.map(([id, row, list, doc]) => [id, row, list, { ...(doc as object), name: 'X' }]);
		await db.meta.put({
			key: CLIENT_INDEX,
			value: await sealJson(key, { v: 99, entries: forged }, `meta:${CLIENT_INDEX}`)
		});
		expect(names((await vault.listClients(BUILD)).docs)).toEqual(['Veisøker 0', 'Veisøker 1']);
		// Sealed under another key (or damaged): opened the long way, nothing lost.
		const other = await importDataKey(randomBytes(32));
		await db.meta.put({ key: CLIENT_INDEX, value: await sealJson(other, stored, `meta:${CLIENT_INDEX}`) });
		const { docs, index } = await vault.listClients(BUILD);
		expect(docs.map((d) => d.id).sort()).toEqual(clients.map((c) => c.id).sort());
		expect(index?.entries).toHaveLength(2);
	});

	it('an index made by another build has its records checked against this build’s schema', async () => {
		const { db, key, vault } = await laptop(2);
		await unlock(vault);
		const stored = (await storedIndex(db, key))!;
		// A record this build's schema refuses (a name that is not text) is opened from its row instead.
		const older = stored.entries.map(([id, row, list, doc], i) => [
			id,
			row,
			list,
			i ? doc : { ...(doc as object), name: 7 }
		]);
		const seal = (build: string) =>
			sealJson(key, { v: 1, build, entries: older }, `meta:${CLIENT_INDEX}`).then((value) =>
				db.meta.put({ key: CLIENT_INDEX, value })
			);
		await seal('build-0');
		const opened = vi.spyOn(vault, 'openRows');
		const { docs, index } = await vault.listClients(BUILD);
		expect(names(docs)).toEqual(['Veisøker 0', 'Veisøker 1']);
		expect(opened.mock.calls[0]![0].rows).toHaveLength(1);
		expect(index?.build).toBe(BUILD);
	});

	it('a new data key leaves no index sealed under the old one', async () => {
		const { db, vault } = await laptop(2);
		await unlock(vault);
		await vault.resealUnder(await importDataKey(randomBytes(32)), { key: 'keyring', value: {} });
		expect(await db.meta.get(CLIENT_INDEX)).toBeUndefined();
	});
});

describe('Statistikk’s stored facts', () => {
	const facts = (n: number) => ({ sessions: Array.from({ length: n }, () => ({ kind: 'individual' })), unreadable: 0 });

	it('are read back while the client’s record list stands, and not once any record of theirs is written', async () => {
		const { vault, clients } = await laptop(3);
		const writes = await vault.listWrites();
		const entries = clients.map((c, i) => [c.id, writes.get(c.id)!, facts(i)] as [string, string, unknown]);
		expect(await vault.saveStatisticsFacts({ build: BUILD, entries })).toBe(3);
		expect([...(await vault.statisticsFacts(BUILD)).values()].map((f) => f.facts)).toEqual([0, 1, 2].map(facts));
		// A session written for one client: that client's facts are no longer believed.
		await vault.put('session', newSession(clients[1]!.id, '2026-11-20'));
		expect([...(await vault.statisticsFacts(BUILD)).keys()].sort()).toEqual([clients[0]!.id, clients[2]!.id].sort());
		// Made by another build: none are read.
		expect((await vault.statisticsFacts('build-0')).size).toBe(0);
	});

	it('go with an erasure, and a client erased before they are stored is left out', async () => {
		const { db, key, vault, clients } = await laptop(3);
		const writes = await vault.listWrites();
		const entries = clients.map((c) => [c.id, writes.get(c.id)!, facts(1)] as [string, string, unknown]);
		await vault.saveStatisticsFacts({ build: BUILD, entries });
		await vault.deleteClient(clients[0]!.id);
		expect(await db.meta.get('statisticsFacts')).toBeUndefined();
		expect(await vault.saveStatisticsFacts({ build: BUILD, entries })).toBe(2);
		const row = await db.meta.get('statisticsFacts');
		const stored = (await openJson(key, row!.value as Sealed, 'meta:statisticsFacts')) as { entries: string[][] };
		expect(stored.entries.map((e) => e[0]).sort()).toEqual([clients[1]!.id, clients[2]!.id].sort());
	});
});

import { describe, expect, it } from 'vitest';
import { newClient, type Client } from '$lib/domain/client/client';
import { newSession } from '$lib/domain/client/session';
import {
	alteredEntries,
	newConsent,
	recordConsent,
	withdrawConsent,
	type Consent
} from '$lib/domain/exploring/consent';
import { newExploration } from '$lib/domain/exploring/exploration';
import {
	CODE_BITS,
	countsHere,
	heldHere,
	newHandoverCode,
	readCode,
	type Counsellor
} from '$lib/domain/handover/handover';
import { newMapping } from '$lib/domain/mapping/mapping';
import { newPlan } from '$lib/domain/plan/plan';
import { anonRow } from '$lib/domain/statistics/anon-row';
import { PUBLISHED_PREFIX, publishQuarter, readPublished, type PublishedQuarter } from '$lib/domain/statistics/ledger';
import { sumTables, type FixedPeriod, type Tables } from '$lib/domain/statistics/published';
import { BackupError, createBackup, importBackup, readBackup } from '$lib/storage/backup';
import { importDataKey, randomBytes } from '$lib/storage/crypto';
import { VeivalgDb } from '$lib/storage/db';
import {
	createHandover,
	finishHandover,
	handoverLog,
	HANDOVER_VERSION,
	HandoverError,
	planReceipt,
	readHandover,
	receiveHandover
} from '$lib/storage/handover';
import { Vault } from '$lib/storage/vault';

/** A client's file moves to a colleague's laptop whole, once, and is counted once. */

let n = 0;
const freshVault = async () => new Vault(new VeivalgDb(`handover-test-${n++}`), await importDataKey(randomBytes(32)));
const A: Counsellor = { name: 'Anne Rådgiver', office: 'Karrieresenteret Sandnes' };
const B: Counsellor = { name: 'Bjørn Veileder', office: 'Karrieresenteret Stavanger' };
const PASS = 'korrekt hest batteri stift';

/** A full client: all three modules, consent given and withdrawn, three sessions, a follow-up. */
async function fullClient(vault: Vault, name = 'Kari Nordmann', start = '2026-01-12') {
	const t0 = new Date(`${start}T09:00:00Z`);
	const client: Client = {
		...newClient(name, t0),
		navOffice: 'Nav Sandnes',
		birthYear: 1990,
		moduleStatus: { mapping: 'done', exploring: 'done', plan: 'done' },
		moduleDoneOn: { mapping: start, exploring: start, plan: start },
		guidance: { endedOn: start, outcomes: [{ id: crypto.randomUUID(), months: 3, date: start, outcomes: ['job'] }] }
	};
	const mapping = newMapping(client.id, t0);
	mapping.goals.dreams = 'Fagbrev som tømrer';
	let consent: Consent = recordConsent(newConsent(client.id, t0), 'navSummary', ['goals'], t0);
	consent = withdrawConsent(consent, 'navSummary', new Date(t0.getTime() + 60_000));
	await vault.put('client', client);
	await vault.put('mapping', mapping);
	await vault.put('exploration', newExploration(client.id, t0));
	await vault.put('plan', newPlan(client.id, t0));
	await vault.put('consent', consent);
	for (const d of [start, start.replace(/-\d\d$/, '-19'), start.replace(/-\d\d$/, '-26')])
		await vault.put('session', { ...newSession(client.id, d, t0), note: `Samtale ${d}` });
	return client;
}

const rowsOf = async (v: Vault, clientId: string) =>
	(await v.db.records.where('clientId').equals(clientId).toArray()).length;
const code = newHandoverCode();

async function handOver(from: Vault, ids: string[], c = code, now = new Date()) {
	return createHandover(from, ids, { from: A, to: B, code: c, now });
}

describe('the one-time code', () => {
	it('is four groups of four without look-alikes, at least 78 bits, and read as typed', () => {
		const c = newHandoverCode();
		expect(c).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4}){3}$/);
		expect(c).not.toMatch(/[01ILOU]/);
		expect(CODE_BITS).toBeGreaterThan(78);
		expect(readCode(` ${c.toLowerCase().replace(/-/g, ' ')} `)).toEqual({ ok: true, code: c });
		expect(readCode(c.slice(0, 9))).toEqual({ ok: false, reason: 'length' });
		expect(readCode(`${c.slice(0, 18)}O`)).toEqual({ ok: false, reason: 'characters' });
		// Many codes: every character of the alphabet appears, none twice as often as another would by chance.
		const counts = new Map<string, number>();
		for (let i = 0; i < 600; i++)
			for (const ch of newHandoverCode().replace(/-/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
		expect(counts.size).toBe(30);
		expect(Math.max(...counts.values()) / Math.min(...counts.values())).toBeLessThan(1.6);
	});
});

describe('handing a client over', () => {
	it('moves a full client whole; the other laptop holds it and the history names both counsellors', async () => {
		const [a, b] = [await freshVault(), await freshVault()];
		const kari = await fullClient(a);
		const other = await fullClient(a, 'Ola Hansen');
		const before = await a.loadClient(kari.id);
		const out = await handOver(a, [kari.id]);
		expect(out.skipped).toBe(0);
		// Nothing changes on the handing-over laptop until delivery is confirmed.
		expect(await rowsOf(a, kari.id)).toBe(8);

		const file = await readHandover(out.content, code);
		expect(file.from).toEqual(A);
		const plan = await planReceipt(b, file);
		expect(plan.alreadyTaken).toBeNull();
		expect(plan.clients).toEqual([
			expect.objectContaining({
				name: 'Kari Nordmann',
				state: 'new',
				records: { client: 1, mapping: 1, exploration: 1, plan: 1, consent: 1, session: 3 }
			})
		]);
		const report = await receiveHandover(b, file, { me: B, now: new Date('2026-12-05T10:00:00Z') });
		expect(report.added).toBe(8);

		const there = await b.loadClient(kari.id);
		expect(there.damaged).toEqual([]);
		expect(there.records.mapping).toEqual(before.records.mapping);
		expect(there.records.consent).toEqual(before.records.consent);
		expect(alteredEntries(there.records.consent)).toEqual([]);
		expect(there.records.consent!.entries.map((e) => e.withdrawn)).toEqual([false, true]);
		expect(there.records.sessions.map((s) => s.note).sort()).toEqual(before.records.sessions.map((s) => s.note).sort());
		expect(there.records.client!.guidance).toEqual(kari.guidance);
		const [entry] = there.records.client!.handovers;
		expect(entry).toMatchObject({ from: A, to: B, receivedOn: '2026-12-05', id: file.id });
		expect(heldHere(there.records.client!)).toBe(true);

		// Delivered: erased on A, the colleague untouched; an older backup of A does not bring it back.
		const oldBackup = await createBackup(a, PASS);
		await finishHandover(a, file, 'erase');
		expect(await rowsOf(a, kari.id)).toBe(0);
		expect(await rowsOf(a, other.id)).toBe(8);
		const restored = await importBackup(a, oldBackup.content, PASS, 'merge');
		expect(restored.erased).toBe(8);
		expect(await rowsOf(a, kari.id)).toBe(0);
		expect((await handoverLog(a))[0]).toMatchObject({ direction: 'out', erased: true, clients: [kari.id], to: B });
		expect((await handoverLog(b))[0]).toMatchObject({ direction: 'in', clients: [kari.id], from: A });
	});

	it('kept on the handing-over laptop, the copy shows the handover and is not held there', async () => {
		const [a, b] = [await freshVault(), await freshVault()];
		const kari = await fullClient(a);
		const out = await handOver(a, [kari.id]);
		await receiveHandover(b, await readHandover(out.content, code), { me: B });
		await finishHandover(a, out.contents, 'keep');
		const kept = (await a.get('client', kari.id))!;
		expect(kept.handovers).toHaveLength(1);
		expect(heldHere(kept)).toBe(false);
		expect(await rowsOf(a, kari.id)).toBe(8);
	});

	it('a client handed back is merged, never doubled, and the newer record wins', async () => {
		const [a, b] = [await freshVault(), await freshVault()];
		const kari = await fullClient(a);
		const first = await handOver(a, [kari.id], code, new Date('2026-02-28T10:00:00Z'));
		await receiveHandover(b, await readHandover(first.content, code), { me: B, now: new Date('2026-03-01T10:00:00Z') });
		await finishHandover(a, first.contents, 'keep', new Date('2026-03-01T11:00:00Z'));
		const onB = (await b.get('client', kari.id))!;
		await b.put('client', { ...onB, navOffice: 'Nav Stavanger', updatedAt: '2026-03-10T10:00:00.000Z' });
		const back = await createHandover(b, [kari.id], {
			from: B,
			to: A,
			code,
			now: new Date('2026-03-11T10:00:00Z')
		});
		const report = await receiveHandover(a, await readHandover(back.content, code), {
			me: A,
			now: new Date('2026-03-12T10:00:00Z')
		});
		expect(report).toMatchObject({ added: 0, left: [] });
		expect(await rowsOf(a, kari.id)).toBe(8);
		const home = (await a.get('client', kari.id))!;
		expect(home.navOffice).toBe('Nav Stavanger');
		expect(home.handovers.map((h) => [h.from.name, h.to.name])).toEqual([
			[A.name, B.name],
			[B.name, A.name]
		]);
		expect(heldHere(home)).toBe(true);
	});
});

describe('bad handover input: a clear answer and nothing written', () => {
	async function setup() {
		const [a, b] = [await freshVault(), await freshVault()];
		const kari = await fullClient(a);
		const out = await handOver(a, [kari.id]);
		return { a, b, kari, out };
	}
	const fails = async (p: Promise<unknown>) => {
		const err = await p.then(
			() => null,
			(e: unknown) => e
		);
		expect(err).toBeInstanceOf(HandoverError);
		return (err as HandoverError).code;
	};

	it('a wrong code, a cut-off file, one flipped byte, a malformed code', async () => {
		const { out } = await setup();
		expect(await fails(readHandover(out.content, newHandoverCode()))).toBe('wrongCode');
		expect(await fails(readHandover(out.content.slice(0, out.content.length / 2), code))).toBe('handoverDamaged');
		const json = JSON.parse(out.content);
		const ct = Buffer.from(json.ciphertext, 'base64');
		ct[ct.length >> 1]! ^= 1;
		expect(await fails(readHandover(JSON.stringify({ ...json, ciphertext: ct.toString('base64') }), code))).toBe(
			'handoverDamaged'
		);
		// The header is bound too: another date is another file.
		expect(await fails(readHandover(JSON.stringify({ ...json, createdAt: '2020-01-01T00:00:00.000Z' }), code))).toBe(
			'handoverDamaged'
		);
		expect(await fails(readHandover(out.content, 'ABCD-EFGH'))).toBe('codeLength');
		expect(await fails(readHandover(out.content, code.replace(/^./, '0')))).toBe('codeCharacters');
	});

	it('a backup offered as a handover, a handover offered as a backup, a file from a newer version, any other file', async () => {
		const { a, out } = await setup();
		const backupFile = (await createBackup(a, PASS)).content;
		expect(await fails(readHandover(backupFile, code))).toBe('isBackup');
		await expect(readBackup(out.content, PASS)).rejects.toMatchObject({ code: 'isHandover' });
		await expect(readBackup(out.content, PASS)).rejects.toBeInstanceOf(BackupError);
		const newer = JSON.stringify({ ...JSON.parse(out.content), version: HANDOVER_VERSION + 1 });
		expect(await fails(readHandover(newer, code))).toBe('handoverNewer');
		expect(await fails(readHandover('%PDF-1.7 …', code))).toBe('notHandover');
		expect(await fails(readHandover(new Uint8Array([0xff, 0xfe, 0x00]), code))).toBe('notHandover');
	});

	it('the same handover taken twice changes nothing the second time', async () => {
		const { b, out, kari } = await setup();
		const file = await readHandover(out.content, code);
		await receiveHandover(b, file, { me: B, now: new Date('2026-12-05T10:00:00Z') });
		const before = await b.db.records.toArray();
		expect((await planReceipt(b, file)).alreadyTaken).toMatch(/^2026-12-05/);
		expect(await fails(receiveHandover(b, file, { me: B }))).toBe('alreadyTaken');
		expect(await b.db.records.toArray()).toEqual(before);
		expect(await rowsOf(b, kari.id)).toBe(8);
	});

	it('an older handover after a newer one brings nothing back', async () => {
		const { a, b, kari, out: older } = await setup();
		await a.put('session', { ...newSession(kari.id, '2026-02-02'), note: 'Etter første fil' });
		const newer = await handOver(a, [kari.id], code, new Date(Date.parse(older.contents.createdAt) + 60_000));
		await receiveHandover(b, await readHandover(newer.content, code), { me: B });
		const before = await b.db.records.toArray();
		const file = await readHandover(older.content, code);
		expect((await planReceipt(b, file)).clients[0]).toMatchObject({ state: 'newerHere', at: newer.contents.createdAt });
		const report = await receiveHandover(b, file, { me: B });
		expect(report.left).toEqual(['Kari Nordmann']);
		expect(await b.db.records.toArray()).toEqual(before);
	});

	it('a client this laptop erased: said when, left erased unless taken back', async () => {
		const { b, kari, out } = await setup();
		await b.put('client', kari);
		await b.deleteClient(kari.id, new Date('2026-06-01T08:00:00Z'));
		const file = await readHandover(out.content, code);
		expect((await planReceipt(b, file)).clients[0]).toMatchObject({
			state: 'erasedHere',
			at: '2026-06-01T08:00:00.000Z'
		});
		const left = await receiveHandover(b, file, { me: B });
		expect(left.left).toEqual(['Kari Nordmann']);
		expect(await rowsOf(b, kari.id)).toBe(0);
		expect(await b.erasedClients()).toContain(kari.id);

		const b2 = await freshVault();
		await b2.put('client', kari);
		await b2.deleteClient(kari.id);
		const taken = await receiveHandover(b2, file, { me: B, takeBack: [kari.id] });
		expect(taken.added).toBe(8);
		expect(await b2.erasedClients()).not.toContain(kari.id);
	});
});

describe('statistics stay honest: a client handed over is counted once in the county', () => {
	const Q1: FixedPeriod = { kind: 'quarter', year: 2026, index: 1 };
	const TODAY = '2026-04-02';

	/** What a laptop's statistics page publishes for Q1: its clients that count here. */
	async function publishQ1(v: Vault, fileId: string): Promise<PublishedQuarter> {
		const stored = readPublished((await v.listSealed(PUBLISHED_PREFIX)).values).find((q) => q.code === '2026-K1');
		if (stored) return stored;
		const rows = [];
		for (const client of (await v.list('client')).filter(countsHere)) {
			const { records } = await v.loadClient(client.id);
			rows.push({
				id: client.id,
				row: anonRow({ client, sessions: records.sessions }, new Date(`${TODAY}T12:00:00Z`))
			});
		}
		const q = publishQuarter(rows, Q1, TODAY, fileId);
		await v.putSealed(PUBLISHED_PREFIX + q.code, q);
		return q;
	}

	for (const when of ['after the first counsellor published the quarter', 'before either published it'] as const)
		it(`started with the first counsellor, followed up by the second: ${when}`, async () => {
			const [a, b] = [await freshVault(), await freshVault()];
			const ownA = await Promise.all(Array.from({ length: 10 }, (_, i) => fullClient(a, `A${i}`, '2026-02-02')));
			await Promise.all(Array.from({ length: 9 }, (_, i) => fullClient(b, `B${i}`, '2026-02-03')));
			if (when === 'after the first counsellor published the quarter') await publishQ1(a, 'a'.repeat(16));
			const moving = ownA[0]!;
			const out = await handOver(a, [moving.id]);
			await receiveHandover(b, await readHandover(out.content, code), { me: B });
			await finishHandover(a, out.contents, 'keep');
			const [qa, qb] = [await publishQ1(a, 'a'.repeat(16)), await publishQ1(b, 'b'.repeat(16))];
			const counted = [...Object.keys(qa.rows), ...Object.keys(qb.rows)];
			// 19 people, each counted by exactly one laptop (the rows are hashes of the clients' ids).
			expect(counted).toHaveLength(19);
			expect(new Set(counted).size).toBe(19);
			expect(Object.keys(qa.rows)).toHaveLength(when.startsWith('after') ? 10 : 9);
			// The county adds the two files: 10 + 10 rounded, for the 19 exact.
			const sum = sumTables([qa.tables as Tables, qb.tables as Tables]);
			expect(sum.clients.total).toBe(20);
		});
});

describe("the client's copy of their data", () => {
	it('names the handover among the recipients (GDPR art. 15 (1) c)', async () => {
		const { clientReport } = await import('$lib/domain/client/client-export');
		const [a, b] = [await freshVault(), await freshVault()];
		const kari = await fullClient(a);
		const out = await handOver(a, [kari.id], code, new Date('2026-12-01T10:00:00Z'));
		await receiveHandover(b, await readHandover(out.content, code), { me: B });
		const { records } = await b.loadClient(kari.id);
		const t = (key: string, v?: Record<string, unknown>) => `${key}${v ? JSON.stringify(v) : ''}`;
		const text = clientReport({ ...records, client: records.client! }, t, '2026-12-05');
		expect(text).toContain(
			`export.processing.handedOver: export.processing.handedOverText{"to":"${B.name}, ${B.office}","date":"2026-12-01"}`
		);
		// Before any handover, no such line.
		const { records: before } = await a.loadClient(kari.id);
		expect(clientReport({ ...before, client: before.client! }, t, '2026-12-05')).not.toContain('handedOver');
	});
});

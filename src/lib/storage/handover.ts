import * as z from 'zod/mini';
import { AppError } from '../domain/app-error';
import type { Client } from '../domain/client/client';
import {
	counsellorSchema,
	countsHere,
	readCode,
	received,
	withHandover,
	type Counsellor,
	type HandoverEntry
} from '../domain/handover/handover';
import type { KindName } from '../domain/records';
import { PUBLISHED_PREFIX, publishedIn, readPublished } from '../domain/statistics/ledger';
import {
	BACKUP_FORMAT,
	checkedRecords,
	fileRecords,
	HANDOVER_FORMAT,
	joinSealed,
	restoreBackup,
	type PlainRecord,
	type RestoreReport
} from './backup';
import { fromBase64, toBase64 } from './base64';
import { deriveKey, MAX_ITERATIONS, MIN_ITERATIONS, open, PBKDF2_ITERATIONS, randomBytes, seal } from './crypto';
import { gzip, inflate, inflateLimit } from './gzip';
import type { Vault } from './vault';

/**
 * A handover file: some clients, whole, for a colleague's laptop (docs/privacy.md, «Overføring»).
 *
 * JSON with a plain header (format, version, when made, the key derivation's salt and count) and
 * one AES-GCM ciphertext of the gzip-compressed records, under a key derived from a one-time code
 * the app shows once and never stores. The header is the additional data: changing any of it is
 * detected. Reading checks everything before anything is written, as restoring a backup does.
 */

export const HANDOVER_VERSION = 1;

export type HandoverErrorCode =
	| 'notHandover'
	| 'isBackup'
	| 'handoverDamaged'
	| 'handoverNewer'
	| 'handoverTooLarge'
	| 'wrongCode'
	| 'codeLength'
	| 'codeCharacters'
	| 'alreadyTaken';

export class HandoverError extends AppError {
	declare readonly code: HandoverErrorCode;
	constructor(code: HandoverErrorCode, detail = '', values: Record<string, string | number> = {}) {
		super(code, { detail, values });
	}
}

const b64 = z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/));
const headerSchema = z.object({
	format: z.literal(HANDOVER_FORMAT),
	version: z.int(),
	createdAt: z.string().check(z.maxLength(40)),
	kdf: z.object({
		name: z.literal('PBKDF2-SHA-256'),
		iterations: z.int().check(z.gte(MIN_ITERATIONS), z.lte(MAX_ITERATIONS)),
		salt: b64
	}),
	iv: b64,
	/** A known constant under the same key: tells a wrong code from a damaged body. */
	check: b64
});
type Header = z.output<typeof headerSchema>;
const fileSchema = z.object({ ...headerSchema.shape, ciphertext: b64 });

const payloadSchema = z.object({
	id: z.string().check(z.regex(/^[0-9a-f-]{36}$/)),
	createdAt: z.string(),
	from: counsellorSchema,
	to: counsellorSchema,
	records: z.array(z.object({ kind: z.string(), v: z.int(), data: z.record(z.string(), z.unknown()) }))
});

/** What a checked handover file holds. */
export interface HandoverContents {
	id: string;
	createdAt: string;
	from: Counsellor;
	to: Counsellor;
	records: PlainRecord[];
}

const CHECK = 'veivalg-handover-check';
const headerAad = (h: Header) => JSON.stringify([h.format, h.version, h.createdAt, h.kdf, h.iv]);

/** The client records a handover file carries: whom it holds. */
export const clientsOf = (c: Pick<HandoverContents, 'records'>): Client[] =>
	c.records.filter((r) => r.kind === 'client').map((r) => r.data as unknown as Client);

export interface HandoverOut {
	content: string;
	contents: HandoverContents;
	/** Rows of these clients that could not be read: they cannot move (their key is this laptop's). */
	skipped: number;
}

/**
 * Every record of the chosen clients, each client record with the handover entry added, as one
 * file sealed under the code. Nothing on this laptop changes until the counsellor says the file was
 * delivered (`finishHandover`).
 */
export async function createHandover(
	vault: Vault,
	clientIds: readonly string[],
	{ from, to, code, now = new Date() }: { from: Counsellor; to: Counsellor; code: string; now?: Date }
): Promise<HandoverOut> {
	const checked = readCode(code);
	if (!checked.ok) throw new HandoverError(checked.reason === 'length' ? 'codeLength' : 'codeCharacters');
	const id = crypto.randomUUID();
	const published = readPublished((await vault.listSealed(PUBLISHED_PREFIX)).values);
	const records: PlainRecord[] = [];
	let skipped = 0;
	for (const clientId of clientIds) {
		const { opened, damaged } = await vault.openRead<KindName>((records) =>
			records.where('clientId').equals(clientId).toArray()
		);
		skipped += damaged.length;
		for (const { kind, doc } of opened) {
			let data = doc as PlainRecord['data'];
			if (kind === 'client') {
				const client = doc as Client;
				const entry: HandoverEntry = {
					id,
					at: now.toISOString(),
					from,
					to,
					receivedOn: '',
					// Only what this laptop counted can be counted here; see countsHere.
					countedIn: countsHere(client) ? publishedIn(published, client.id) : ''
				};
				data = withHandover(client, entry) as unknown as PlainRecord['data'];
			}
			records.push({ kind, data });
		}
	}
	const contents: HandoverContents = { id, createdAt: now.toISOString(), from, to, records };
	return { content: await seal_(contents, checked.code), contents, skipped };
}

async function seal_(c: HandoverContents, code: string): Promise<string> {
	const records = fileRecords(c.records);
	const plain = new TextEncoder().encode(JSON.stringify({ ...c, records }));
	const salt = randomBytes(16);
	const iv = randomBytes(12);
	const key = await deriveKey(code, salt, PBKDF2_ITERATIONS);
	const header: Header = {
		format: HANDOVER_FORMAT,
		version: HANDOVER_VERSION,
		createdAt: c.createdAt,
		kdf: { name: 'PBKDF2-SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt) },
		iv: toBase64(iv),
		check: joinSealed(await seal(key, new TextEncoder().encode(CHECK), CHECK))
	};
	const ct = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(headerAad(header)) },
		key,
		await gzip(plain)
	);
	return JSON.stringify({ ...header, ciphertext: toBase64(new Uint8Array(ct)) });
}

/** Reads and checks a handover file completely; throws HandoverError and writes nothing. */
export async function readHandover(file: string | Uint8Array, typedCode: string): Promise<HandoverContents> {
	let text: string;
	try {
		text = typeof file === 'string' ? file : new TextDecoder('utf-8', { fatal: true }).decode(file);
	} catch {
		throw new HandoverError('notHandover');
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		// A cut-off or altered file still names its format near the start.
		const head = text.slice(0, 200);
		if (head.includes(`"${HANDOVER_FORMAT}"`)) throw new HandoverError('handoverDamaged', 'json');
		throw new HandoverError(head.includes(`"${BACKUP_FORMAT}"`) ? 'isBackup' : 'notHandover');
	}
	const format = json && typeof json === 'object' ? (json as { format?: unknown }).format : undefined;
	if (format === BACKUP_FORMAT) throw new HandoverError('isBackup');
	if (format !== HANDOVER_FORMAT) throw new HandoverError('notHandover');
	const version = (json as { version?: unknown }).version;
	if (typeof version === 'number' && version > HANDOVER_VERSION) throw new HandoverError('handoverNewer');
	const parsed = fileSchema.safeParse(json);
	if (!parsed.success || parsed.data.version < 1) throw new HandoverError('handoverDamaged', 'header');
	const checked = readCode(typedCode);
	if (!checked.ok) throw new HandoverError(checked.reason === 'length' ? 'codeLength' : 'codeCharacters');
	const { ciphertext, ...header } = parsed.data;

	let salt: Uint8Array<ArrayBuffer>, iv: Uint8Array<ArrayBuffer>, ct: Uint8Array<ArrayBuffer>, check: Uint8Array;
	try {
		[salt, iv, ct, check] = [
			fromBase64(header.kdf.salt),
			fromBase64(header.iv),
			fromBase64(ciphertext),
			fromBase64(header.check)
		];
	} catch {
		throw new HandoverError('handoverDamaged', 'base64');
	}
	if (salt.length !== 16 || iv.length !== 12 || ct.length < 16 || check.length !== 12 + CHECK.length + 16)
		throw new HandoverError('handoverDamaged', 'sizes');
	const key = await deriveKey(checked.code, salt, header.kdf.iterations);
	try {
		await open(key, { iv: new Uint8Array(check.slice(0, 12)), ct: check.slice(12).buffer as ArrayBuffer }, CHECK);
	} catch {
		throw new HandoverError('wrongCode');
	}
	let compressed: Uint8Array;
	try {
		compressed = await open(key, { iv, ct: ct.buffer }, headerAad(header));
	} catch {
		throw new HandoverError('handoverDamaged', 'ciphertext');
	}
	let payload: z.output<typeof payloadSchema>;
	try {
		const plain = await inflate(
			new Uint8Array(compressed),
			inflateLimit(compressed.length),
			() => new HandoverError('handoverTooLarge')
		);
		payload = payloadSchema.parse(JSON.parse(new TextDecoder().decode(plain)));
	} catch (err) {
		if (err instanceof HandoverError) throw err;
		throw new HandoverError('handoverDamaged', 'payload');
	}
	if (payload.createdAt !== header.createdAt) throw new HandoverError('handoverDamaged', 'createdAt');
	const records = checkedRecords(payload.records, (why, detail) =>
		why === 'newer' ? new HandoverError('handoverNewer') : new HandoverError('handoverDamaged', detail)
	);
	// Every record belongs to a client the file carries, and every client names this handover.
	const clients = clientsOf({ records });
	const ids = new Set(clients.map((c) => c.id));
	if (!clients.length || records.some((r) => !ids.has(r.data.clientId ?? r.data.id)))
		throw new HandoverError('handoverDamaged', 'clients');
	if (clients.some((c) => c.handovers.at(-1)?.id !== payload.id)) throw new HandoverError('handoverDamaged', 'entry');
	return { id: payload.id, createdAt: payload.createdAt, from: payload.from, to: payload.to, records };
}

/** What this laptop keeps about a handover it made or took: no client's name, only ids and counts. */
const logSchema = z.object({
	id: z.string(),
	direction: z.enum(['out', 'in']),
	createdAt: z.string(),
	/** When it was delivered (out) or taken (in). */
	at: z.string(),
	from: counsellorSchema,
	to: counsellorSchema,
	clients: z.array(z.string()),
	/** Out: whether the clients were erased here once delivered (else kept under the ordinary retention). */
	erased: z._default(z.boolean(), false)
});
export type HandoverLog = z.output<typeof logSchema>;
export const HANDOVER_LOG_PREFIX = 'handover:';

export async function handoverLog(vault: Vault): Promise<HandoverLog[]> {
	const { values } = await vault.listSealed(HANDOVER_LOG_PREFIX);
	return values
		.flatMap((v) => {
			const p = logSchema.safeParse(v);
			return p.success ? [p.data] : [];
		})
		.sort((a, b) => b.at.localeCompare(a.at));
}

/** Where each client of a file stands on this laptop, before anything is written. */
export type ArrivalState = 'new' | 'known' | 'erasedHere' | 'newerHere';

export interface ArrivingClient {
	id: string;
	name: string;
	state: ArrivalState;
	/** erasedHere: when it was erased; newerHere: the later handover this laptop has. */
	at: string;
	records: Partial<Record<KindName, number>>;
}

export interface ReceiptPlan {
	/** When this very handover was taken here already, or null. */
	alreadyTaken: string | null;
	clients: ArrivingClient[];
}

/** What taking the file would do, client by client: the preview. Reads only. */
export async function planReceipt(vault: Vault, c: HandoverContents): Promise<ReceiptPlan> {
	const log = await handoverLog(vault);
	const taken = log.find((l) => l.id === c.id && l.direction === 'in');
	const tombstones = new Map((await vault.tombstones()).map((t) => [t.clientId, t.at]));
	const clients: ArrivingClient[] = [];
	// What each client's part of the file holds, counted in one pass.
	const counts = new Map<string, ArrivingClient['records']>();
	for (const x of c.records) {
		const owner = x.data.clientId ?? x.data.id;
		const records = counts.get(owner) ?? {};
		records[x.kind] = (records[x.kind] ?? 0) + 1;
		counts.set(owner, records);
	}
	for (const arriving of clientsOf(c)) {
		const records = counts.get(arriving.id) ?? {};
		const here = await vault.get('client', arriving.id).catch(() => undefined);
		const erasedAt = tombstones.get(arriving.id);
		// A later handover of this client has reached this laptop, or was made here: this file is older.
		const later = here?.handovers.find((h) => h.at > c.createdAt);
		const state: ArrivalState = erasedAt ? 'erasedHere' : later ? 'newerHere' : here ? 'known' : 'new';
		clients.push({ id: arriving.id, name: arriving.name, state, at: erasedAt ?? later?.at ?? '', records });
	}
	return { alreadyTaken: taken?.at ?? null, clients };
}

export interface ReceiptReport extends RestoreReport {
	/** Clients left as they are here: a later handover is here already, or erased and not taken back. */
	left: string[];
}

/**
 * Takes the file into this laptop's vault under its own key: merged as a restore merges (the newer
 * record wins, consent logs join, an erasure stays unless the counsellor took that client back).
 * One transaction; the handover is logged so the same file taken again changes nothing.
 */
export async function receiveHandover(
	vault: Vault,
	c: HandoverContents,
	{ me, takeBack = [], now = new Date() }: { me: Counsellor; takeBack?: readonly string[]; now?: Date }
): Promise<ReceiptReport> {
	const plan = await planReceipt(vault, c);
	if (plan.alreadyTaken) throw new HandoverError('alreadyTaken', c.id, { date: plan.alreadyTaken.slice(0, 10) });
	const revive = plan.clients.filter((p) => p.state === 'erasedHere' && takeBack.includes(p.id)).map((p) => p.id);
	const taking = new Set(plan.clients.filter((p) => p.state === 'new' || p.state === 'known').map((p) => p.id));
	for (const id of revive) taking.add(id);
	const records = c.records
		.filter((r) => taking.has(r.data.clientId ?? r.data.id))
		.map((r) =>
			r.kind === 'client'
				? { ...r, data: received(r.data as unknown as Client, c.id, me, now) as unknown as PlainRecord['data'] }
				: r
		);
	const report = await restoreBackup(vault, { records, damaged: [] }, 'merge', revive);
	await vault.putSealed(HANDOVER_LOG_PREFIX + c.id, {
		id: c.id,
		direction: 'in',
		createdAt: c.createdAt,
		at: now.toISOString(),
		from: c.from,
		to: me.name || me.office ? me : c.to,
		clients: [...taking],
		erased: false
	} satisfies HandoverLog);
	return { ...report, left: plan.clients.filter((p) => !taking.has(p.id)).map((p) => p.name) };
}

/**
 * The handing-over side, once the counsellor says the file was delivered: the clients are erased
 * here (tombstones, so no backup brings them back), or kept with the handover in their history.
 */
export async function finishHandover(
	vault: Vault,
	c: HandoverContents,
	choice: 'erase' | 'keep',
	now = new Date()
): Promise<void> {
	const clients = clientsOf(c);
	if (choice === 'erase') for (const client of clients) await vault.deleteClient(client.id, now);
	else
		for (const client of clients) {
			// The file's copy of the record is the one with the handover entry; edits made meanwhile stay.
			const here = await vault.get('client', client.id);
			const entry = client.handovers.at(-1)!;
			if (here)
				await vault.put('client', { ...here, handovers: [...here.handovers, entry], updatedAt: now.toISOString() });
		}
	await vault.putSealed(HANDOVER_LOG_PREFIX + c.id, {
		id: c.id,
		direction: 'out',
		createdAt: c.createdAt,
		at: now.toISOString(),
		from: c.from,
		to: c.to,
		clients: clients.map((x) => x.id),
		erased: choice === 'erase'
	} satisfies HandoverLog);
}

export function handoverFileName(now = new Date()): string {
	return `veivalg-overforing-${now.toISOString().slice(0, 10)}.veivalg`;
}

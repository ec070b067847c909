import { fromBase64, toBase64 } from './base64';
import { gzip, inflate, inflateLimit } from './gzip';
import {
	PUBLISHED_PREFIX,
	publishedQuarterSchema,
	readPublished,
	type PublishedQuarter
} from '../domain/statistics/ledger';
import { AppError } from '../domain/app-error';
import * as z from 'zod/mini';
import { migrate, RECORD_KINDS, type KindName } from '../domain/records';
import {
	deriveKey,
	importDataKey,
	MAX_ITERATIONS,
	MIN_ITERATIONS,
	newRecoveryKey,
	normaliseRecoveryKey,
	open,
	PBKDF2_ITERATIONS,
	randomBytes,
	seal
} from './crypto';
import { dataKeyFromRecovery, type Wrap } from './keyring';
import type { StoredRecord } from './db';
import type { Consent } from '../domain/exploring/consent';
import { mergeLogs } from '../domain/exploring/consent-chain';
import type { Tombstone, Vault } from './vault';

/**
 * Encrypted backup of everything, to a file the counsellor keeps.
 *
 * File: JSON with a plain header (format, version, KDF parameters) and one
 * AES-GCM ciphertext of the gzip-compressed records, under a key derived
 * from the passphrase. The header is the additional data, so changing any of
 * it is detected. Restoring checks everything – format, version, passphrase,
 * every record against its schema – before it writes anything, and then
 * writes in one transaction: a bad file changes nothing.
 */

export const BACKUP_FORMAT = 'veivalg-backup';
/** The format name of a handover file (handover.ts), told apart from a backup before anything else. */
export const HANDOVER_FORMAT = 'veivalg-handover';
/** 2: the payload has its own random key, opened by the passphrase or – through the data key – by the recovery key. */
export const BACKUP_VERSION = 2;

export type BackupErrorCode = 'notBackup' | 'isHandover' | 'damaged' | 'newerVersion' | 'wrongPassphrase' | 'tooLarge';

export class BackupError extends AppError {
	declare readonly code: BackupErrorCode;
	constructor(code: BackupErrorCode, detail = '') {
		super(code, { detail });
	}
}

const b64 = z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/));
const headerSchema = z.object({
	format: z.literal(BACKUP_FORMAT),
	version: z.int(),
	createdAt: z.string(),
	records: z.int().check(z.gte(0)),
	kdf: z.object({
		name: z.literal('PBKDF2-SHA-256'),
		iterations: z.int().check(z.gte(MIN_ITERATIONS), z.lte(MAX_ITERATIONS)),
		salt: b64
	}),
	iv: b64,
	/** A known constant encrypted with the same key: tells a wrong passphrase from a damaged body. */
	check: b64,
	/**
	 * Version 2: the payload key, sealed by the passphrase's key and by the data key, and a copy of
	 * the keyring's recovery wrap of the data key (already encrypted under the recovery key).
	 */
	keys: z.optional(
		z.object({
			passphrase: b64,
			dataKey: z.optional(b64),
			recovery: z.optional(z.object({ salt: b64, iterations: z.int(), iv: b64, ct: b64 }))
		})
	)
});
const fileSchema = z.object({ ...headerSchema.shape, ciphertext: b64 });
type Header = z.output<typeof headerSchema>;

const rawRowSchema = z.object({
	id: z.string(),
	kind: z.string(),
	clientId: z.string(),
	updatedAt: z.string(),
	v: z.int(),
	iv: b64,
	ct: b64
});
const payloadSchema = z.object({
	records: z.array(z.object({ kind: z.string(), v: z.int(), data: z.record(z.string(), z.unknown()) })),
	/** Rows that could not be read when the backup was made, carried as they were stored (encrypted). */
	damaged: z._default(z.array(rawRowSchema), () => []),
	/**
	 * The statistics quarters this laptop has published (ledger.ts): they travel with the file, so
	 * a laptop restored elsewhere never publishes a quarter anew from its rows.
	 */
	published: z._default(z.array(publishedQuarterSchema), () => []),
	/** Clients deleted on the laptop the backup came from: their erasure travels with the file. */
	erased: z._default(
		z.array(z.object({ clientId: z.string().check(z.maxLength(200)), at: z.string().check(z.maxLength(40)) })),
		() => []
	)
});

/** A stored row that could not be opened, as it was (base64 ciphertext under this laptop's data key). */
export type RawRow = z.output<typeof rawRowSchema>;

/** What a checked backup file holds. */
export interface BackupContents {
	records: PlainRecord[];
	damaged: RawRow[];
	erased?: Tombstone[];
	published?: PublishedQuarter[];
}

export interface PlainRecord {
	kind: KindName;
	data: { id: string; updatedAt: string; clientId?: string } & Record<string, unknown>;
}

const toB64 = toBase64;
const fromB64 = fromBase64;

const headerAad = (h: Header) =>
	JSON.stringify(
		h.version >= 2
			? [h.format, h.version, h.createdAt, h.records, h.kdf, h.iv, h.keys ?? null]
			: [h.format, h.version, h.createdAt, h.records, h.kdf, h.iv]
	);
const PAYLOAD_KEY = 'veivalg-backup-key';
export const joinSealed = (s: { iv: Uint8Array; ct: ArrayBuffer }) =>
	toB64(new Uint8Array([...s.iv, ...new Uint8Array(s.ct)]));
const splitSealed = (b: string) => {
	const all = fromB64(b);
	return { iv: all.slice(0, 12), ct: all.slice(12).buffer };
};
const CHECK = 'veivalg-key-check';

/**
 * Everything readable in the vault, decrypted, as one encrypted backup file
 * (UTF-8 JSON). A damaged row cannot go in (it cannot be decrypted, and on
 * another laptop its key would not exist): it is left out and counted, so the
 * counsellor is told and the rest is still backed up.
 */
export async function createBackup(
	vault: Vault,
	passphrase: string,
	now = new Date(),
	recovery?: Wrap
): Promise<{ content: string; skipped: number }> {
	const read = await vault.allRows();
	const rows = read.rows;
	const { opened, damaged } = await vault.openRows<KindName>(read);
	const records = opened.map(({ kind, doc }) => ({ kind, data: doc as PlainRecord['data'] }));
	const unreadable = new Set(damaged.map((d) => d.id));
	const raw = rows
		.filter((r) => unreadable.has(r.id))
		.map((r) => ({
			id: r.id,
			kind: r.kind,
			clientId: r.clientId,
			updatedAt: r.updatedAt,
			v: r.v,
			iv: toB64(new Uint8Array(r.iv)),
			ct: toB64(new Uint8Array(r.ct))
		}));
	const erased = await vault.tombstones();
	const viaDataKey = recovery ? { vault, recovery } : undefined;
	const published = readPublished((await vault.listSealed(PUBLISHED_PREFIX)).values);
	return {
		content: await encodeBackup(records, passphrase, now, raw, erased, viaDataKey, published),
		skipped: damaged.length
	};
}

/** Plain, current records (and any unreadable rows, as stored) as an encrypted backup file. */
export async function encodeBackup(
	plainRecords: PlainRecord[],
	passphrase: string,
	now = new Date(),
	damaged: RawRow[] = [],
	erased: Tombstone[] = [],
	viaDataKey?: { vault: Vault; recovery: Wrap },
	published: PublishedQuarter[] = []
): Promise<string> {
	const records = fileRecords(plainRecords);
	const plain = new TextEncoder().encode(JSON.stringify({ records, damaged, erased, published }));
	const compressed = await gzip(plain);
	const salt = randomBytes(16);
	const iv = randomBytes(12);
	const kek = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS);
	// The payload's own key, sealed for each way in: the passphrase, and the data key (which the
	// recovery key opens through the keyring's recovery wrap carried below).
	const payloadRaw = randomBytes(32);
	const key = await importDataKey(payloadRaw);
	const check = await seal(kek, new TextEncoder().encode(CHECK), CHECK);
	const header: Header = {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		createdAt: now.toISOString(),
		records: records.length,
		kdf: { name: 'PBKDF2-SHA-256', iterations: PBKDF2_ITERATIONS, salt: toB64(salt) },
		iv: toB64(iv),
		check: joinSealed(check),
		keys: {
			passphrase: joinSealed(await seal(kek, payloadRaw, PAYLOAD_KEY)),
			...(viaDataKey
				? {
						dataKey: joinSealed(await viaDataKey.vault.sealWithDataKey(payloadRaw, PAYLOAD_KEY)),
						recovery: {
							salt: toB64(viaDataKey.recovery.salt),
							iterations: viaDataKey.recovery.iterations,
							iv: toB64(viaDataKey.recovery.iv),
							ct: toB64(new Uint8Array(viaDataKey.recovery.ct))
						}
					}
				: {})
		}
	};
	const ct = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(headerAad(header)) },
		key,
		compressed
	);
	return JSON.stringify({ ...header, ciphertext: toB64(new Uint8Array(ct)) });
}

/** Derived keys by salt and iterations, so repeated reads of one file (tests, retries) derive once. */
export type KeyCache = Map<string, Promise<CryptoKey>>;

/** Characters in a recovery key (without dashes): only a secret of that shape is tried as one. */
const RECOVERY_KEY_CHARS = newRecoveryKey().replace(/-/g, '').length;

/**
 * A counsellor who forgot the passphrase a backup was made with, and set a new one with the recovery
 * key, opens it with the recovery key: it opens the data key (from the keyring's recovery wrap the
 * file carries), and the data key opens the payload key.
 */
async function openWithRecoveryKey(header: Header, secret: string): Promise<CryptoKey> {
	const { recovery, dataKey } = header.keys ?? {};
	const looksLikeKey = normaliseRecoveryKey(secret).replace(/-/g, '').length === RECOVERY_KEY_CHARS;
	if (!recovery || !dataKey || !looksLikeKey) throw new BackupError('wrongPassphrase');
	if (recovery.iterations < MIN_ITERATIONS || recovery.iterations > MAX_ITERATIONS)
		throw new BackupError('damaged', 'kdf');
	try {
		const data = await dataKeyFromRecovery(secret, {
			salt: fromB64(recovery.salt),
			iterations: recovery.iterations,
			iv: fromB64(recovery.iv),
			ct: fromB64(recovery.ct).buffer
		});
		return await importDataKey(await open(data, splitSealed(dataKey), PAYLOAD_KEY));
	} catch {
		throw new BackupError('wrongPassphrase');
	}
}

/** Reads and checks a backup file completely; throws BackupError and writes nothing. */
export async function readBackup(
	file: string | Uint8Array,
	passphrase: string,
	cache?: KeyCache
): Promise<BackupContents> {
	let text: string;
	try {
		text = typeof file === 'string' ? file : new TextDecoder('utf-8', { fatal: true }).decode(file);
	} catch {
		throw new BackupError('notBackup');
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		// A cut-off or altered Veivalg file still names its format near the start: call it damaged, not foreign.
		throw text.slice(0, 200).includes(`"${BACKUP_FORMAT}"`)
			? new BackupError('damaged', 'json')
			: new BackupError('notBackup');
	}
	const format = json && typeof json === 'object' ? (json as { format?: unknown }).format : undefined;
	// A handover file is opened with its one-time code under «Overføring», not here: say so.
	if (format === HANDOVER_FORMAT) throw new BackupError('isHandover');
	if (format !== BACKUP_FORMAT) throw new BackupError('notBackup');
	const version = (json as { version?: unknown }).version;
	if (typeof version === 'number' && version > BACKUP_VERSION) throw new BackupError('newerVersion');
	const parsed = fileSchema.safeParse(json);
	if (!parsed.success || parsed.data.version < 1 || (parsed.data.version >= 2 && !parsed.data.keys))
		throw new BackupError('damaged', 'header');
	const { ciphertext, ...header } = parsed.data;

	let salt: Uint8Array<ArrayBuffer>,
		iv: Uint8Array<ArrayBuffer>,
		ct: Uint8Array<ArrayBuffer>,
		check: Uint8Array<ArrayBuffer>;
	try {
		[salt, iv, ct, check] = [fromB64(header.kdf.salt), fromB64(header.iv), fromB64(ciphertext), fromB64(header.check)];
	} catch {
		throw new BackupError('damaged', 'base64');
	}
	if (salt.length !== 16 || iv.length !== 12 || ct.length < 16 || check.length !== 12 + CHECK.length + 16)
		throw new BackupError('damaged', 'sizes');

	const cacheKey = `${header.kdf.salt}|${header.kdf.iterations}`;
	let keyPromise = cache?.get(cacheKey);
	if (!keyPromise) {
		keyPromise = deriveKey(passphrase, salt, header.kdf.iterations);
		cache?.set(cacheKey, keyPromise);
	}
	const kek = await keyPromise;
	let key = kek;
	try {
		await open(kek, { iv: check.slice(0, 12), ct: check.slice(12).buffer }, CHECK);
		if (header.keys) key = await importDataKey(await open(kek, splitSealed(header.keys.passphrase), PAYLOAD_KEY));
	} catch {
		key = await openWithRecoveryKey(header, passphrase);
	}
	let compressed: Uint8Array;
	try {
		compressed = await open(key, { iv, ct: ct.buffer }, headerAad(header));
	} catch {
		throw new BackupError('damaged', 'ciphertext');
	}

	let payload: z.output<typeof payloadSchema>;
	try {
		const plain = await inflate(
			new Uint8Array(compressed),
			inflateLimit(compressed.length),
			() => new BackupError('tooLarge')
		);
		payload = payloadSchema.parse(JSON.parse(new TextDecoder().decode(plain)));
	} catch (err) {
		if (err instanceof BackupError) throw err;
		throw new BackupError('damaged', 'payload');
	}
	if (payload.records.length !== header.records) throw new BackupError('damaged', 'count');

	const records = checkedRecords(payload.records, (why, detail) =>
		why === 'newer' ? new BackupError('newerVersion') : new BackupError('damaged', detail)
	);
	return { records, damaged: payload.damaged, erased: payload.erased, published: payload.published };
}

/**
 * Records as a file carries them (kind, schema version, data), each migrated and checked against its
 * kind's schema: what backups and handover files both read. `fail` names the file's own error.
 */
export function checkedRecords(
	raw: readonly { kind: string; v: number; data: Record<string, unknown> }[],
	fail: (why: 'newer' | 'damaged', detail: string) => Error
): PlainRecord[] {
	return raw.map((r) => {
		const kind = RECORD_KINDS[r.kind as KindName];
		if (!kind) throw fail('damaged', `kind ${r.kind}`);
		if (r.v > kind.version) throw fail('newer', r.kind);
		const result = kind.schema.safeParse(migrate(r.kind, kind, r.data, r.v));
		if (!result.success) throw fail('damaged', `record ${r.kind}`);
		return { kind: r.kind as KindName, data: result.data as PlainRecord['data'] };
	});
}

/** The records as a file writes them: each with its kind's current schema version. */
export const fileRecords = (records: readonly PlainRecord[]) =>
	records.map((r) => ({ kind: r.kind, v: RECORD_KINDS[r.kind].version, data: r.data }));

export type RestoreMode = 'replace' | 'merge';

export interface RestoreReport {
	added: number;
	updated: number;
	skipped: number;
	removed: number;
	/** Records of clients deleted on this laptop or in the file: never brought back. */
	erased: number;
	/** Clients that were here and are deleted in the file: deleted here too. */
	erasedHere: number;
	/** Records whose id exists here as another kind: left as they are. */
	conflicts: number;
	/** Unreadable rows carried by the file, put back as they were (only where nothing has that id). */
	damaged: number;
	clients: { added: string[]; updated: string[]; skipped: string[] };
}

const time = (iso: unknown) => Date.parse(String(iso)) || 0;
/** Records sealed at once while restoring. */
const SEAL_BATCH = 250;

/**
 * Consent is a log: merging keeps every entry from both sides (a withdrawal made here is never lost),
 * in the chain's own order (consent-chain.ts), not by the laptops' clocks.
 */
function mergeConsent(here: Consent, file: Consent): Consent {
	return {
		...here,
		entries: mergeLogs(here.entries, file.entries),
		updatedAt: new Date(Math.max(time(here.updatedAt), time(file.updatedAt))).toISOString()
	};
}

/**
 * Writes checked records into the vault. Merge keeps the newer of two
 * versions of the same record (by time, not string order) and unites consent
 * logs entry by entry; replace removes what the backup does not have. In both,
 * a client deleted here stays deleted (documented in docs/privacy.md), and a
 * record never replaces one of another kind. One transaction: all or nothing.
 */
export async function restoreBackup(
	vault: Vault,
	{ records, damaged, erased: fileErased = [], published = [] }: BackupContents,
	mode: RestoreMode,
	/** Deleted clients the counsellor chose to take back (a handover): their tombstones go in the same transaction. */
	revive: readonly string[] = [],
	/** Only say what would happen: the preview shown before anything is written. */
	dryRun = false,
	/** Told how many of the records to write are sealed so far, after each batch: a large restore shows it moving. */
	onProgress?: (done: number, total: number) => void
): Promise<RestoreReport> {
	const { rows, lists } = await vault.allRows();
	const localErased = await vault.erasedClients();
	for (const id of revive) localErased.delete(id);
	// An erasure in the file is an erasure here, in either mode and whichever file comes first.
	const arriving = fileErased.filter((t) => !localErased.has(t.clientId));
	const erased = new Set([...localErased, ...arriving.map((t) => t.clientId)]);
	const existing = new Map(rows.filter((r) => !erased.has(r.clientId)).map((r) => [r.id, r]));
	const erasedHere = new Set(
		rows.filter((r) => arriving.some((t) => t.clientId === r.clientId)).map((r) => r.clientId)
	);
	const report: RestoreReport = {
		added: 0,
		updated: 0,
		skipped: 0,
		removed: 0,
		erased: 0,
		erasedHere: erasedHere.size,
		conflicts: 0,
		damaged: 0,
		clients: { added: [], updated: [], skipped: [] }
	};
	const toWrite: StoredRecord[] = [];
	const toSeal: PlainRecord[] = [];
	const restored: PlainRecord[] = [];
	for (const r of records) {
		if (erased.has(r.data.clientId ?? r.data.id)) {
			report.erased++;
			continue;
		}
		const current = existing.get(r.data.id);
		if (current && current.kind !== r.kind) {
			report.conflicts++;
			continue;
		}
		restored.push(r);
		const name = r.kind === 'client' ? String(r.data.name ?? '') : null;
		let outcome: 'added' | 'updated' | 'skipped';
		let data = r.data;
		if (!current) outcome = 'added';
		else if (r.kind === 'consent') {
			// Consent is a log in both modes: a withdrawal made here after the backup was taken is never undone.
			// Held against the record list too: a consent row put back from an older copy is not merged in.
			const here = await vault.openOne<'consent'>(current, lists).catch(() => null);
			data = (here ? mergeConsent(here, r.data as unknown as Consent) : r.data) as PlainRecord['data'];
			outcome =
				here && JSON.stringify(here.entries) === JSON.stringify((data as unknown as Consent).entries)
					? 'skipped'
					: 'updated';
		} else if (mode === 'replace' || time(r.data.updatedAt) > time(current.updatedAt)) outcome = 'updated';
		else outcome = 'skipped';
		report[outcome]++;
		if (name !== null) report.clients[outcome].push(name);
		if (outcome !== 'skipped' && !dryRun) toSeal.push({ kind: r.kind, data });
	}
	// Sealed in batches side by side, not one after another: WebCrypto works while the next batch is
	// prepared, and between batches the page can paint the progress.
	for (let i = 0; i < toSeal.length; i += SEAL_BATCH) {
		const batch = toSeal.slice(i, i + SEAL_BATCH);
		toWrite.push(...(await Promise.all(batch.map((r) => vault.seal(r.kind, r.data as never)))));
		onProgress?.(Math.min(i + SEAL_BATCH, toSeal.length), toSeal.length);
	}
	// Unreadable rows go back as they were stored: still damaged here, but kept for a later version or support.
	const carried = damaged.filter(
		(d) => !existing.has(d.id) && !erased.has(d.clientId) && !restored.some((r) => r.data.id === d.id)
	);
	const carriedRows: StoredRecord[] = [];
	for (const d of carried)
		carriedRows.push({
			id: d.id,
			kind: d.kind,
			clientId: d.clientId,
			updatedAt: d.updatedAt,
			v: d.v,
			iv: fromB64(d.iv),
			ct: fromB64(d.ct).buffer
		});
	report.damaged = carried.length;
	const keep = new Set([...restored.map((r) => r.data.id), ...carried.map((d) => d.id)]);
	const remove = mode === 'replace' ? [...existing.keys()].filter((id) => !keep.has(id)) : [];
	report.removed = remove.length;
	if (dryRun) return report;
	await vault.replaceRows(remove, toWrite, arriving, revive, carriedRows);
	// Published quarters travel when the file becomes this laptop («replace»: a new or reinstalled
	// laptop), so it never publishes a quarter anew from its rows. One published here already is
	// kept (what was shared stays as shared). A merge keeps this laptop's own: the file may be
	// another counsellor's, whose tables are not this laptop's.
	if (mode !== 'replace') return report;
	const here = new Set(readPublished((await vault.listSealed(PUBLISHED_PREFIX)).values).map((q) => q.code));
	for (const q of published) if (!here.has(q.code)) await vault.putSealed(PUBLISHED_PREFIX + q.code, q);
	return report;
}

export function backupFileName(now = new Date()): string {
	return `veivalg-sikkerhetskopi-${now.toISOString().slice(0, 10)}.veivalg`;
}

/** Read, check and restore in one step: the path the app uses. Throws BackupError before any write. */
export async function importBackup(
	vault: Vault,
	file: string | Uint8Array,
	passphrase: string,
	mode: RestoreMode,
	cache?: KeyCache
) {
	return restoreBackup(vault, await readBackup(file, passphrase, cache), mode);
}

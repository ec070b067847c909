import type { ClientRecords } from '../domain/client/client-export';
import { AppError } from '../domain/app-error';
import { migrate, NewerVersionError, RECORD_KINDS, type KindName, type RecordOf } from '../domain/records';
import { openJson, seal as sealBytes, sealJson, type Sealed } from './crypto';
import type { MetaRow, StoredRecord, VeivalgDb } from './db';
import { metaRow } from './meta-raw';
import { ERASED_LIST, LIST_PREFIX, listKey, listsOf, verdict, writeId, type RecordList } from './record-list';
import {
	CLIENT_INDEX,
	current,
	LIST_BOUND,
	readIndex,
	rowStamp,
	STATISTICS_FACTS,
	type ClientIndex,
	type IndexEntry
} from './client-index';

/**
 * The encrypted document store. Every write seals the payload with a fresh IV;
 * every read decrypts, migrates and validates against the kind's zod schema,
 * so the rest of the app only ever sees well-formed, current records.
 *
 * A row that fails any of those steps is *damaged*: the safe readers
 * (`listSafe`, `loadClient`) report it beside the good records instead of
 * failing the whole read, so one flipped bit never blanks a page.
 */

type Doc<K extends KindName> = RecordOf<K>;

/**
 * Additional data bound into every record's AES-GCM tag: its kind, its id,
 * the client it belongs to and the schema version its data is written in. A
 * row moved to another kind, id or client, or relabelled to another version,
 * in the raw database fails to open (it is reported as damaged, never shown).
 */
const aad = (kind: string, id: string, clientId: string, v: number) => `${kind}:${id}@${clientId}#v${v}#L`;
/**
 * Before the record list (layout 3). A row that opens only under this binding was written before the
 * list existed and put back since: the upgrade sealed every row of that time anew.
 */
const versionAad = (kind: string, id: string, clientId: string, v: number) => `${kind}:${id}@${clientId}#v${v}`;
/** Before the schema version was bound (layout 2). */
const clientAad = (kind: string, id: string, clientId: string) => `${kind}:${id}@${clientId}`;
/** Before records were bound to their client (layout 1). */
const legacyAad = (kind: string, id: string) => `${kind}:${id}`;
/** Meta key: which binding the stored records use; absent means legacy. */
export const BINDING_META = 'recordBinding';
const BINDING = 4;

/** The sealed data names the record and client the clear fields say: a relabelled row is not believed. */
const sameRecord = (data: unknown, row: Pick<StoredRecord, 'id' | 'clientId'>) => {
	const d = data as { id?: unknown; clientId?: unknown };
	return d.id === row.id && (d.clientId ?? d.id) === row.clientId;
};

/** The schema version a record's sealed data says it is written in, when it says one. */
const sealedVersion = (data: unknown): number | undefined => {
	const v = (data as { schemaVersion?: unknown }).schemaVersion;
	return Number.isInteger(v) && (v as number) >= 1 ? (v as number) : undefined;
};

/** Why a stored row could not be opened. */
export type DamageReason = 'decrypt' | 'newerVersion' | 'invalid' | 'unknownKind' | 'rolledBack' | 'unlisted';

/** What the app can say about a row it cannot open: only the clear-text index fields. */
export interface DamagedRecord {
	id: string;
	kind: string;
	clientId: string;
	updatedAt: string;
	reason: DamageReason;
}

/** A row's clear fields, as a damaged record names it. */
const index = (row: StoredRecord) => ({ id: row.id, kind: row.kind, clientId: row.clientId, updatedAt: row.updatedAt });

/** The IV a sealed meta value was last written with: the same IV means nobody wrote it since. */
const sealedWrite = (m: MetaRow | undefined) => {
	const iv = (m?.value as Partial<Sealed> | undefined)?.iv;
	return iv instanceof Uint8Array ? writeId(iv) : undefined;
};

/** Above this many clients, their record lists are read in one range rather than one by one. */
const MANY_LISTS = 200;

/** A list that would not open, while a write reads the lists it changes. */
const DAMAGED = Symbol('damaged');

/** The list edit that names a row's new write as the current one. */
const listed = (row: StoredRecord) => (lists: Map<string, RecordList | null>) => {
	const list = lists.get(row.clientId) ?? {};
	list[row.id] = [row.kind, writeId(row.iv)];
	lists.set(row.clientId, list);
};

export class DamagedRecordError extends AppError {
	constructor(readonly damaged: DamagedRecord) {
		super('damagedRecord', { detail: `${damaged.kind} ${damaged.id} (${damaged.reason})` });
	}
}

/**
 * A write refused because what is stored is not what this editor started
 * from: another tab changed the record, or the client was deleted.
 */
export class WriteConflictError extends AppError {
	constructor(readonly reason: 'changed' | 'erased') {
		super(reason === 'erased' ? 'erased' : 'conflict');
	}
}

/** A deleted client: the random id and the time, nothing else. */
export interface Tombstone {
	clientId: string;
	at: string;
}

/** Meta key of a deleted client's tombstone: its records never come back (from a stale tab or a backup). */
const ERASED = 'erased:';
export const erasedKey = (clientId: string) => `${ERASED}${clientId}`;

/**
 * A token per client that changes with every write of any of the client's
 * records, in the same transaction, from any tab: readers that keep derived
 * data (statistics) re-read only the clients whose token moved.
 */
const CHANGED = 'changed:';
export const changedKey = (clientId: string) => `${CHANGED}${clientId}`;

/** Every client's record list as stored (sealed), by client id. */
async function allLists(db: VeivalgDb): Promise<Map<string, MetaRow>> {
	const rows = await db.meta.where('key').startsWith(LIST_PREFIX).toArray();
	return new Map(rows.map((m) => [m.key.slice(LIST_PREFIX.length), m]));
}

/** Rows and their record lists (sealed, by client id) as one read: see readRows. */
export interface RowsRead {
	rows: StoredRecord[];
	lists: ReadonlyMap<string, MetaRow>;
}

/**
 * What the client list is made from, sealed: the client rows and their record lists as one read
 * (readRows), and the client index, which needs no such care (every entry is checked against it).
 */
export interface ClientListRead {
	snapshot: Promise<RowsRead>;
	stored: Promise<MetaRow | undefined>;
}

/**
 * Rows and the record lists they are held against, in one read transaction. Another tab writes a
 * row and its list together (Vault.#withLists), so that write lands wholly before or after this
 * read; read apart, a row from before it and a list from after it look like a row put back, and the
 * client showed as damaged while another tab saved (the failed CI run of issue 32). Needs no key.
 */
function readRows(db: VeivalgDb, query: (records: VeivalgDb['records']) => Promise<StoredRecord[]>): Promise<RowsRead> {
	return db.transaction('r', db.records, db.meta, async () => {
		const rows = await query(db.records);
		const ids = [...new Set(rows.map((r) => r.clientId))];
		// Many clients: one read of every list is far faster than a read per list (one event each).
		if (ids.length > MANY_LISTS) return { rows, lists: await allLists(db) };
		const metas = await db.meta.bulkGet(ids.map(listKey));
		return { rows, lists: new Map(ids.flatMap((id, i) => (metas[i] ? [[id, metas[i]] as const] : []))) };
	});
}

/** Starts reading what the client list is made from. Needs no key: unlock starts it while the passphrase is checked. */
export function readClientList(db: VeivalgDb): ClientListRead {
	return {
		snapshot: readRows(db, (records) => records.where('kind').equals('client').toArray()),
		stored: db.meta.get(CLIENT_INDEX)
	};
}

export class Vault {
	constructor(
		readonly db: VeivalgDb,
		private readonly key: CryptoKey
	) {}

	/** Seals bytes under the data key (a backup's own key, so the recovery key can open the backup too). */
	sealWithDataKey(plain: Uint8Array, additionalData: string) {
		return sealBytes(this.key, plain, additionalData);
	}

	/**
	 * A value of the laptop's own, not of a client (the published statistics), sealed under the
	 * data key in the meta table. It never travels in a backup: what was shared is this laptop's.
	 */
	async putSealed(key: string, value: unknown): Promise<void> {
		const sealed = await sealJson(this.key, value, `meta:${key}`);
		await this.db.meta.put({ key, value: sealed });
	}

	/** Every sealed value whose key starts with the prefix; one that does not open is left out and named. */
	async listSealed(prefix: string): Promise<{ values: unknown[]; damaged: string[] }> {
		const rows = await this.db.meta.where('key').startsWith(prefix).toArray();
		const values: unknown[] = [];
		const damaged: string[] = [];
		for (const row of rows)
			try {
				values.push(await openJson(this.key, row.value as Sealed, `meta:${row.key}`));
			} catch {
				damaged.push(row.key);
			}
		return { values, damaged };
	}

	async seal<K extends KindName>(kind: K, doc: Doc<K>): Promise<StoredRecord> {
		const def = RECORD_KINDS[kind];
		const valid = def.schema.parse(doc) as Doc<K> & { id: string; updatedAt: string; clientId?: string };
		const clientId = valid.clientId ?? valid.id;
		const { iv, ct } = await sealJson(this.key, valid, aad(kind, valid.id, clientId, def.version));
		return {
			id: valid.id,
			kind,
			clientId,
			updatedAt: valid.updatedAt,
			v: def.version,
			iv,
			ct
		};
	}

	/** Opens one row; throws DamagedRecordError (with the reason) when it cannot. */
	async unseal<K extends KindName>(row: StoredRecord): Promise<Doc<K>> {
		const damaged = (reason: DamageReason) =>
			new DamagedRecordError({ id: row.id, kind: row.kind, clientId: row.clientId, updatedAt: row.updatedAt, reason });
		const kind = row.kind as K;
		const def = RECORD_KINDS[kind];
		if (!def) throw damaged('unknownKind');
		let data: Record<string, unknown>;
		try {
			data = (await openJson(this.key, row, aad(kind, row.id, row.clientId, row.v))) as Record<string, unknown>;
		} catch {
			// A write from before the record list, put back after the upgrade sealed every row anew.
			const older = await openJson(this.key, row, versionAad(kind, row.id, row.clientId, row.v)).then(
				() => true,
				() => false
			);
			throw damaged(older ? 'rolledBack' : 'decrypt');
		}
		if (!sameRecord(data, row)) throw damaged('decrypt');
		let current: Record<string, unknown>;
		try {
			current = migrate(kind, def, data, row.v);
		} catch (err) {
			throw damaged(err instanceof NewerVersionError ? 'newerVersion' : 'invalid');
		}
		const parsed = def.schema.safeParse(current);
		if (!parsed.success) throw damaged('invalid');
		return parsed.data as Doc<K>;
	}

	/** Rows with their record lists, as one read (see readRows above). */
	readRows(query: (records: VeivalgDb['records']) => Promise<StoredRecord[]>): Promise<RowsRead> {
		return readRows(this.db, query);
	}

	/** Opens rows one by one: the good ones as documents (with their kind), the rest reported as damaged. */
	async openRows<K extends KindName>({
		rows,
		lists: listRows
	}: RowsRead): Promise<{ opened: { kind: K; doc: Doc<K> }[]; damaged: DamagedRecord[] }> {
		const opened: { kind: K; doc: Doc<K> }[] = [];
		const damaged: DamagedRecord[] = [];
		const [results, lists] = await Promise.all([
			Promise.allSettled(rows.map((r) => this.unseal<K>(r))),
			this.#listsFor(
				rows.map((r) => r.clientId),
				listRows
			)
		]);
		results.forEach((o, i) => {
			const row = rows[i]!;
			// Opens, but is not the write the record list names: an older copy put back, or a row it never had.
			const wrong = o.status === 'fulfilled' ? verdict(lists.get(row.clientId), row) : null;
			if (o.status === 'fulfilled' && !wrong) opened.push({ kind: row.kind as K, doc: o.value });
			else if (wrong) damaged.push({ ...index(row), reason: wrong });
			else if (o.status === 'rejected' && o.reason instanceof DamagedRecordError) damaged.push(o.reason.damaged);
			else throw (o as PromiseRejectedResult).reason;
		});
		return { opened, damaged };
	}

	/** Rows read with their lists (readRows), then opened. */
	async openRead<K extends KindName>(
		query: (records: VeivalgDb['records']) => Promise<StoredRecord[]>
	): Promise<{ opened: { kind: K; doc: Doc<K> }[]; damaged: DamagedRecord[] }> {
		return this.openRows<K>(await this.readRows(query));
	}

	/** Writes a record; never one of a deleted client (its tombstone is read in the same transaction). */
	async put<K extends KindName>(kind: K, doc: Doc<K>): Promise<void> {
		const row = await this.seal(kind, doc);
		await this.#withLists([row.clientId], listed(row), null, async () => {
			if (await this.db.meta.get(erasedKey(row.clientId))) throw new WriteConflictError('erased');
			await this.db.records.put(row);
			await this.markChanged([row.clientId]);
		});
	}

	/** Each client's record list, from the lists read with the rows (opened once per write: cached); null where there is none. */
	async #listsFor(
		clientIds: Iterable<string>,
		listRows: ReadonlyMap<string, MetaRow>
	): Promise<Map<string, RecordList | null>> {
		const out = new Map<string, RecordList | null>();
		await Promise.all(
			[...new Set(clientIds)].map(async (id) => {
				const m = listRows.get(id);
				const write = sealedWrite(m);
				const cached = this.#listCache.get(id);
				if (!m || !write) return out.set(id, null);
				if (cached?.write === write) return out.set(id, cached.list);
				const value = await openJson(this.key, m.value as Sealed, `meta:${m.key}`).catch(() => null);
				const list = (value as { rows?: RecordList } | null)?.rows ?? null;
				this.#listCache.set(id, { write, list });
				out.set(id, list);
			})
		);
		return out;
	}
	#listCache = new Map<string, { write: string; list: RecordList | null }>();

	/**
	 * A write together with the record lists (and the erased list) it changes, in one transaction.
	 * The lists are read, changed and sealed first – sealing cannot run inside an IndexedDB
	 * transaction – and written only if nobody wrote them meanwhile (another tab); else read again.
	 * A list that does not open refuses the write: it would otherwise be rebuilt from rows it no
	 * longer vouches for.
	 */
	async #withLists<T>(
		clientIds: readonly string[],
		edit: (lists: Map<string, RecordList | null>) => void,
		editErased: ((ids: Set<string>) => void) | null,
		work: () => Promise<T>
	): Promise<T> {
		const ids = [...new Set(clientIds)];
		const keys = [...ids.map(listKey), ...(editErased ? [ERASED_LIST] : [])];
		for (let attempt = 0; attempt < 8; attempt++) {
			const before = await this.db.meta.bulkGet(keys);
			const values = await Promise.all(
				before.map((m) =>
					m ? openJson(this.key, m.value as Sealed, `meta:${m.key}`).catch(() => DAMAGED) : Promise.resolve(undefined)
				)
			);
			const bad = values.findIndex((v) => v === DAMAGED);
			if (bad >= 0) throw new AppError('damagedRecord', { detail: `${keys[bad]} does not open` });
			const lists = new Map<string, RecordList | null>(
				ids.map((id, i) => [id, { ...((values[i] as { rows?: RecordList } | undefined)?.rows ?? {}) }])
			);
			edit(lists);
			const next: { key: string; value: Sealed | null; list?: RecordList | null }[] = await Promise.all(
				ids.map(async (id) => {
					const list = lists.get(id) ?? null;
					const empty = !list || Object.keys(list).length === 0;
					return {
						key: listKey(id),
						list: empty ? null : list,
						value: empty ? null : await sealJson(this.key, { rows: list }, `meta:${listKey(id)}`)
					};
				})
			);
			if (editErased) {
				const erased = new Set((values.at(-1) as { ids?: string[] } | undefined)?.ids ?? []);
				editErased(erased);
				next.push({
					key: ERASED_LIST,
					value: await sealJson(this.key, { ids: [...erased].sort() }, `meta:${ERASED_LIST}`)
				});
			}
			const done = await this.db.transaction('rw', this.db.records, this.db.meta, async () => {
				const now = await this.db.meta.bulkGet(keys);
				if (now.some((m, i) => sealedWrite(m) !== sealedWrite(before[i]))) return null;
				const out = await work();
				const put = next.filter((n) => n.value !== null).map((n) => ({ key: n.key, value: n.value }));
				const gone = next.filter((n) => n.value === null).map((n) => n.key);
				if (put.length) await this.db.meta.bulkPut(put);
				if (gone.length) await this.db.meta.bulkDelete(gone);
				// An erasure (or a revival) takes the client index and the statistics facts with it.
				if (editErased) await this.db.meta.bulkDelete(LIST_BOUND);
				return { out };
			});
			if (!done) continue;
			for (const n of next)
				if (n.key !== ERASED_LIST)
					this.#listCache.set(n.key.slice(LIST_PREFIX.length), {
						write: n.value ? writeId(n.value.iv) : '',
						list: n.list ?? null
					});
			return done.out;
		}
		throw new WriteConflictError('changed');
	}

	/** Moves the change token of these clients; call inside the transaction that writes their records. */
	async markChanged(clientIds: Iterable<string>): Promise<void> {
		const token = crypto.randomUUID();
		await this.db.meta.bulkPut([...new Set(clientIds)].map((id) => ({ key: changedKey(id), value: token })));
	}

	/**
	 * One client's change token, or undefined when none was written yet. Read on every click that
	 * makes an output, so with plain IndexedDB on Dexie's own connection: Dexie's transaction
	 * bookkeeping took longer than the read. Outside a Dexie transaction only (it would not join it).
	 */
	async changeToken(clientId: string): Promise<string | undefined> {
		const key = changedKey(clientId);
		const row = this.db.isOpen() ? await metaRow(this.db.backendDB(), key) : await this.db.meta.get(key);
		return row === undefined ? undefined : String(row.value);
	}

	/** Every client's change token (clients never written since this existed have none). */
	async changeTokens(): Promise<Map<string, string>> {
		const rows = await this.db.meta.where('key').startsWith(CHANGED).toArray();
		return new Map(rows.map((r) => [r.key.slice(CHANGED.length), String(r.value)]));
	}

	/**
	 * Writes only if the stored record is still the one this editor started
	 * from (`base`: its updatedAt, or null for a record not stored yet) and its
	 * client still exists. Re-read and write in one transaction, so a stale tab
	 * can neither revert another tab's edit nor bring a deleted client back.
	 */
	async putChecked<K extends KindName>(kind: K, doc: Doc<K>, base: string | null): Promise<void> {
		const row = await this.seal(kind, doc);
		await this.#withLists([row.clientId], listed(row), null, async () => {
			if (await this.db.meta.get(erasedKey(row.clientId))) throw new WriteConflictError('erased');
			const [current, owner] = await Promise.all([
				this.db.records.get(row.id),
				row.clientId === row.id ? undefined : this.db.records.get(row.clientId)
			]);
			if (row.clientId !== row.id && !owner) throw new WriteConflictError('erased');
			if (base !== null && !current) throw new WriteConflictError(kind === 'client' ? 'erased' : 'changed');
			if (current && current.updatedAt !== base) throw new WriteConflictError('changed');
			await this.db.records.put(row);
			await this.markChanged([row.clientId]);
		});
	}

	async get<K extends KindName>(kind: K, id: string): Promise<Doc<K> | undefined> {
		const read = await this.readRows(async (records) => {
			const row = await records.get(id);
			return row && row.kind === kind ? [row] : [];
		});
		return read.rows[0] ? this.openOne<K>(read.rows[0], read.lists) : undefined;
	}

	/** One row, opened and held against its record list as read with it; throws DamagedRecordError when either fails. */
	async openOne<K extends KindName>(row: StoredRecord, lists: RowsRead['lists']): Promise<Doc<K>> {
		const { opened, damaged } = await this.openRows<K>({ rows: [row], lists });
		if (damaged[0]) throw new DamagedRecordError(damaged[0]);
		return opened[0]!.doc;
	}

	/** Every record of a kind; throws on the first damaged one (backup and tests want all or nothing). */
	async list<K extends KindName>(kind: K): Promise<Doc<K>[]> {
		const { opened, damaged } = await this.openRead<K>((records) => records.where('kind').equals(kind).toArray());
		if (damaged[0]) throw new DamagedRecordError(damaged[0]);
		return opened.map((o) => o.doc);
	}

	/** Every readable record of a kind, and the ones that are not. */
	async listSafe<K extends KindName>(kind: K): Promise<{ docs: Doc<K>[]; damaged: DamagedRecord[] }> {
		const { opened, damaged } = await this.openRead<K>((records) => records.where('kind').equals(kind).toArray());
		return { docs: opened.map((o) => o.doc), damaged };
	}

	/**
	 * Every client record, as the client list reads them at unlock: what listSafe('client') returns,
	 * with each client whose row and record list are still the writes the sealed client index was
	 * made from taken from the index (client-index.ts), and only the others opened one by one.
	 * `index` is what the index should now hold, when the stored one is not that; null when it is.
	 */
	async listClients(
		build: string,
		/** What readClientList read (before the key was there, at unlock); else read now. */
		read?: ClientListRead
	): Promise<{ docs: Doc<'client'>[]; damaged: DamagedRecord[]; index: ClientIndex | null }> {
		const def = RECORD_KINDS.client;
		const { snapshot, stored } = read ?? readClientList(this.db);
		// The index is opened while the rows are still being read.
		const [{ rows, lists }, entries] = await Promise.all([
			snapshot,
			stored.then((m) =>
				m
					? openJson(this.key, m.value as Sealed, `meta:${CLIENT_INDEX}`).then(
							(value) => readIndex(value, def.version),
							() => null
						)
					: null
			)
		]);
		// Made by this very build: its records passed this build's schema. Else each is parsed again
		// (a schema that gained a default since fills it in).
		const parse = entries?.build !== build;
		const docs = new Map<string, Doc<'client'>>();
		const next: IndexEntry[] = [];
		const rest: StoredRecord[] = [];
		for (const row of rows) {
			const rowWrite = rowStamp(row);
			const listWrite = sealedWrite(lists.get(row.clientId));
			const held = current(entries?.entries.get(row.id), rowWrite, listWrite);
			const doc = held === undefined || !parse ? held : def.schema.safeParse(held).data;
			if (doc === undefined) rest.push(row);
			else {
				docs.set(row.id, doc as Doc<'client'>);
				next.push([row.id, rowWrite, listWrite!, doc]);
			}
		}
		const { opened, damaged } = await this.openRows<'client'>({ rows: rest, lists });
		const byId = new Map(rest.map((r) => [r.id, r]));
		for (const { doc } of opened) {
			const row = byId.get(doc.id)!;
			// The list write the row was judged against: kept only where it is the one read above.
			const listWrite = this.#listCache.get(row.clientId)?.write;
			if (listWrite && listWrite === sealedWrite(lists.get(row.clientId)))
				next.push([doc.id, rowStamp(row), listWrite, doc]);
			docs.set(doc.id, doc);
		}
		const same = !parse && opened.length === 0 && next.length === entries?.entries.size;
		return {
			docs: rows.flatMap((r) => docs.get(r.id) ?? []),
			damaged,
			index: same ? null : { v: def.version, build, entries: next }
		};
	}

	/**
	 * Stores the client index listClients made, in one transaction, only with entries whose record
	 * list is still the write they were made from: a client erased or written meanwhile (another
	 * tab) is left out, so an erased client's name is never written back. Returns how many entries.
	 */
	saveClientIndex(index: ClientIndex): Promise<number> {
		return this.#saveListBound(CLIENT_INDEX, index, (e) => e[2]);
	}

	/** Stores Statistikk's facts per client ([id, list write, facts]) as saveClientIndex stores the index. */
	saveStatisticsFacts(facts: { build: string; entries: [id: string, listWrite: string, facts: unknown][] }) {
		return this.#saveListBound(STATISTICS_FACTS, facts, (e) => e[1]);
	}

	/** Statistikk's stored facts: those whose client's record list is still the write they were read under. */
	async statisticsFacts(
		build: string,
		/** Each client's list write now (listWrites), when the caller has read them already. */
		writes?: ReadonlyMap<string, string>
	): Promise<Map<string, { listWrite: string; facts: unknown }>> {
		const [{ values }, now] = await Promise.all([this.listSealed(STATISTICS_FACTS), writes ?? this.listWrites()]);
		const stored = values[0] as { build?: unknown; entries?: unknown } | undefined;
		const out = new Map<string, { listWrite: string; facts: unknown }>();
		// Made by another build, the facts may be of another shape: read anew.
		if (stored?.build !== build || !Array.isArray(stored.entries)) return out;
		for (const e of stored.entries as unknown[][])
			if (typeof e[0] === 'string' && now.get(e[0]) === e[1]) out.set(e[0], { listWrite: e[1] as string, facts: e[2] });
		return out;
	}

	/** Each client's record list write (the IV of its sealed list), by client id. */
	async listWrites(): Promise<Map<string, string>> {
		const writes = new Map<string, string>();
		for (const [id, m] of await allLists(this.db)) {
			const write = sealedWrite(m);
			if (write) writes.set(id, write);
		}
		return writes;
	}

	async #saveListBound<E extends [string, ...unknown[]]>(
		key: string,
		value: { entries: E[] },
		listWriteOf: (e: E) => string
	): Promise<number> {
		let entries = value.entries;
		for (let attempt = 0; attempt < 3; attempt++) {
			const sealed = await sealJson(this.key, { ...value, entries }, `meta:${key}`);
			const moved = await this.db.transaction('rw', this.db.meta, async () => {
				const lists = await allLists(this.db);
				const moved = new Set(entries.filter((e) => sealedWrite(lists.get(e[0])) !== listWriteOf(e)).map((e) => e[0]));
				if (moved.size === 0) await this.db.meta.put({ key, value: sealed });
				return moved;
			});
			if (moved.size === 0) return entries.length;
			entries = entries.filter((e) => !moved.has(e[0]));
		}
		return 0;
	}

	/** Everything stored about one client in one read; damaged rows reported, never thrown. */
	async loadClient(clientId: string): Promise<{ records: ClientRecords; damaged: DamagedRecord[] }> {
		const { opened, damaged } = await this.openRead<KindName>((records) =>
			records.where('clientId').equals(clientId).toArray()
		);
		const records: ClientRecords = { sessions: [] };
		for (const { kind, doc } of opened) {
			if (kind === 'session') records.sessions.push(doc as Doc<'session'>);
			else (records as unknown as Record<string, unknown>)[kind] = doc;
		}
		return { records, damaged };
	}

	/**
	 * Re-seals records written under an older binding (before the record list, the schema version,
	 * or the client were bound) under the current one, and writes the record lists and the erased
	 * list from them, once, in one transaction. A row that does not open under the binding it was
	 * written with is left as it is (it shows as damaged). Returns how many were re-sealed.
	 *
	 * A database that already holds rows written under the list, but whose binding mark says
	 * otherwise, had the mark changed in the raw database: nothing is rebuilt from what is there
	 * now, so rows put back meanwhile stay outside the list.
	 */
	async bindToClients(): Promise<number> {
		if ((await this.db.meta.get(BINDING_META))?.value === BINDING) return 0;
		for (let attempt = 0; attempt < 5; attempt++) {
			const rows = await this.db.records.toArray();
			const resealed: StoredRecord[] = [];
			let listedAlready = false;
			for (const row of rows) {
				const current = await openJson(this.key, row, aad(row.kind, row.id, row.clientId, row.v)).catch(
					() => undefined
				);
				if (current !== undefined) {
					listedAlready = true;
					continue;
				}
				// Only a row that opens under the binding it was written with, and whose sealed data names the
				// same record and client as its clear fields, is re-sealed; anything else stays for the readers
				// to report as damaged.
				for (const older of [
					versionAad(row.kind, row.id, row.clientId, row.v),
					clientAad(row.kind, row.id, row.clientId),
					legacyAad(row.kind, row.id)
				]) {
					const data = await openJson(this.key, row, older).catch(() => undefined);
					if (data === undefined) continue;
					if (sameRecord(data, row)) {
						// The version is bound from layout 3 on: take it from the sealed data, not the clear field
						// (a clear version changed before this first unlock would otherwise be sealed in).
						const v = sealedVersion(data) ?? row.v;
						resealed.push({ ...row, v, ...(await sealJson(this.key, data, aad(row.kind, row.id, row.clientId, v))) });
					}
					break;
				}
			}
			if (listedAlready) {
				await this.db.meta.put({ key: BINDING_META, value: BINDING });
				return 0;
			}
			const lists = await Promise.all(
				[...listsOf(resealed)].map(async ([clientId, list]) => ({
					key: listKey(clientId),
					value: await sealJson(this.key, { rows: list }, `meta:${listKey(clientId)}`)
				}))
			);
			const erased = {
				key: ERASED_LIST,
				value: await sealJson(this.key, { ids: [...(await this.erasedClients())].sort() }, `meta:${ERASED_LIST}`)
			};
			const ivs = new Map(rows.map((r) => [r.id, writeId(r.iv)]));
			const done = await this.db.transaction('rw', this.db.records, this.db.meta, async () => {
				const now = await this.db.records.toArray();
				if (now.length !== rows.length || now.some((r) => ivs.get(r.id) !== writeId(r.iv))) return false;
				await this.db.records.bulkPut(resealed);
				await this.db.meta.bulkPut([...lists, erased, { key: BINDING_META, value: BINDING }]);
				return true;
			});
			if (done) {
				this.#listCache.clear();
				return resealed.length;
			}
		}
		throw new WriteConflictError('changed');
	}

	/** The stored row as it is (encrypted), for exporting a damaged record. */
	async raw(id: string): Promise<StoredRecord | undefined> {
		return this.db.records.get(id);
	}

	async delete(id: string): Promise<void> {
		const row = await this.db.records.get(id);
		if (!row) return;
		await this.#withLists(
			[row.clientId],
			(lists) => delete lists.get(row.clientId)?.[id],
			null,
			async () => {
				await this.db.records.delete(id);
				await this.markChanged([row.clientId]);
			}
		);
	}

	/**
	 * Every record and every sealed value of the laptop's own sealed anew under `next`, with the
	 * keyring that opens it, in one transaction. Read and re-sealed first, then written only if
	 * nothing changed meanwhile (each row's IV is new with every write); otherwise read again. A row
	 * that does not open stays as it is – it could not be read before either. Returns how many.
	 */
	async resealUnder(
		next: CryptoKey,
		keyring: { key: string; value: unknown }
	): Promise<{ resealed: number; unreadable: number }> {
		for (let attempt = 0; attempt < 5; attempt++) {
			const read = await this.allRows();
			const rows = read.rows;
			const lists = await this.#listsFor(
				rows.map((r) => r.clientId),
				read.lists
			);
			const out: StoredRecord[] = [];
			let unreadable = 0;
			for (const row of rows) {
				const additional = aad(row.kind, row.id, row.clientId, row.v);
				// A row the record list does not name is not carried into the new key: it stays as it is, damaged.
				const data = verdict(lists.get(row.clientId), row)
					? undefined
					: await openJson(this.key, row, additional).catch(() => undefined);
				if (data === undefined) unreadable++;
				else out.push({ ...row, ...(await sealJson(next, data, additional)) });
			}
			const newLists = await Promise.all(
				[...listsOf(out)].map(async ([clientId, list]) => ({
					key: listKey(clientId),
					value: await sealJson(next, { rows: list }, `meta:${listKey(clientId)}`)
				}))
			);
			const sealedMeta: { key: string; value: Sealed }[] = [];
			for (const m of await this.db.meta.toArray()) {
				const v = m.value as Partial<Sealed> | undefined;
				if (!(v?.iv instanceof Uint8Array) || !(v.ct instanceof ArrayBuffer)) continue;
				// The record lists are written anew from the rows; the client index and statistics facts are made anew.
				if (m.key.startsWith(LIST_PREFIX) || LIST_BOUND.includes(m.key)) continue;
				const value = await openJson(this.key, v as Sealed, `meta:${m.key}`).catch(() => undefined);
				if (value !== undefined) sealedMeta.push({ key: m.key, value: await sealJson(next, value, `meta:${m.key}`) });
			}
			const ivs = new Map(rows.map((r) => [r.id, r.iv]));
			const same = (a: Uint8Array, b: Uint8Array | undefined) =>
				!!b && a.length === b.length && a.every((x, i) => x === b[i]);
			const done = await this.db.transaction('rw', this.db.records, this.db.meta, async () => {
				const now = await this.db.records.toArray();
				if (now.length !== rows.length || now.some((r) => !same(r.iv, ivs.get(r.id)))) return false;
				await this.db.records.bulkPut(out);
				await this.db.meta.where('key').startsWith(LIST_PREFIX).delete();
				await this.db.meta.bulkDelete(LIST_BOUND);
				await this.db.meta.bulkPut([...sealedMeta, ...newLists]);
				await this.db.meta.put(keyring);
				return true;
			});
			if (done) {
				this.#listCache.clear();
				return { resealed: out.length, unreadable };
			}
		}
		throw new WriteConflictError('changed');
	}

	/** Every stored row as it is stored (sealed), with the record lists read with them (readRows): what a backup reads. */
	async allRows(): Promise<RowsRead> {
		return this.readRows((records) => records.toArray());
	}

	/**
	 * Removes and writes sealed rows in one transaction, moving each touched client's change token:
	 * how a restore lands, all or nothing.
	 */
	async replaceRows(
		remove: string[],
		write: StoredRecord[],
		tombstones: Tombstone[] = [],
		revive: readonly string[] = [],
		/** Unreadable rows a backup carried: written as they were, and never named by the record list (they stay damaged). */
		carried: StoredRecord[] = []
	): Promise<void> {
		const clients = new Map((await this.db.records.bulkGet(remove)).map((r, i) => [remove[i]!, r?.clientId]));
		// Clients whose rows change (their change token moves); the lists also follow erasures and revivals.
		const changed = [
			...write.map((r) => r.clientId),
			...carried.map((r) => r.clientId),
			...[...clients.values()].filter((c): c is string => !!c)
		];
		await this.#withLists(
			[...changed, ...tombstones.map((t) => t.clientId), ...revive],
			(lists) => {
				for (const t of tombstones) lists.set(t.clientId, null);
				for (const [id, clientId] of clients) if (clientId) delete lists.get(clientId)?.[id];
				for (const r of write) listed(r)(lists);
			},
			(erased) => {
				for (const id of revive) erased.delete(id);
				for (const t of tombstones) erased.add(t.clientId);
			},
			async () => {
				// A deleted client the counsellor chose to take back (a handover): the erasure ends with this write.
				if (revive.length) await this.db.meta.bulkDelete(revive.map(erasedKey));
				// Erasures that came with a restore stay erasures here: tombstone first, then no row of theirs.
				for (const t of tombstones) {
					await this.db.meta.put({ key: erasedKey(t.clientId), value: t.at });
					await this.db.meta.delete(changedKey(t.clientId));
					await this.db.records.where('clientId').equals(t.clientId).delete();
				}
				if (remove.length) await this.db.records.bulkDelete(remove);
				if (write.length || carried.length) await this.db.records.bulkPut([...write, ...carried]);
				await this.markChanged(changed);
			}
		);
	}

	/**
	 * Removes the client and everything recorded about them, in one
	 * transaction, and leaves a tombstone (the random id and the time, nothing
	 * else) so no stale tab or older backup brings them back.
	 */
	async deleteClient(clientId: string, now = new Date()): Promise<number> {
		return this.#withLists(
			[clientId],
			(lists) => lists.set(clientId, null),
			(erased) => erased.add(clientId),
			async () => {
				await this.db.meta.put({ key: erasedKey(clientId), value: now.toISOString() });
				await this.db.meta.delete(changedKey(clientId));
				return this.db.records.where('clientId').equals(clientId).delete();
			}
		);
	}

	/**
	 * Erasures the sealed erased list names whose plain tombstone is gone (removed in the raw
	 * database): the tombstone is put back and any row of the client put back with it is removed
	 * again, in one transaction. Run at unlock, before anything is read. Returns how many.
	 */
	async restoreErasures(now = new Date()): Promise<number> {
		const m = await this.db.meta.get(ERASED_LIST);
		if (!m) return 0;
		const value = await openJson(this.key, m.value as Sealed, `meta:${ERASED_LIST}`).catch(() => null);
		const ids = (value as { ids?: string[] } | null)?.ids ?? [];
		const present = await this.db.meta.bulkGet(ids.map(erasedKey));
		const gone = ids.filter((_, i) => !present[i]);
		if (!gone.length) return 0;
		await this.db.transaction('rw', this.db.records, this.db.meta, async () => {
			for (const id of gone) {
				await this.db.meta.put({ key: erasedKey(id), value: now.toISOString() });
				await this.db.meta.bulkDelete([changedKey(id), listKey(id)]);
				await this.db.records.where('clientId').equals(id).delete();
			}
			await this.db.meta.bulkDelete(LIST_BOUND);
		});
		for (const id of gone) this.#listCache.delete(id);
		return gone.length;
	}

	/** Ids of deleted clients. */
	async erasedClients(): Promise<Set<string>> {
		return new Set((await this.tombstones()).map((t) => t.clientId));
	}

	/** Every tombstone: a deleted client's random id and when it was deleted – what a backup carries so erasures travel. */
	async tombstones(): Promise<Tombstone[]> {
		const rows = await this.db.meta.where('key').startsWith(ERASED).toArray();
		return rows.map((r) => ({ clientId: r.key.slice(ERASED.length), at: String(r.value) }));
	}
}

import { migrate, RECORD_KINDS, type KindName, type RecordOf } from '../domain/records';
import { openJson, sealJson } from './crypto';
import type { StoredRecord, VeivalgDb } from './db';

/**
 * The encrypted document store. Every write seals the payload with a fresh IV;
 * every read decrypts, migrates and validates against the kind's zod schema,
 * so the rest of the app only ever sees well-formed, current records.
 */

type Doc<K extends KindName> = RecordOf<K>;

const aad = (kind: string, id: string) => `${kind}:${id}`;

export class Vault {
	constructor(
		readonly db: VeivalgDb,
		private readonly key: CryptoKey
	) {}

	async seal<K extends KindName>(kind: K, doc: Doc<K>): Promise<StoredRecord> {
		const def = RECORD_KINDS[kind];
		const valid = def.schema.parse(doc) as Doc<K> & { id: string; updatedAt: string; clientId?: string };
		const { iv, ct } = await sealJson(this.key, valid, aad(kind, valid.id));
		return {
			id: valid.id,
			kind,
			clientId: valid.clientId ?? valid.id,
			updatedAt: valid.updatedAt,
			v: def.version,
			iv,
			ct
		};
	}

	async unseal<K extends KindName>(row: StoredRecord): Promise<Doc<K>> {
		const kind = row.kind as K;
		const def = RECORD_KINDS[kind];
		if (!def) throw new Error(`unknown record kind ${row.kind}`);
		const data = (await openJson(this.key, row, aad(kind, row.id))) as Record<string, unknown>;
		return def.schema.parse(migrate(kind, def, data, row.v)) as Doc<K>;
	}

	async put<K extends KindName>(kind: K, doc: Doc<K>): Promise<void> {
		await this.db.records.put(await this.seal(kind, doc));
	}

	async get<K extends KindName>(kind: K, id: string): Promise<Doc<K> | undefined> {
		const row = await this.db.records.get(id);
		return row && row.kind === kind ? this.unseal<K>(row) : undefined;
	}

	async list<K extends KindName>(kind: K): Promise<Doc<K>[]> {
		const rows = await this.db.records.where('kind').equals(kind).toArray();
		return Promise.all(rows.map((r) => this.unseal<K>(r)));
	}

	async listForClient<K extends KindName>(clientId: string, kind: K): Promise<Doc<K>[]> {
		const rows = await this.db.records.where('[clientId+kind]').equals([clientId, kind]).toArray();
		return Promise.all(rows.map((r) => this.unseal<K>(r)));
	}

	async delete(id: string): Promise<void> {
		await this.db.records.delete(id);
	}

	/** Removes the client and everything recorded about them, in one transaction. */
	async deleteClient(clientId: string): Promise<number> {
		return this.db.transaction('rw', this.db.records, () => this.db.records.where('clientId').equals(clientId).delete());
	}
}

import { version } from '$app/environment';
import { app } from './app.svelte';
import { mappingFacts, type MappingFacts } from '../domain/client/registration-derived';
import { countsHere } from '../domain/handover/handover';
import { anonRow, sessionFacts, type AnonRow, type SessionFacts } from '../domain/statistics/anon-row';
import { AppError } from '../domain/app-error';
import { contentKey, MAX_IMPORT_BYTES, parseTablesCsv, periodCode } from '../domain/statistics/csv-files';
import {
	changedSince,
	composed,
	hasEnded,
	missingQuarters,
	publishQuarter,
	readPublished,
	PUBLISHED_PREFIX,
	storedKey,
	type CountedRow,
	type PublishedQuarter
} from '../domain/statistics/ledger';
import {
	addTables,
	publish,
	quartersOf,
	type FixedPeriod,
	type Published,
	type Tables
} from '../domain/statistics/published';
import { todayIso } from '../domain/common';
import { randomBytes } from '../storage/crypto';
import type { Vault } from '../storage/vault';
import { flushAll } from './autosave.svelte';
import { clients } from './clients.svelte';
import { events } from './events';

/**
 * What the statistics page counts: this laptop's clients, made anonymous on
 * the spot from the stored records, and the tables files of other
 * counsellors a coordinator adds up. Imported files are kept in memory only
 * and forgotten at lock; nothing of them is stored.
 */

export interface ImportedFile {
	name: string;
	published: Published;
	/** The file's random id (period and numbers for a file from before ids), so the same file is never added twice. */
	key: string;
}

/** What Statistikk keeps of one client between visits (and, sealed, between unlocks). */
interface ClientFacts {
	sessions: SessionFacts[];
	mapping?: MappingFacts;
	unreadable: number;
}

/** Above this many changed clients one read of everything is faster than a read per client. */
const FULL_READ_ABOVE = 150;

export type ImportResult =
	{ ok: true; file: ImportedFile } | { ok: false; name: string; key: string; values?: Record<string, string | number> };

class StatisticsState {
	own = $state.raw<AnonRow[] | null>(null);
	/** This laptop's clients with their ids, for telling which changed since a quarter was published. */
	#counted: CountedRow[] = [];
	/** The quarters published from this laptop, by «2026-K3»: every later file for them is made from these. */
	published = $state.raw<ReadonlyMap<string, PublishedQuarter>>(new Map());
	/** Records that could not be read and so are not counted. */
	unreadable = $state(0);
	imported = $state.raw<ImportedFile[]>([]);
	includeOwn = $state(true);

	constructor() {
		events.on('locked', () => this.clear());
	}

	/**
	 * Each client's session and module 1 facts as last read, with the change
	 * token they were read under. Reading every session and mapping from
	 * IndexedDB takes longer than the page may (≈ 250 ms for 2,000 clients
	 * before decrypting), so a visit re-reads only clients whose token moved —
	 * written here or in another tab since. A cache, not state; emptied at lock.
	 * Also stored sealed (vault.saveStatisticsFacts), each client's facts with
	 * the record list write they were read under: the first read after the next
	 * unlock takes those whose list has not moved and reads only the rest.
	 */
	#facts = new Map<string, ClientFacts & { token: string | undefined; listWrite?: string }>();

	/** Counts locks: a read that started before one never fills the cache after it. */
	#generation = 0;
	#warming: Promise<void> | null = null;

	/**
	 * Reads every client's facts ahead of a first visit — started in idle time
	 * after unlock, while the counsellor looks at the list — so that opening
	 * Statistikk only has to count. Decrypting runs in the browser's crypto
	 * thread; a visit during the read waits for it instead of reading twice.
	 */
	warm(vault: Vault = app.vault): Promise<void> {
		this.#warming ??= this.#refresh(vault)
			.catch((err) => console.warn('statistics: reading ahead failed', err))
			.finally(() => (this.#warming = null));
		return this.#warming;
	}

	async #refresh(vault: Vault) {
		const generation = this.#generation;
		const tokens = await vault.changeTokens();
		// Each client's list write, read before any row: a fact is stored with the write it was read under, or an earlier one.
		let writes: Map<string, string> | undefined;
		// The first read after unlock starts from the facts stored last time (those still current).
		if (this.#facts.size === 0) {
			writes = await vault.listWrites();
			const stored = await vault.statisticsFacts(version, writes);
			if (generation !== this.#generation) return;
			for (const [id, { listWrite, facts }] of stored)
				this.#facts.set(id, { ...(facts as ClientFacts), token: tokens.get(id), listWrite });
		}
		const ids = clients.entries.map((e) => e.client.id);
		const stale = ids.filter((id) => this.#facts.get(id)?.token !== tokens.get(id) || !this.#facts.has(id));
		if (stale.length === 0) return;
		writes ??= await vault.listWrites();
		const all = stale.length > FULL_READ_ABOVE;
		if (all) await this.#readAll(vault, tokens, generation);
		else await Promise.all(stale.map((id) => this.#readClient(vault, id, tokens.get(id), generation)));
		if (generation !== this.#generation) return;
		for (const id of all ? ids : stale) {
			const f = this.#facts.get(id);
			if (f) f.listWrite = writes.get(id);
		}
		// Stored for the next unlock at once, beside the visit: a lock soon after must not lose it.
		const entries = ids.flatMap((id) => {
			const f = this.#facts.get(id);
			return f?.listWrite
				? [
						[id, f.listWrite, { sessions: f.sessions, mapping: f.mapping, unreadable: f.unreadable }] as [
							string,
							string,
							ClientFacts
						]
					]
				: [];
		});
		vault
			.saveStatisticsFacts({ build: version, entries })
			.catch((err) => console.warn('statistics facts not stored', err));
	}

	/** Every client's row, from what is stored now (pending edits written first). */
	async loadOwn(now = new Date(), vault: Vault = app.vault) {
		await flushAll();
		if (this.#warming) await this.#warming;
		await this.#refresh(vault);
		let unreadable = clients.damaged.length;
		// A client handed over is counted by one laptop only (countsHere): the kept copy or the new holder.
		this.#counted = clients.entries
			.filter(({ client }) => countsHere(client))
			.map(({ client }) => {
				const f = this.#facts.get(client.id);
				unreadable += f?.unreadable ?? 0;
				return { id: client.id, row: anonRow({ client, sessions: f?.sessions ?? [], mapping: f?.mapping }, now) };
			});
		this.own = this.#counted.map((c) => c.row);
		this.unreadable = unreadable;
		await this.#loadPublished(vault);
	}

	async #loadPublished(vault: Vault) {
		const generation = this.#generation;
		const { values } = await vault.listSealed(PUBLISHED_PREFIX);
		if (generation !== this.#generation) return;
		const quarters = readPublished(values);
		this.published = new Map(quarters.map((q) => [q.code, q]));
	}

	/**
	 * The file for a finished period, published once: quarters not yet published are published now
	 * from today's rows and stored; the file is made from the stored quarters only.
	 */
	async share(period: FixedPeriod, today = todayIso(), vault: Vault = app.vault) {
		if (!hasEnded(period, today)) throw new AppError('unknown', { key: 'statistics.notEnded' });
		const added: PublishedQuarter[] = [];
		for (const q of missingQuarters(period, this.published)) {
			const fileId = Array.from(randomBytes(8), (b) => b.toString(16).padStart(2, '0')).join('');
			const pq = publishQuarter(this.#counted, q, today, fileId);
			await vault.putSealed(PUBLISHED_PREFIX + pq.code, pq);
			added.push(pq);
		}
		const stored: ReadonlyMap<string, PublishedQuarter> = new Map([
			...this.published,
			...added.map((q) => [q.code, q] as const)
		]);
		this.published = stored;
		return composed(period, stored);
	}

	/** For a period: when its quarters were first published, and how many clients changed since. */
	publishedState(period: FixedPeriod): { made: string | null; changed: number } {
		const quarters = quartersOf(period).flatMap((q) => this.published.get(storedKey(q)) ?? []);
		return {
			made: quarters.map((q) => q.made).sort()[0] ?? null,
			changed: quarters.reduce((n, q) => n + changedSince(q, this.#counted), 0)
		};
	}

	async #readAll(vault: Vault, tokens: Map<string, string>, generation: number) {
		const [sessions, mappings] = await Promise.all([vault.listSafe('session'), vault.listSafe('mapping')]);
		if (generation !== this.#generation) return;
		this.#facts.clear();
		const entry = (id: string) => {
			let f = this.#facts.get(id);
			if (!f) this.#facts.set(id, (f = { token: tokens.get(id), sessions: [], unreadable: 0 }));
			return f;
		};
		for (const id of clients.entries.map((e) => e.client.id)) entry(id);
		for (const s of sessions.docs) entry(s.clientId).sessions.push(sessionFacts(s));
		for (const m of mappings.docs) entry(m.clientId).mapping = mappingFacts(m);
		for (const d of [...sessions.damaged, ...mappings.damaged]) entry(d.clientId).unreadable++;
	}

	async #readClient(vault: Vault, id: string, token: string | undefined, generation: number) {
		const { records, damaged } = await vault.loadClient(id);
		if (generation !== this.#generation) return;
		this.#facts.set(id, {
			token,
			sessions: records.sessions.map(sessionFacts),
			mapping: records.mapping && mappingFacts(records.mapping),
			unreadable: damaged.filter((d) => d.kind === 'session' || d.kind === 'mapping').length
		});
	}

	/** The rows the page shows: this laptop's clients. */
	get rows(): AnonRow[] {
		return this.own ?? [];
	}

	/**
	 * The coordinator's sum for a fixed period: every added file for exactly
	 * that period, and this laptop's own tables when included — all rounded,
	 * so the sum is what the files say, not more.
	 */
	combined(period: FixedPeriod): { files: ImportedFile[]; tables: Tables | null } {
		const files = this.imported.filter((f) => periodCode(f.published.period) === periodCode(period));
		const parts = files.map((f) => f.published.tables);
		// This laptop's part as it was published, where it was; else as the rows give it now (only shown, not shared).
		if (this.includeOwn)
			parts.push(
				missingQuarters(period, this.published).length === 0
					? composed(period, this.published).tables
					: publish(this.rows, period).tables
			);
		return { files, tables: parts.length ? parts.reduce(addTables) : null };
	}

	/** Adds one counsellor's tables file; a file that is not ours, is damaged or is already added changes nothing. */
	async importFile(file: File, now = new Date()): Promise<ImportResult> {
		try {
			// Size first: a file far too large is refused before a byte of it is read.
			if (file.size > MAX_IMPORT_BYTES) return { ok: false, name: file.name, key: 'statistics.import.errors.tooLarge' };
			let text: string;
			try {
				text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
			} catch {
				return { ok: false, name: file.name, key: 'statistics.import.errors.foreign' };
			}
			const { fileId, ...published } = parseTablesCsv(text, now);
			// Two laptops' files may hold the same numbers (small offices); only the same file twice is refused.
			const key = fileId ?? contentKey(published);
			const same = this.imported.find((f) => f.key === key);
			if (same)
				return { ok: false, name: file.name, key: 'statistics.import.errors.duplicate', values: { other: same.name } };
			const imported: ImportedFile = { name: file.name, published, key };
			this.imported = [...this.imported, imported];
			return { ok: true, file: imported };
		} catch (err) {
			if (err instanceof AppError) return { ok: false, name: file.name, key: err.key, values: err.values };
			console.error(err);
			return { ok: false, name: file.name, key: 'statistics.import.errors.unreadable' };
		}
	}

	removeImported(key: string) {
		this.imported = this.imported.filter((f) => f.key !== key);
	}

	clear() {
		this.#generation++;
		this.#warming = null;
		this.own = null;
		this.#counted = [];
		this.published = new Map();
		this.#facts.clear();
		this.imported = [];
		this.unreadable = 0;
		this.includeOwn = true;
	}
}

export const statistics = new StatisticsState();

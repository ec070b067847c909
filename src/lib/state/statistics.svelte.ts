import { anonRows, type AnonRow } from '../domain/statistics/anon-row';
import { CsvError } from '../domain/statistics/csv';
import { parseAnonRowsCsv } from '../domain/statistics/files';
import type { Vault } from '../storage/vault';
import { flushAll } from './autosave.svelte';
import { clients } from './clients.svelte';
import { events } from './events';

/**
 * The rows the statistics page adds up: this laptop's clients, made
 * anonymous on the spot from the stored records, and any counsellors' files
 * a coordinator has imported. Imported files are kept in memory only and
 * forgotten at lock; nothing of them is stored.
 */

export interface ImportedFile {
	name: string;
	rows: AnonRow[];
	description: string[];
	/** The file's content hash, so the same file is never added twice. */
	digest: string;
}

export type ImportResult = { ok: true; file: ImportedFile } | { ok: false; name: string; key: string; values?: Record<string, string | number> };

class StatisticsState {
	own = $state.raw<AnonRow[] | null>(null);
	/** Records that could not be read and so are not counted. */
	unreadable = $state(0);
	loading = $state(false);
	imported = $state.raw<ImportedFile[]>([]);
	includeOwn = $state(true);

	constructor() {
		events.on('locked', () => this.clear());
	}

	/** Every client's row, from what is stored now (pending edits written first). */
	async loadOwn(vault: Vault, now = new Date()) {
		this.loading = true;
		try {
			await flushAll();
			const [sessions, mappings] = await Promise.all([vault.listSafe('session'), vault.listSafe('mapping')]);
			this.own = anonRows(
				clients.entries.map((e) => e.client),
				sessions.docs,
				mappings.docs,
				now
			);
			this.unreadable = sessions.damaged.length + mappings.damaged.length + clients.damaged.length;
		} finally {
			this.loading = false;
		}
	}

	/** The rows the page shows: own (when included) and every imported file. */
	get rows(): AnonRow[] {
		const own = this.includeOwn ? (this.own ?? []) : [];
		return this.imported.length ? [...own, ...this.imported.flatMap((f) => f.rows)] : own;
	}

	/** Adds one counsellor's file; a file that is not ours or is damaged changes nothing. */
	async importFile(file: File): Promise<ImportResult> {
		try {
			const bytes = new Uint8Array(await file.arrayBuffer());
			const digest = await hash(bytes);
			if (this.imported.some((f) => f.digest === digest)) return { ok: false, name: file.name, key: 'statistics.import.errors.duplicate' };
			let text: string;
			try {
				text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
			} catch {
				return { ok: false, name: file.name, key: 'statistics.import.errors.foreign' };
			}
			const { rows, description } = parseAnonRowsCsv(text);
			const imported: ImportedFile = { name: file.name, rows, description, digest };
			this.imported = [...this.imported, imported];
			return { ok: true, file: imported };
		} catch (err) {
			if (err instanceof CsvError) return { ok: false, name: file.name, key: err.key, values: err.values };
			console.error(err);
			return { ok: false, name: file.name, key: 'statistics.import.errors.unreadable' };
		}
	}

	removeImported(digest: string) {
		this.imported = this.imported.filter((f) => f.digest !== digest);
	}

	clear() {
		this.own = null;
		this.imported = [];
		this.unreadable = 0;
		this.includeOwn = true;
	}
}

async function hash(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
	const d = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
	return Array.from(d, (b) => b.toString(16).padStart(2, '0')).join('');
}

export const statistics = new StatisticsState();

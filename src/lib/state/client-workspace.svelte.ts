import { app } from './app.svelte';
import type { SingleKind } from '../domain/records';
import { toBase64 } from '../storage/base64';
import { toAppError } from '../storage/to-app-error';
import { MODULES, type Client, type ModuleKey, type ModuleStatus } from '../domain/client/client';
import type { ClientFile, ClientRecords } from '../domain/client/client-export';
import { todayIso } from '../domain/common';
import { newConsent } from '../domain/exploring/consent';
import { newExploration } from '../domain/exploring/exploration';
import { newMapping } from '../domain/mapping/mapping';
import { newPlan } from '../domain/plan/plan';
import type { RecordOf } from '../domain/records';
import { newSession, sortSessions, type Session } from '../domain/client/session';
import { WriteConflictError, type DamagedRecord, type Vault } from '../storage/vault';
import { clients } from './clients.svelte';
import { Editor } from './editor.svelte';
import { events } from './events';

/**
 * One client's file while it is open: every record loaded once, one editor
 * (with autosave) per record, module status and client activity in one
 * place. Pages under /clients/[id] take their editors from here and keep
 * only their forms.
 *
 * A record that cannot be read is listed in `damaged` and gets no editor, so
 * nothing can overwrite it; the rest of the client stays usable.
 */

/** The records a client has one of, besides the profile: each with its blank. */
const SINGLE_RECORDS: { [K in SingleKind]: (clientId: string) => RecordOf<K> } = {
	mapping: newMapping,
	exploration: newExploration,
	consent: newConsent,
	plan: newPlan
};
export type { SingleKind };

export type WorkspaceStatus = 'loading' | 'ready' | 'notFound' | 'damaged' | 'failed' | 'erased';

export class ClientWorkspace {
	status = $state<WorkspaceStatus>('loading');
	/** Rows of this client that cannot be opened. */
	damaged = $state.raw<DamagedRecord[]>([]);
	/** Sessions, newest first. */
	sessions = $state.raw<Session[]>([]);
	/** Why loading failed, for the message. */
	/** Why the workspace could not open, as a text key (AppError). */
	error = $state<string | null>(null);

	profile = $state<Editor<'client'> | null>(null);
	#single = $state<{ [K in SingleKind]?: Editor<K> }>({});
	// A cache, not state: pages read editors through sessionEditor(), never by watching the map.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#sessionEditors = new Map<string, Editor<'session'>>();
	#closed = false;

	#offDeleted: () => void;

	/** The workspace for one client, on the vault the app holds (tests pass their own to the constructor). */
	static open(clientId: string): ClientWorkspace {
		return new ClientWorkspace(clientId, app.vault);
	}

	constructor(
		readonly clientId: string,
		private readonly vault: Vault
	) {
		// Deleted in another tab: drop every pending edit, never write it back, and say so.
		this.#offDeleted = events.on('clientDeleted', ({ clientId, remote }) => {
			if (!remote || clientId !== this.clientId) return;
			this.#closed = true;
			void this.#disposeEditors(false);
			this.status = 'erased';
		});
	}

	async load(): Promise<void> {
		try {
			const { records, damaged } = await this.vault.loadClient(this.clientId);
			if (this.#closed) return;
			this.#fill(records, damaged);
		} catch (err) {
			console.error(err);
			this.error = toAppError(err).key;
			this.status = 'failed';
		}
	}

	#fill(records: ClientRecords, damaged: DamagedRecord[]) {
		this.damaged = damaged;
		this.sessions = sortSessions(records.sessions);
		if (!records.client) {
			this.status = damaged.some((d) => d.kind === 'client') ? 'damaged' : 'notFound';
			return;
		}
		this.profile = new Editor('client', records.client, { stored: true, afterSave: (saved) => clients.upsert(saved) });
		const single: { [K in SingleKind]?: Editor<K> } = {};
		for (const kind of Object.keys(SINGLE_RECORDS) as SingleKind[]) {
			if (this.isDamaged(kind)) continue;
			const initial = (records[kind] ?? SINGLE_RECORDS[kind](this.clientId)) as RecordOf<typeof kind>;
			(single as Record<string, Editor<SingleKind>>)[kind] = new Editor(kind, initial as never, {
				stored: !!records[kind],
				afterSave: () => this.touch()
			});
		}
		this.#single = single;
		this.status = 'ready';
	}

	get client(): Client | undefined {
		return this.profile?.doc;
	}

	/** The editor of one of the client's single records; undefined while loading or when it is damaged. */
	editor<K extends SingleKind>(kind: K): Editor<K> | undefined {
		return this.#single[kind] as Editor<K> | undefined;
	}

	isDamaged(kind: string): boolean {
		return this.damaged.some((d) => d.kind === kind);
	}

	/** Any save of the client's records counts as activity (the list sorts by it). */
	touch() {
		this.profile?.changed();
	}

	/** An explicit choice (not typing): written at once, not after the autosave pause. */
	setModuleStatus(module: ModuleKey, status: ModuleStatus) {
		const p = this.profile;
		if (!p || p.doc.moduleStatus[module] === status) return;
		p.doc.moduleStatus[module] = status;
		p.doc.moduleDoneOn[module] = status === 'done' ? todayIso() : '';
		p.changed();
		void p.autosave.flush();
	}

	/** The first edit in a module moves it from "not started" to "in progress". */
	started(module: ModuleKey) {
		if (this.client?.moduleStatus[module] === 'notStarted') this.setModuleStatus(module, 'inProgress');
	}

	/** Records a new session, stored at once so its page can be opened and linked. */
	async addSession(date: string): Promise<Session | null> {
		const s = newSession(this.clientId, date);
		const client = this.client;
		if (client) s.modules = MODULES.filter((m) => client.moduleStatus[m] === 'inProgress');
		// The same people usually meet again: start from the last session's participants (and kind).
		const last = this.sessions[0];
		if (last) {
			s.participants = [...last.participants];
			s.kind = last.kind === 'group' ? 'individual' : last.kind;
		}
		try {
			await this.vault.put('session', s);
		} catch (err) {
			// Deleted in another tab (or by a restore) since this page opened: nothing is written, and the page says so.
			if (err instanceof WriteConflictError && err.reason === 'erased') {
				this.status = 'erased';
				return null;
			}
			throw err;
		}
		this.sessions = sortSessions([...this.sessions, s]);
		this.touch();
		return s;
	}

	/**
	 * Registers this group session for other clients who took part: each gets
	 * their own record (same date, kind, mode, length and group id) with an
	 * empty note — nothing written about this client reaches theirs. Returns
	 * the ids written; a client deleted meanwhile is skipped.
	 */
	async shareGroupSession(sessionId: string, clientIds: string[]): Promise<string[]> {
		const ed = this.sessionEditor(sessionId);
		if (!ed) return [];
		if (!ed.doc.groupId) {
			ed.doc.groupId = crypto.randomUUID();
			ed.changed();
		}
		await ed.autosave.flush();
		const source = ed.doc;
		const written: string[] = [];
		for (const id of clientIds.filter((x, i) => clientIds.indexOf(x) === i)) {
			if (id === this.clientId) continue;
			const s = newSession(id, source.date);
			Object.assign(s, {
				kind: 'group',
				groupId: source.groupId,
				mode: source.mode,
				minutes: source.minutes,
				modules: [...source.modules]
			});
			try {
				await this.vault.putChecked('session', s, null);
				written.push(id);
			} catch (err) {
				if (!(err instanceof WriteConflictError)) throw err;
			}
		}
		return written;
	}

	sessionEditor(id: string): Editor<'session'> | undefined {
		let ed = this.#sessionEditors.get(id);
		if (ed) return ed;
		const s = this.sessions.find((x) => x.id === id);
		if (!s) return undefined;
		ed = new Editor('session', s, {
			stored: true,
			afterSave: (saved) => {
				this.sessions = sortSessions(this.sessions.map((x) => (x.id === saved.id ? saved : x)));
				this.touch();
			}
		});
		this.#sessionEditors.set(id, ed);
		return ed;
	}

	async deleteSession(id: string) {
		this.#sessionEditors.get(id)?.discard();
		this.#sessionEditors.delete(id);
		await this.vault.delete(id);
		this.sessions = this.sessions.filter((s) => s.id !== id);
		this.touch();
	}

	/**
	 * Everything stored about the client, read back from storage after pending
	 * edits are written: the client's copy and the outputs are made from what
	 * is stored, never from what happens to be on screen.
	 */
	async storedFile(): Promise<ClientFile | null> {
		await this.flush();
		// The client's change token moves with every write of their records, from any tab: while it
		// stands, the file read last time is still what is stored, and a second PDF need not read it again.
		const token = await this.vault.changeToken(this.clientId);
		if (token !== undefined && this.#stored?.token === token) return this.#stored.file;
		const { records } = await this.vault.loadClient(this.clientId);
		if (!records.client) return null;
		const file = { ...records, client: records.client, sessions: sortSessions(records.sessions) };
		this.#stored = token === undefined ? null : { token, file };
		return file;
	}
	/** The last file read from storage, with the change token it was read under. */
	#stored: { token: string; file: ClientFile } | null = null;

	/** Writes every pending edit of this client now. */
	async flush() {
		const modules = [...Object.values(this.#single), ...this.#sessionEditors.values()] as Editor<never>[];
		await Promise.all(modules.map((e) => e.autosave.flush()));
		await this.profile?.autosave.flush();
	}

	/** The stored, encrypted form of a damaged row, as a file the counsellor can hand to support. */
	async rawDamaged(id: string): Promise<string | null> {
		const row = await this.vault.raw(id);
		if (!row) return null;
		const { iv, ct, ...index } = row;
		return JSON.stringify(
			{
				format: 'veivalg-damaged-record',
				...index,
				iv: toBase64(new Uint8Array(iv)),
				ct: toBase64(new Uint8Array(ct))
			},
			null,
			2
		);
	}

	/** Removes a damaged row for good; the module starts afresh. */
	async removeDamaged(id: string) {
		await this.vault.delete(id);
		await this.reload();
	}

	async reload() {
		await this.#disposeEditors(true);
		this.status = 'loading';
		await this.load();
	}

	/** Deletes the client and everything about them; nothing pending is written back. */
	async deleteClient() {
		this.#closed = true;
		await this.#disposeEditors(false);
		await this.vault.deleteClient(this.clientId);
		clients.remove(this.clientId);
		await events.emit('clientDeleted', { clientId: this.clientId, remote: false });
	}

	/** Writes what is pending and stops tracking. */
	async close() {
		this.#offDeleted();
		if (this.#closed) return;
		this.#closed = true;
		await this.#disposeEditors(true);
	}

	async #disposeEditors(write: boolean) {
		const modules = [...Object.values(this.#single), ...this.#sessionEditors.values()] as Editor<never>[];
		this.#sessionEditors.clear();
		if (!write) {
			for (const e of modules) e.discard();
			this.profile?.discard();
			return;
		}
		// Module editors first: their saves touch the profile, which is written last.
		await Promise.all(modules.map((e) => e.close()));
		await this.profile?.close();
	}
}

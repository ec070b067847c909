import { isFinal, toAppError } from '../storage/to-app-error';

/**
 * Autosave for one edited document.
 *
 * - `changed()` after every edit; the write starts `delay` ms after the last
 *   one (well inside the 1 s promise).
 * - Writes are serialised: each waits for the previous, and each takes a
 *   snapshot when it starts, so the last edit is always the last write.
 * - A failed write keeps the edit in memory, shows an error and retries.
 * - `flush()` writes now; every live draft is flushed on pagehide, on hiding
 *   the tab, before locking and before an app update reloads the page.
 * - A write is begun when it is taken: `begin(value)` runs at once and takes what
 *   the write needs (the open vault), so locking straight after a flush clears
 *   the screen and the app's keys while the flushed writes still finish.
 */

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface AutosaveOptions {
	delay?: number;
	retryDelay?: number;
}

/** Takes one value to write and returns the write, holding what it needs from the moment it was taken. */
export type BeginWrite<T> = (value: T) => () => Promise<void>;

/** What a save indicator needs to know, whatever the document type. */
export interface SaveState {
	readonly status: SaveStatus;
	readonly savedAt: number | null;
	readonly errorKey: string | null;
	flush(): Promise<void>;
}

// Not reactive on purpose: only flushAll() walks it.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const live = new Set<SaveState & { readonly dirty: boolean }>();

export class Autosave<T> implements SaveState {
	status = $state<SaveStatus>('idle');
	/** Time of the last successful write, ms since epoch. */
	savedAt = $state<number | null>(null);
	errorKey = $state<string | null>(null);

	#dirty = false;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#chain: Promise<void> = Promise.resolve();
	readonly #delay: number;
	readonly #retryDelay: number;

	readonly #read: () => T;
	readonly #begin: BeginWrite<T>;

	constructor(read: () => T, begin: BeginWrite<T>, options: AutosaveOptions = {}) {
		this.#read = read;
		this.#begin = begin;
		this.#delay = options.delay ?? 400;
		this.#retryDelay = options.retryDelay ?? 3000;
		live.add(this);
	}

	get dirty() {
		return this.#dirty;
	}

	changed(): void {
		this.#dirty = true;
		if (this.status !== 'error') this.status = 'pending';
		this.#schedule(this.#delay);
	}

	flush(): Promise<void> {
		clearTimeout(this.#timer);
		if (this.#dirty) {
			this.#dirty = false;
			// Snapshot now: later edits go into the next write, never this one.
			const snapshot = structuredClone($state.snapshot(this.#read())) as T;
			let write: () => Promise<void>;
			try {
				write = this.#begin(snapshot);
			} catch (err) {
				// Nothing to write with (locked): the edit stays marked for the next flush.
				this.#failed(err);
				return this.#chain;
			}
			this.#chain = this.#chain.then(() => this.#save(write));
		}
		return this.#chain;
	}

	/** Stop tracking; writes what is pending first. */
	async dispose(): Promise<void> {
		await this.flush();
		live.delete(this);
	}

	/** Stop tracking and drop anything pending: the record is being deleted. */
	discard(): void {
		clearTimeout(this.#timer);
		this.#dirty = false;
		live.delete(this);
	}

	#schedule(ms: number) {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), ms);
	}

	async #save(write: () => Promise<void>): Promise<void> {
		this.status = 'saving';
		try {
			await write();
			this.errorKey = null;
			this.savedAt = Date.now();
			this.status = this.#dirty ? 'pending' : 'saved';
		} catch (err) {
			this.#failed(err);
		}
	}

	#failed(err: unknown) {
		// Keep the edit: mark dirty so the retry (or the next flush) writes the current value.
		this.#dirty = true;
		const error = toAppError(err);
		this.errorKey = error.key;
		this.status = 'error';
		// A discarded draft (deleted record) is never retried, nor a write refused for a conflict
		// or by the lock: retrying cannot help, and the edit stays on screen.
		if (live.has(this) && !isFinal(error)) this.#schedule(this.#retryDelay);
	}
}

export function flushAll(): Promise<void> {
	return Promise.all([...live].map((d) => d.flush())).then(() => undefined);
}

export function hasUnsaved(): boolean {
	return [...live].some((d) => d.dirty || d.status === 'saving' || d.status === 'error');
}

/** An edit whose write failed exists only in this page: it must not be reloaded away. */
export const hasFailedWrites = (): boolean => [...live].some((d) => d.status === 'error');

let reloading = false;
/** The app reloads on purpose (after a lock, with every edit stored): no «leave this page?» question. */
export function reloadPage(): void {
	reloading = true;
	location.reload();
}

let installed = false;

/** Flush when the page may be going away; browsers give IndexedDB time to commit. */
export function installFlushOnHide(): void {
	if (installed || typeof window === 'undefined') return;
	installed = true;
	window.addEventListener('pagehide', () => void flushAll());
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'hidden') void flushAll();
	});
	// Ask before leaving only when a write is failing: then the edit exists nowhere but here.
	window.addEventListener('beforeunload', (e) => {
		void flushAll();
		if (!reloading && hasFailedWrites()) e.preventDefault();
	});
}

import { nowIso } from '../domain/common';
import type { KindName, RecordOf } from '../domain/records';
import { afterPaint, app } from './app.svelte';
import { Autosave } from './autosave.svelte';

/**
 * An open document being edited: a deep reactive copy plus its autosave.
 * Forms bind to `doc` and call `changed()` from one `oninput` on the form.
 * Saving stamps `updatedAt`; `afterSave` lets the owner react (the client
 * workspace counts any save as client activity).
 */
export class Editor<K extends KindName> {
	doc: RecordOf<K>;
	readonly autosave: Autosave<RecordOf<K>>;

	/** updatedAt of the stored version this editor builds on; null until first stored. */
	#base: string | null;

	constructor(
		readonly kind: K,
		initial: RecordOf<K>,
		options: { stored: boolean; afterSave?: (saved: RecordOf<K>) => void }
	) {
		this.doc = $state(structuredClone($state.snapshot(initial)) as RecordOf<K>);
		this.#base = options.stored ? (initial as { updatedAt: string }).updatedAt : null;
		this.autosave = new Autosave(
			() => this.doc,
			(value) => {
				// Taken now: a lock straight after clears the app's vault, this write keeps it until done.
				const vault = app.vault;
				return async () => {
					// Taken by a lock: the lock screen is drawn first, then the (perhaps long) encryption runs.
					if (!app.isOpen(vault)) await afterPaint();
					const saved = { ...value, updatedAt: nowIso() } as RecordOf<K>;
					// Refused when another tab changed it meanwhile, or the client was deleted.
					await vault.putChecked(kind, saved, this.#base);
					this.#base = (saved as { updatedAt: string }).updatedAt;
					// Locked meanwhile: nothing more goes on screen or into memory.
					if (app.isOpen(vault)) options.afterSave?.(saved);
				};
			}
		);
	}

	changed = () => this.autosave.changed();

	/** Writes what is pending, then stops tracking. */
	close = () => this.autosave.dispose();

	/** Stops tracking without writing: the record is being deleted. */
	discard = () => this.autosave.discard();
}

import { nowIso } from '../domain/common';
import type { KindName, RecordOf } from '../domain/records';
import { app } from './app.svelte';
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

	constructor(
		readonly kind: K,
		initial: RecordOf<K>,
		afterSave: (saved: RecordOf<K>) => void = () => {}
	) {
		this.doc = $state(structuredClone($state.snapshot(initial)) as RecordOf<K>);
		this.autosave = new Autosave(
			() => this.doc,
			async (value) => {
				const saved = { ...value, updatedAt: nowIso() } as RecordOf<K>;
				await app.vault.put(kind, saved);
				afterSave(saved);
			}
		);
	}

	changed = () => this.autosave.changed();

	/** Writes what is pending, then stops tracking. */
	close = () => this.autosave.dispose();

	/** Stops tracking without writing: the record is being deleted. */
	discard = () => this.autosave.discard();
}

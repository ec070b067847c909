import { nowIso } from '../domain/common';
import type { KindName, RecordOf } from '../domain/records';
import { app } from './app.svelte';
import { Autosave } from './autosave.svelte';
import { clients } from './clients.svelte';

/**
 * An open document being edited: a deep reactive copy plus its autosave.
 * Forms bind to `doc` and call `changed()` from one `oninput` on the form.
 * Saving stamps `updatedAt`, and any save bumps the client's last activity.
 */
export class Editor<K extends KindName> {
	doc: RecordOf<K>;
	readonly autosave: Autosave<RecordOf<K>>;

	constructor(
		readonly kind: K,
		initial: RecordOf<K>
	) {
		this.doc = $state(structuredClone($state.snapshot(initial)) as RecordOf<K>);
		this.autosave = new Autosave(
			() => this.doc,
			async (value) => {
				const saved = { ...value, updatedAt: nowIso() } as RecordOf<K>;
				await app.vault.put(kind, saved);
				if (kind === 'client') clients.upsert(saved as RecordOf<'client'>);
				else await touchClient((saved as { clientId: string }).clientId);
			}
		);
	}

	changed = () => this.autosave.changed();

	close = () => this.autosave.dispose();
}

/** Any work on a client's records counts as activity for sorting the list. */
export async function touchClient(clientId: string) {
	const client = clients.get(clientId);
	if (!client) return;
	const saved = { ...client, updatedAt: nowIso() };
	await app.vault.put('client', saved);
	clients.upsert(saved);
}

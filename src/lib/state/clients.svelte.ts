import { events } from './events';
import { version } from '$app/environment';
import { app, whenIdle } from './app.svelte';
import {
	indexClient,
	searchClients,
	sortClients,
	type ClientIndexEntry,
	type ClientSort
} from '../domain/client/client-list';
import { newClient, type Client } from '../domain/client/client';
import type { ClientListRead, DamagedRecord, Vault } from '../storage/vault';

/**
 * All clients, decrypted once at unlock and kept in memory while unlocked:
 * names are encrypted at rest, so search has to happen here. Each client's
 * folded search string is computed once, which keeps typing in the search box
 * fast with thousands of clients. A client record that cannot be read is
 * listed apart (`damaged`); it never hides the others.
 */
class ClientsState {
	entries = $state.raw<ClientIndexEntry[]>([]);
	damaged = $state.raw<DamagedRecord[]>([]);
	loaded = $state(false);

	/**
	 * Reads every client from the vault the app holds while unlocked (the one way state reaches it).
	 * When the sealed client index was not current, it is stored anew once the list is on screen,
	 * so the next unlock opens only the clients written since (storage/client-index.ts).
	 */
	async load(vault: Vault = app.vault, read?: ClientListRead) {
		const { docs, damaged, index } = await vault.listClients(version, read);
		this.entries = docs.map(indexClient);
		this.damaged = damaged;
		this.loaded = true;
		if (index)
			whenIdle(() => {
				// Not after a lock: the next unlock makes it.
				if (this.loaded)
					vault.saveClientIndex(index).catch((err) => console.warn('Veivalg: client index not stored', err));
			});
	}

	clear() {
		this.entries = [];
		this.damaged = [];
		this.loaded = false;
	}

	get(id: string): Client | undefined {
		return this.entries.find((e) => e.client.id === id)?.client;
	}

	upsert(client: Client) {
		const entry = indexClient(client);
		const i = this.entries.findIndex((e) => e.client.id === client.id);
		this.entries = i === -1 ? [...this.entries, entry] : this.entries.with(i, entry);
	}

	/** A new client, stored at once so its pages can be opened. */
	async create(name: string): Promise<Client> {
		const client = newClient(name);
		await app.vault.put('client', client);
		this.upsert(client);
		return client;
	}

	/** Deletes a client and everything stored about them for good (a tombstone stays). */
	async erase(id: string) {
		await app.vault.deleteClient(id);
		this.remove(id);
		// Every erasure reaches the other tabs (tabs.svelte.ts), wherever it was made.
		await events.emit('clientDeleted', { clientId: id, remote: false });
	}

	remove(id: string) {
		this.entries = this.entries.filter((e) => e.client.id !== id);
		this.damaged = this.damaged.filter((d) => d.clientId !== id);
	}

	query(text: string, sort: ClientSort): Client[] {
		return sortClients(searchClients(this.entries, text), sort).map((e) => e.client);
	}
}

export const clients = new ClientsState();

import { indexClient, searchClients, sortClients, type ClientIndexEntry, type ClientSort } from '../domain/client-list';
import type { Client } from '../domain/client';
import type { Vault } from '../storage/vault';

/**
 * All clients, decrypted once at unlock and kept in memory while unlocked:
 * names are encrypted at rest, so search has to happen here. Each client's
 * folded search string is computed once, which keeps typing in the search box
 * fast with thousands of clients.
 */
class ClientsState {
	entries = $state.raw<ClientIndexEntry[]>([]);
	loaded = $state(false);

	async load(vault: Vault) {
		const clients = await vault.list('client');
		this.entries = clients.map(indexClient);
		this.loaded = true;
	}

	clear() {
		this.entries = [];
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

	remove(id: string) {
		this.entries = this.entries.filter((e) => e.client.id !== id);
	}

	query(text: string, sort: ClientSort): Client[] {
		return sortClients(searchClients(this.entries, text), sort).map((e) => e.client);
	}
}

export const clients = new ClientsState();

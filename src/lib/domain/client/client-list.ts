import type { Client } from './client';
import { currentAdviser } from './client';

/**
 * Searching and sorting the client list, as pure functions so the list stays
 * fast with thousands of clients: each client gets a folded search string once.
 */

export type ClientSort = 'activity' | 'name';

/** Lower-case and strip diacritics, but keep æ ø å distinct as Norwegians expect. */
export function fold(s: string): string {
	return s
		.toLocaleLowerCase('nb')
		.replace(/å/g, '\uE000')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/\uE000/g, 'å');
}

export interface ClientIndexEntry {
	client: Client;
	haystack: string;
}

export function indexClient(client: Client): ClientIndexEntry {
	const adviser = currentAdviser(client);
	const haystack = fold([client.name, client.navOffice, adviser?.name ?? '', client.birthYear ?? ''].join(' '));
	return { client, haystack };
}

/** Every word typed must occur somewhere: "ola nav oslo" narrows as expected. */
export function searchClients(entries: ClientIndexEntry[], query: string): ClientIndexEntry[] {
	const words = fold(query).split(/\s+/).filter(Boolean);
	if (words.length === 0) return entries;
	return entries.filter((e) => words.every((w) => e.haystack.includes(w)));
}

const collator = new Intl.Collator('nb', { sensitivity: 'base' });

export function sortClients(entries: ClientIndexEntry[], sort: ClientSort): ClientIndexEntry[] {
	const copy = [...entries];
	if (sort === 'name') copy.sort((a, b) => collator.compare(a.client.name, b.client.name));
	else copy.sort((a, b) => b.client.updatedAt.localeCompare(a.client.updatedAt));
	return copy;
}

import { describe, expect, it } from 'vitest';
import { newClient, type Client } from '$lib/domain/client/client';
import { fold, indexClient, searchClients, sortClients } from '$lib/domain/client/client-list';

function client(name: string, extra: Partial<Client> = {}): Client {
	return { ...newClient(name), ...extra };
}

const entries = [
	client('Åse Ødegård', { updatedAt: '2026-11-01T10:00:00.000Z', navOffice: 'Nav Grünerløkka' }),
	client('Ola Nordmann', { updatedAt: '2026-11-20T10:00:00.000Z', navOffice: 'Nav Bærum' }),
	client('Áila Niillasdóttir Čoarvi', { updatedAt: '2026-10-01T10:00:00.000Z', navOffice: 'Nav Kautokeino' }),
	client('Øystein Aas', { updatedAt: '2026-09-01T10:00:00.000Z' })
].map(indexClient);

const names = (list: typeof entries) => list.map((e) => e.client.name);

describe('client search', () => {
	it('ignores case and accents but keeps æ, ø and å apart', () => {
		expect(fold('Áila Čoarvi')).toBe('aila coarvi');
		expect(fold('Åse Ødegård')).toBe('åse ødegård');
		expect(names(searchClients(entries, 'aila'))).toEqual(['Áila Niillasdóttir Čoarvi']);
		expect(names(searchClients(entries, 'åse'))).toEqual(['Åse Ødegård']);
		expect(names(searchClients(entries, 'ase'))).toEqual([]);
	});

	it('matches every word typed, across name and Nav office', () => {
		expect(names(searchClients(entries, 'ola bærum'))).toEqual(['Ola Nordmann']);
		expect(names(searchClients(entries, 'ola kautokeino'))).toEqual([]);
		expect(searchClients(entries, '  ')).toHaveLength(4);
	});

	it('sorts by name in Norwegian order (Æ Ø Å last)', () => {
		expect(names(sortClients(entries, 'name'))).toEqual([
			'Áila Niillasdóttir Čoarvi',
			'Ola Nordmann',
			'Øystein Aas',
			'Åse Ødegård'
		]);
	});

	it('sorts by last activity, newest first', () => {
		expect(names(sortClients(entries, 'activity'))[0]).toBe('Ola Nordmann');
	});
});

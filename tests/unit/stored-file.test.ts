import { describe, expect, it } from 'vitest';
import { newClient } from '$lib/domain/client/client';
import { newPlan } from '$lib/domain/plan/plan';
import { importDataKey, randomBytes } from '$lib/storage/crypto';
import { VeivalgDb } from '$lib/storage/db';
import { Vault } from '$lib/storage/vault';
import { ClientWorkspace } from '$lib/state/client-workspace.svelte';

/**
 * What an output is made from: the client's file as stored. A second PDF in a row reads nothing
 * again while nothing changed; a write from anywhere (this tab or another) is in the next one.
 */
describe('the stored file the outputs are made from', () => {
	it('is read once while the client’s records stand still, and read again after any write', async () => {
		const vault = new Vault(new VeivalgDb(`stored-file-${crypto.randomUUID()}`), await importDataKey(randomBytes(32)));
		const client = newClient('Kari Nordmann');
		await vault.put('client', client);
		const plan = newPlan(client.id);
		plan.goal.occupation = 'Tømrer';
		await vault.put('plan', plan);
		const ws = new ClientWorkspace(client.id, vault);

		const first = await ws.storedFile();
		expect(first?.plan?.goal.occupation).toBe('Tømrer');
		expect(await ws.storedFile()).toBe(first);

		// Another tab writes the plan: the change token moves in the same transaction.
		await vault.put('plan', {
			...plan,
			goal: { ...plan.goal, occupation: 'Snekker' },
			updatedAt: new Date().toISOString()
		});
		const next = await ws.storedFile();
		expect(next).not.toBe(first);
		expect(next?.plan?.goal.occupation).toBe('Snekker');
	});
});

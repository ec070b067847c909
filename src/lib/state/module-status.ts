import type { ModuleKey, ModuleStatus } from '../domain/client';
import { nowIso } from '../domain/common';
import { app } from './app.svelte';
import { clients } from './clients.svelte';

/** Set where the client stands in a module; counts as activity. */
export async function setModuleStatus(clientId: string, module: ModuleKey, status: ModuleStatus) {
	const client = clients.get(clientId);
	if (!client || client.moduleStatus[module] === status) return;
	const updated = { ...client, moduleStatus: { ...client.moduleStatus, [module]: status }, updatedAt: nowIso() };
	clients.upsert(updated);
	await app.vault.put('client', updated);
}

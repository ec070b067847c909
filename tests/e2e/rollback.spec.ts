import { expect, test, type Page } from '@playwright/test';
import { createClient, setUp, unlock, waitSaved } from './helpers';
import { rec, seedRecords } from './seed';

/**
 * Someone who can write to the browser's database but has no key (a copy of the profile, a backup
 * tool, malware in the user's account) puts back rows from an older copy. The record list
 * (storage/record-list.ts) makes such a row damaged and never read, and an erasure stays an erasure.
 */

/**
 * What a tool with write access to the browser's database does, run in the page beside the app's own
 * connection: copy a client's rows (and their list) aside into a database of its own, put them back
 * later, remove a meta row, or list what a client has.
 */
function tool(
	page: Page,
	op: 'copy' | 'putBack' | 'deleteMeta' | 'kinds' | 'metaWrite',
	arg: { clientId?: string; kind?: string; key?: string }
): Promise<string[]> {
	return page.evaluate(
		async ({ op, arg }) => {
			const open = (name: string, create?: (db: IDBDatabase) => void) =>
				new Promise<IDBDatabase>((res, rej) => {
					const req = indexedDB.open(name, 1);
					req.onupgradeneeded = () => create?.(req.result);
					req.onsuccess = () => res(req.result);
					req.onerror = () => rej(req.error);
				});
			const done = (tx: IDBTransaction) => new Promise((res) => (tx.oncomplete = res));
			const all = <T>(req: IDBRequest<T>) =>
				new Promise<T>((res, rej) => ((req.onsuccess = () => res(req.result)), (req.onerror = () => rej(req.error))));
			const app = await new Promise<IDBDatabase>((res) => {
				const req = indexedDB.open('veivalg');
				req.onsuccess = () => res(req.result);
			});
			const aside = await open('tool-copy', (db) => db.createObjectStore('rows', { autoIncrement: true }));
			let out: string[] = [];
			if (op === 'kinds') {
				const rows = await all(
					app.transaction('records').objectStore('records').index('clientId').getAll(arg.clientId)
				);
				out = rows.map((r: { kind: string }) => r.kind).sort();
			} else if (op === 'copy') {
				const rows = await all(
					app.transaction('records').objectStore('records').index('clientId').getAll(arg.clientId)
				);
				const list = await all(app.transaction('meta').objectStore('meta').get(`list:${arg.clientId}`));
				const tx = aside.transaction('rows', 'readwrite');
				for (const row of rows) tx.objectStore('rows').add({ store: 'records', row });
				if (list) tx.objectStore('rows').add({ store: 'meta', row: list });
				await done(tx);
				out = rows.map((r: { kind: string }) => r.kind);
			} else if (op === 'putBack') {
				const saved = (await all(aside.transaction('rows').objectStore('rows').getAll())) as {
					store: 'records' | 'meta';
					row: { kind?: string };
				}[];
				const chosen = saved.filter((s) => !arg.kind || s.row.kind === arg.kind);
				const tx = app.transaction(['records', 'meta'], 'readwrite');
				for (const s of chosen) tx.objectStore(s.store).put(s.row);
				await done(tx);
				out = chosen.map((s) => s.row.kind ?? 'list');
			} else if (op === 'metaWrite') {
				// The IV a sealed meta value was last written with: it changes with every write.
				const row = await all(app.transaction('meta').objectStore('meta').get(arg.key!));
				out = row ? [Array.from(row.value.iv as Uint8Array).join('.')] : [];
			} else {
				const tx = app.transaction('meta', 'readwrite');
				tx.objectStore('meta').delete(arg.key!);
				await done(tx);
			}
			app.close();
			aside.close();
			return out;
		},
		{ op, arg }
	);
}

test('a consent row put back after a withdrawal is reported as damaged, and nothing is shared', async ({
	page
}, info) => {
	await setUp(page);
	const id = await createClient(page, 'Sara Ali');
	await seedRecords(page, [
		rec('mapping', id, {
			strengths: { qualities: 'Punktlig', skills: 'Snekring', likes: '' },
			goals: { dreams: 'Tømrer', goals: '' }
		})
	]);
	await page.goto(`/clients/${id}/exploring?step=consent`);
	await unlock(page);
	await page.getByRole('button', { name: 'Alt unntatt sensitivt: Vises på skjermen' }).click();
	await page.getByRole('button', { name: 'Lagre: Vises på skjermen' }).click();
	await waitSaved(page);
	// The copy of the database taken while consent was given.
	expect(await tool(page, 'copy', { clientId: id })).toContain('consent');

	await page.getByRole('button', { name: 'Trekk tilbake: Vises på skjermen' }).click();
	await expect(page.getByText('Tilbaketrekkingen er lagret: Vises på skjermen.')).toBeVisible();
	await waitSaved(page);
	expect(await tool(page, 'putBack', { kind: 'consent' })).toEqual(['consent']);

	await page.reload();
	await unlock(page);
	const reason = page.getByText('En eldre utgave av denne oppføringen er lagt tilbake');
	await expect(reason).toBeVisible();
	await page
		.locator('#damaged-h')
		.locator('..')
		.screenshot({ path: info.outputPath('rolled-back.png') });
	// The module does not open on it: nothing can be shown on the shared screen or put in an output.
	await expect(page.getByRole('button', { name: 'Vis på delt skjerm' })).toHaveCount(0);
	// Removed, the module starts from no consent: the withdrawal is not undone by the row put back.
	await page.getByRole('button', { name: 'Fjern oppføringen' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Fjern oppføringen' }).click();
	await expect(reason).toHaveCount(0);
	await page.goto(`/clients/${id}/exploring?step=summary`);
	await unlock(page);
	await expect(page.getByText('Veisøkeren har ikke valgt hva som kan vises.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Vis på delt skjerm' })).toHaveCount(0);
});

test('a removed tombstone with the old rows put back does not bring the client back', async ({ page }) => {
	await setUp(page);
	const id = await createClient(page, 'Ola Nordmann');
	await page.getByLabel('Fødselsår').fill('1990');
	await waitSaved(page);
	expect(await tool(page, 'copy', { clientId: id })).toContain('client');

	await page.getByRole('navigation', { name: 'Du er her' }).getByRole('link', { name: 'Ola Nordmann' }).click();
	await page.getByRole('button', { name: 'Slett veisøker' }).click();
	await page.getByRole('button', { name: 'Slett for godt' }).click();
	await expect(page.getByRole('heading', { name: 'Veisøkere', level: 1 })).toBeVisible();

	// The tool removes the tombstone and puts the client's rows and list back.
	await tool(page, 'deleteMeta', { key: `erased:${id}` });
	expect(await tool(page, 'putBack', {})).toContain('list');
	expect(await tool(page, 'kinds', { clientId: id })).toContain('client');

	await page.reload();
	await unlock(page);
	await expect(page.getByRole('heading', { name: 'Veisøkere', level: 1 })).toBeVisible();
	await expect(page.getByText('Ola Nordmann')).toHaveCount(0);
	// The tombstone is back and the rows are gone again.
	expect(await tool(page, 'kinds', { clientId: id })).toEqual([]);
	await page.goto(`/clients/${id}`);
	await unlock(page);
	await expect(page.getByText('Ola Nordmann')).toHaveCount(0);
});

test('a client row put back after a rename is damaged at unlock, though the client index holds the new name', async ({
	page
}) => {
	await setUp(page);
	const id = await createClient(page, 'Kari Nordmann');
	expect(await tool(page, 'copy', { clientId: id })).toContain('client');
	await page.getByRole('textbox', { name: /^Navn/ }).fill('Kari Hansen');
	await waitSaved(page);

	// Unlocked once more: the index of the client list (storage/client-index.ts) is made anew, with the new name.
	const before = await tool(page, 'metaWrite', { key: 'clientIndex' });
	await page.goto('/');
	await unlock(page);
	await expect(page.getByTestId('client-list')).toContainText('Kari Hansen');
	await expect.poll(() => tool(page, 'metaWrite', { key: 'clientIndex' })).not.toEqual(before);
	expect(await tool(page, 'putBack', { kind: 'client' })).toEqual(['client']);

	await page.goto('/');
	await unlock(page);
	await expect(page.getByTestId('damaged-clients')).toBeVisible();
	await expect(page.getByText('Kari Hansen')).toHaveCount(0);
	await expect(page.getByText('Kari Nordmann')).toHaveCount(0);
});

import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { createClient, PASSPHRASE, setUp, unlock, waitSaved, locked } from './helpers';
import { confirmRestore, rec, seedRecords } from './seed';

/** Nothing erased comes back, no withdrawal is lost, no name leaks: two tabs, backups, the browser profile. */

async function openIn(page: Page, path: string) {
	await page.goto(path);
	await unlock(page);
}

async function download(page: Page, click: () => Promise<void>) {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return { path: (await file.path())!, name: file.suggestedFilename() };
}

test('a stale second tab cannot revert another tab’s edit: its write is refused, its text stays on screen', async ({
	page,
	context
}) => {
	await setUp(page);
	const id = await createClient(page, 'Kari Nordmann');
	const other = await context.newPage();
	await openIn(other, `/clients/${id}/profile`);
	await other.getByLabel('Nav-kontor').fill('Nav Bærum');
	await waitSaved(other);
	// The first tab still holds the version from before; its next save must not write it back.
	await page.getByLabel('Adresse').fill('Storgata 1');
	await expect(page.locator('[data-save-status="error"]')).toContainText('endret i en annen fane');
	await expect(page.getByLabel('Adresse')).toHaveValue('Storgata 1');
	await openIn(page, `/clients/${id}/profile`);
	await expect(page.getByLabel('Nav-kontor')).toHaveValue('Nav Bærum');
});

test('deleting a client reaches every tab: an open tab stops, and nothing it held is written back', async ({
	page,
	context
}) => {
	await setUp(page);
	const id = await createClient(page, 'Ola Hansen');
	await openIn(page, `/clients/${id}/mapping?step=goals`);
	await page.getByRole('textbox', { name: 'Drømmer' }).fill('Bli tømrer');
	const other = await context.newPage();
	await openIn(other, `/clients/${id}`);
	await other.getByRole('button', { name: 'Slett veisøker' }).click();
	await other.getByRole('dialog').getByRole('button', { name: 'Slett for godt' }).click();
	await expect(other.getByRole('heading', { name: 'Veisøkere', level: 1 })).toBeVisible();
	await expect(page.getByTestId('client-erased')).toContainText('Veisøkeren er slettet i en annen fane');
	// Nothing about the client is left in the database: no row carries its id.
	await page.waitForTimeout(1500);
	const rows = await page.evaluate(async (clientId) => {
		const db = await new Promise<IDBDatabase>(
			(res) => (indexedDB.open('veivalg').onsuccess = (e) => res((e.target as IDBOpenDBRequest).result))
		);
		const all = await new Promise<{ clientId: string }[]>(
			(res) =>
				(db.transaction('records').objectStore('records').getAll().onsuccess = (e) =>
					res((e.target as IDBRequest).result))
		);
		db.close();
		return all.filter((r) => r.clientId === clientId).length;
	}, id);
	expect(rows).toBe(0);
	await openIn(page, '/');
	await expect(page.getByText('Ola Hansen')).toHaveCount(0);
});

test('locking one tab locks them all', async ({ page, context }) => {
	await setUp(page);
	const other = await context.newPage();
	await openIn(other, '/');
	await expect(other.getByRole('heading', { name: 'Veisøkere', level: 1 })).toBeVisible();
	await page.getByRole('button', { name: 'Lås', exact: true }).click();
	await locked(other);
});

test('an older backup restored after an erasure does not bring the client back', async ({ page }) => {
	await setUp(page);
	await createClient(page, 'Slettet Veisøker');
	await openIn(page, '/');
	const keptId = await createClient(page, 'Beholdt Veisøker');
	await page.getByRole('link', { name: 'Innstillinger' }).click();
	await page.locator('#backup-passphrase').fill(PASSPHRASE);
	const file = await download(page, () => page.getByRole('button', { name: 'Last ned sikkerhetskopi' }).click());
	await page.getByRole('link', { name: 'Veisøkere' }).first().click();
	await page.getByRole('link', { name: 'Slettet Veisøker' }).click();
	await page.getByRole('button', { name: 'Slett veisøker' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Slett for godt' }).click();
	await page.getByRole('link', { name: 'Innstillinger' }).click();
	await page.locator('#backup-file').setInputFiles(file.path);
	await page.locator('#restore-passphrase').fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Gjenopprett' }).click();
	await confirmRestore(page);
	await expect(page.getByTestId('restore-report')).toContainText(
		'Ikke gjenopprettet: 1 oppføringer om veisøkere som er slettet her'
	);
	await page.getByRole('link', { name: 'Veisøkere' }).first().click();
	await expect(page.getByTestId('client-list').locator('tbody tr')).toHaveCount(1);
	await expect(page.getByRole('link', { name: 'Beholdt Veisøker' })).toHaveAttribute('href', `/clients/${keptId}`);
});

/** Restores a backup file through Innstillinger, in the mode chosen; returns the report's text. */
async function restore(page: Page, path: string, mode: 'merge' | 'replace') {
	await page.getByRole('link', { name: 'Innstillinger' }).click();
	await page.locator('#backup-file').setInputFiles(path);
	await page.locator('#restore-passphrase').fill(PASSPHRASE);
	await page.getByRole('radio', { name: mode === 'replace' ? /^Erstatt: alt her/ : /^Slå sammen/ }).check();
	await page.getByRole('button', { name: 'Gjenopprett' }).click();
	// The file is read and checked first; the dialog says what it will do (and, replacing, what it holds).
	if (mode === 'replace') await expect(page.getByTestId('replace-contents')).toBeVisible();
	await confirmRestore(page);
	await expect(page.getByTestId('restore-report')).toBeVisible();
	return (await page.getByTestId('restore-report').textContent()) ?? '';
}

test('an erasure travels between laptops: two backups restored in either order never bring the client back', async ({
	page,
	browser
}) => {
	await setUp(page);
	await createClient(page, 'Xenia Berg');
	await openIn(page, '/');
	await createClient(page, 'Yusuf Ali');
	await page.getByRole('link', { name: 'Innstillinger' }).click();
	await page.locator('#backup-passphrase').fill(PASSPHRASE);
	const before = await download(page, () => page.getByRole('button', { name: 'Last ned sikkerhetskopi' }).click());
	await page.getByRole('link', { name: 'Veisøkere' }).first().click();
	await page.getByRole('link', { name: 'Xenia Berg' }).click();
	await page.getByRole('button', { name: 'Slett veisøker' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Slett for godt' }).click();
	await page.getByRole('link', { name: 'Innstillinger' }).click();
	await page.locator('#backup-passphrase').fill(PASSPHRASE);
	const after = await download(page, () => page.getByRole('button', { name: 'Last ned sikkerhetskopi' }).click());

	for (const [first, second] of [
		[after, before],
		[before, after]
	] as const) {
		// Another laptop: a fresh browser profile.
		const laptop = await browser.newContext();
		const other = await laptop.newPage();
		await setUp(other);
		await restore(other, first.path, 'replace');
		const report = await restore(other, second.path, 'merge');
		if (first === before)
			expect(report).toContain('1 veisøker er slettet i sikkerhetskopien og er derfor slettet her også');
		else expect(report).toContain('slettet her eller i sikkerhetskopien');
		expect(report).not.toContain('Xenia');
		await other.getByRole('link', { name: 'Veisøkere' }).first().click();
		await expect(other.getByRole('link', { name: 'Yusuf Ali' })).toBeVisible();
		await expect(other.getByTestId('client-list')).not.toContainText('Xenia');
		await laptop.close();
	}
});

test('a session cannot be written for a client deleted in another tab', async ({ page, context }) => {
	await setUp(page);
	const id = await createClient(page, 'Per Olsen');
	await openIn(page, `/clients/${id}`);
	const other = await context.newPage();
	await openIn(other, `/clients/${id}`);
	await other.getByRole('button', { name: 'Slett veisøker' }).click();
	await other.getByRole('dialog').getByRole('button', { name: 'Slett for godt' }).click();
	await expect(page.getByTestId('client-erased')).toBeVisible();
	// Even a click that raced the deletion writes nothing.
	const rows = await page.evaluate(async (clientId) => {
		const db = await new Promise<IDBDatabase>(
			(res) => (indexedDB.open('veivalg').onsuccess = (e) => res((e.target as IDBOpenDBRequest).result))
		);
		return new Promise<number>((res) => {
			const req = db.transaction('records').objectStore('records').index('clientId').count(clientId);
			req.onsuccess = () => res(req.result);
		});
	}, id);
	expect(rows).toBe(0);
});

for (const mode of ['merge', 'replace'] as const)
	test(`a withdrawal made here survives restoring an older backup (${mode})`, async ({ page }) => {
		await setUp(page);
		const id = await createClient(page, 'Sara Ali');
		await seedRecords(page, [rec('mapping', id, { strengths: { qualities: 'Pålitelig' } })]);
		await openIn(page, `/clients/${id}/exploring?step=consent`);
		await page.getByRole('button', { name: 'Alt unntatt sensitivt: Vises på skjermen' }).click();
		await page.getByRole('button', { name: 'Lagre: Vises på skjermen' }).click();
		await page.getByRole('link', { name: 'Innstillinger' }).click();
		await page.locator('#backup-passphrase').fill(PASSPHRASE);
		const file = await download(page, () => page.getByRole('button', { name: 'Last ned sikkerhetskopi' }).click());
		await openIn(page, `/clients/${id}/exploring?step=consent`);
		await page.getByRole('button', { name: 'Trekk tilbake: Vises på skjermen' }).click();
		await expect(page.getByTestId('consent-history').locator('li').first()).toContainText('trukket tilbake');
		await restore(page, file.path, mode);
		await openIn(page, `/clients/${id}/exploring?step=consent`);
		await expect(page.getByTestId('consent-history').locator('li').first()).toContainText('trukket tilbake');
		await page.getByRole('link', { name: 'Dette har du med deg' }).first().click();
		await expect(page.getByText('Veisøkeren har ikke valgt hva som kan vises.')).toBeVisible();
	});

test('deleting from the retention list reaches another tab', async ({ page, context }) => {
	await setUp(page);
	const old = '2023-01-15T10:00:00.000Z';
	const oldId = crypto.randomUUID();
	await seedRecords(page, [
		{ kind: 'client', data: { id: oldId, name: 'Gammel Veisøker', createdAt: old, updatedAt: old } }
	]);
	const other = await context.newPage();
	await openIn(other, `/clients/${oldId}/profile`);
	await expect(other.getByLabel('Navn')).toHaveValue('Gammel Veisøker');
	await openIn(page, '/settings');
	await page.getByRole('button', { name: 'Slett alle (1)' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Slett for godt' }).click();
	await expect(other.getByTestId('client-erased')).toBeVisible();
	await expect(other.getByLabel('Navn')).toHaveCount(0);
});

test('after a whole session the browser profile holds the client’s name nowhere', async ({ baseURL }) => {
	const NAME = 'Zyxwvu Qoppaheim';
	const dir = mkdtempSync(join(tmpdir(), 'veivalg-profile-'));
	const context = await chromium.launchPersistentContext(dir, {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: CHROMIUM_ARGS,
		baseURL,
		locale: 'nb-NO',
		acceptDownloads: true
	});
	const page = context.pages()[0] ?? (await context.newPage());
	await setUp(page);
	const id = await createClient(page, NAME);
	await page.getByLabel('Adresse').fill(`${NAME}s vei 1`);
	await waitSaved(page);
	await openIn(page, `/clients/${id}/mapping?step=goals`);
	await page.getByRole('textbox', { name: 'Drømmer' }).fill(`${NAME} vil bli tømrer`);
	await waitSaved(page);
	await openIn(page, `/clients/${id}/plan`);
	await page.getByLabel('Neste steg', { exact: true }).fill('Ringe bedriften');
	await waitSaved(page);
	await page
		.getByTestId('plan-pdf')
		.getByRole('button', { name: /Lag PDF/ })
		.click();
	const pdf = await download(page, () =>
		page.getByTestId('plan-pdf').getByRole('link', { name: 'Last ned PDF' }).click()
	);
	expect(pdf.name).not.toMatch(/zyxwvu|qoppaheim/i);
	await openIn(page, `/clients/${id}`);
	const copy = await download(page, () => page.getByRole('button', { name: 'Last ned alt om veisøkeren' }).click());
	expect(copy.name).not.toMatch(/zyxwvu|qoppaheim/i);
	await context.close();

	// Every file Chromium left in the profile: history, session, caches, IndexedDB, preferences.
	const files = (d: string): string[] =>
		readdirSync(d).flatMap((f) => {
			const p = join(d, f);
			const s = statSync(p, { throwIfNoEntry: false });
			return !s ? [] : s.isDirectory() ? files(p) : [p];
		});
	const needles = ['Zyxwvu', 'Qoppaheim', 'zyxwvu', 'qoppaheim'].flatMap((w) => [
		Buffer.from(w, 'utf8'),
		Buffer.from(w, 'utf16le')
	]);
	const found = files(dir).filter((f) => {
		const bytes = readFileSync(f);
		return needles.some((n) => bytes.includes(n));
	});
	rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
	// Chromium keeps form values for session restore unless a field says autocomplete="off": every field does.
	expect(found).toEqual([]);
});

test('a backup opens with the recovery key when its passphrase is forgotten', async ({ page, browser }) => {
	const recoveryKey = await setUp(page);
	await createClient(page, 'Nora Dahl');
	await page.getByRole('link', { name: 'Innstillinger' }).click();
	await page.locator('#backup-passphrase').fill(PASSPHRASE);
	const file = await download(page, () => page.getByRole('button', { name: 'Last ned sikkerhetskopi' }).click());
	// Another laptop, another passphrase; only the recovery key of the first is at hand.
	const laptop = await browser.newContext();
	const other = await laptop.newPage();
	await setUp(other);
	await other.getByRole('link', { name: 'Innstillinger' }).click();
	await other.locator('#backup-file').setInputFiles(file.path);
	await other.locator('#restore-passphrase').fill('en passordfrase jeg har glemt');
	await other.getByRole('button', { name: 'Gjenopprett' }).click();
	await expect(other.getByRole('alert')).toContainText('kan du skrive gjenopprettingsnøkkelen i stedet');
	await other.locator('#restore-passphrase').fill(recoveryKey);
	await other.getByRole('button', { name: 'Gjenopprett' }).click();
	await confirmRestore(other);
	await expect(other.getByTestId('restore-report')).toContainText('Nye veisøkere: Nora Dahl');
	await laptop.close();
});

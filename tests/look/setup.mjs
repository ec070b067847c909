// Shared by the look scripts: a browser, a page, and a first-run setup with one client.
import { chromium } from '@playwright/test';

export async function start({ width = 1280, height = 1400 } = {}) {
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu']
	});
	const page = await browser.newPage({ viewport: { width, height }, locale: 'nb-NO' });
	page.on('pageerror', (e) => console.log('pageerror', e.message));
	return { browser, page };
}

export async function setUpWithClient(page, name) {
	await page.goto('http://localhost:4173/');
	await page.getByLabel('Ny passordfrase').fill('korrekt hest batteri stift');
	await page.getByLabel('Gjenta passordfrasen').fill('korrekt hest batteri stift');
	await page.getByRole('button', { name: 'Lag passordfrase' }).click();
	await page.getByLabel('Jeg har tatt vare på gjenopprettingsnøkkelen').check();
	await page.getByRole('button', { name: 'Fortsett' }).click();
	await page.getByRole('button', { name: /Ny veisøker/ }).click();
	await page.getByRole('textbox', { name: /^Navn/ }).fill(name);
	await page.getByRole('button', { name: 'Opprett' }).click();
	await page.getByRole('heading', { name: 'Opplysninger om veisøkeren' }).waitFor();
	return page.url().split('/clients/')[1].split('/')[0];
}

/**
 * Records for a look script, put into the app as a counsellor would: an encrypted backup file
 * (the app's own encoder) restored through Innstillinger. `write(app, clientId)` calls
 * `app.vault.put(kind, data)`; afterwards the page is back on the client's profile.
 */
export async function seed(page, write, clientId) {
	const { loadBackupCode, restoreThroughUi } = await import('../../bench/seed.mjs');
	const { encodeBackup } = await loadBackupCode();
	const records = [];
	await write({ vault: { put: async (kind, data) => void records.push({ kind, data }) } }, clientId);
	const pass = 'korrekt hest batteri stift';
	await restoreThroughUi(page, await encodeBackup(records, pass), pass);
	await page.locator('header nav a[href="/"]').click();
	await page.locator(`a[href="/clients/${clientId}"]`).first().click();
	await page.locator(`a[href="/clients/${clientId}/profile"]`).click();
}

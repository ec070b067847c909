// Shared by the look scripts: a browser, a page, and a first-run setup with one client.
import { chromium } from '@playwright/test';

export async function start({ width = 1280, height = 1400 } = {}) {
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
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

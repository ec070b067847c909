import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

export const PASSPHRASE = 'korrekt hest batteri stift';

/** First run: choose a passphrase, confirm the recovery key is stored, land on the client list. */
export async function setUp(page: Page, origin = '', passphrase = PASSPHRASE): Promise<string> {
	await page.goto(`${origin}/`);
	await page.getByLabel('Ny passordfrase').fill(passphrase);
	await page.getByLabel('Gjenta passordfrasen').fill(passphrase);
	await page.getByRole('button', { name: 'Lag passordfrase' }).click();
	const recoveryKey = (await page.getByTestId('recovery-key').textContent()) ?? '';
	await page.getByLabel('Jeg har tatt vare på gjenopprettingsnøkkelen').check();
	await page.getByRole('button', { name: 'Fortsett' }).click();
	await expect(page.getByRole('heading', { name: 'Veisøkere', level: 1 })).toBeVisible();
	return recoveryKey.trim();
}

/**
 * The lock screen as the counsellor gets it after a lock: the page has reloaded (nothing decrypted
 * left in memory) and the passphrase field takes input again. A test that ends at a lock waits for
 * this, so it never closes a page in the middle of that reload.
 */
export async function locked(page: Page) {
	await expect(page.getByRole('heading', { name: /^(Lås opp Veivalg|Unlock Veivalg)$/ })).toBeVisible();
	await expect(page.getByTestId('lock-clearing')).toHaveCount(0);
	await expect(page.getByRole('textbox', { name: /^(Passordfrase|Passphrase)$/ })).toBeEnabled();
}

/** The lock screen in the chosen interface language (bokmål, nynorsk or English). */
export async function unlock(page: Page, passphrase = PASSPHRASE) {
	await page.getByRole('textbox', { name: /^(Passordfrase|Passphrase)$/ }).fill(passphrase);
	await page.getByRole('button', { name: /^(Lås opp|Unlock)$/ }).click();
}

/** Creates a client from the list and returns its id (we land on its profile). */
export async function createClient(page: Page, name: string): Promise<string> {
	await page.getByRole('button', { name: /Ny veisøker/ }).click();
	await page.getByRole('textbox', { name: /^Navn/ }).fill(name);
	await page.getByRole('button', { name: 'Opprett' }).click();
	await expect(page.getByRole('heading', { name: 'Opplysninger om veisøkeren' })).toBeVisible();
	return page.url().split('/clients/')[1]!.split('/')[0]!;
}

export async function waitSaved(page: Page) {
	await expect(page.locator('[data-save-status="saved"]')).toBeVisible();
}

/** Everything in the app's IndexedDB, byte fields decoded as UTF-8 so clear text would show. */
export async function rawDatabaseDump(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((res, rej) => {
			const req = indexedDB.open('veivalg');
			req.onsuccess = () => res(req.result);
			req.onerror = () => rej(req.error);
		});
		const out: unknown[] = [];
		for (const name of Array.from(db.objectStoreNames)) {
			const rows = await new Promise<unknown[]>((res) => {
				const req = db.transaction(name).objectStore(name).getAll();
				req.onsuccess = () => res(req.result);
			});
			out.push(...rows);
		}
		db.close();
		const bytes = (b: ArrayBuffer | Uint8Array) => new TextDecoder().decode(b);
		return JSON.stringify(out, (_k, v) => (v instanceof ArrayBuffer || v instanceof Uint8Array ? bytes(v) : v));
	});
}

/**
 * Loads every font a PDF embeds into the page as a web font. Chromium runs
 * web fonts through its OpenType sanitiser, which refuses a malformed table
 * that a lenient PDF viewer might still draw: a strict check of our subsets.
 */
export async function loadEmbeddedFonts(page: Page, pdfPath: string): Promise<string[]> {
	// The font dictionaries sit in a compressed object stream: qpdf writes them out in the clear
	// (renumbered, so the fonts are read from its copy).
	const plain = `${pdfPath}.plain.pdf`;
	execFileSync('qpdf', ['--object-streams=disable', pdfPath, plain]);
	const objects = [...readFileSync(plain, 'latin1').matchAll(/\/FontFile2 (\d+) 0 R/g)].map((m) => m[1]);
	const programs = objects.map((n) =>
		execFileSync('qpdf', [`--show-object=${n}`, '--filtered-stream-data', plain]).toString('base64')
	);
	return page.evaluate(async (programs) => {
		const results: string[] = [];
		for (const b64 of programs) {
			const face = new FontFace(
				'embedded',
				Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
			);
			results.push(
				await face.load().then(
					(f) => f.status,
					(e: Error) => `refused: ${e.message}`
				)
			);
		}
		return results;
	}, programs);
}

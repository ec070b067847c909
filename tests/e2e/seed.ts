import { expect, type Page } from '@playwright/test';
import { encodeBackup, type PlainRecord } from '../../src/lib/storage/backup';
import type { KindName } from '../../src/lib/domain/records';
import { PASSPHRASE } from './helpers';

/**
 * Puts records into the app the way a counsellor would: as an encrypted
 * backup file (made here with the app's own code) restored through
 * Innstillinger → Sikkerhetskopi. The shipped app has no test hook into its
 * vault, so tests go through the UI like everyone else.
 */

type Seed = { kind: KindName; data: Record<string, unknown> & { id: string } };

export async function seedRecords(page: Page, records: Seed[]) {
	const at = new Date().toISOString();
	const plain = records.map((r) => ({
		kind: r.kind,
		data: { createdAt: at, updatedAt: at, ...r.data }
	})) as PlainRecord[];
	const file = await encodeBackup(plain, PASSPHRASE);
	await page.getByRole('link', { name: /^(Innstillinger|Innstillingar|Settings)$/ }).click();
	await page
		.locator('#backup-file')
		.setInputFiles({ name: 'seed.veivalg', mimeType: 'application/json', buffer: Buffer.from(file) });
	await page.locator('#restore-passphrase').fill(PASSPHRASE);
	await page.locator('form:has(#backup-file) button[type=submit]').click();
	await confirmRestore(page);
	await expect(page.getByTestId('restore-report')).toBeVisible();
}

/** Restoring shows what it will do first: agree to it (the dialog's confirm button comes last). */
export async function confirmRestore(page: Page) {
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByTestId('restore-preview')).toBeVisible();
	await dialog.getByRole('button').last().click();
}

/** One client's record of a kind, with the id the app gives it. */
export const rec = (kind: KindName, clientId: string, data: Record<string, unknown> = {}): Seed => ({
	kind,
	data: { id: `${clientId}/${kind}`, clientId, ...data }
});

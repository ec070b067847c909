import { expect, test } from '@playwright/test';
import { createClient, PASSPHRASE, setUp, unlock, waitSaved } from './helpers';

const NOTE = 'Liker å jobbe med hendene. Vil prøve tømrerfaget – og ønsker praksis i Bærum.';

test('typing is saved within a second and shows the save status', async ({ page }) => {
	await page.clock.install();
	await setUp(page);
	await createClient(page, 'Ola Nordmann');
	await expect(page.getByRole('status').filter({ hasText: 'Lagres automatisk' })).toBeVisible();
	// The page's own clock, not the machine's: nothing is written until a second of it has passed.
	await page.clock.pauseAt(Date.now() + 2000);
	await page.getByLabel('Adresse').fill('Storgata 1');
	await expect(page.locator('[data-save-status="pending"]')).toBeVisible();
	await page.clock.runFor(1000);
	await expect(page.getByText(/^Lagret \d\d[:.]\d\d$/)).toBeVisible();
});

test('text typed is there after a reload', async ({ page }) => {
	await setUp(page);
	const id = await createClient(page, 'Ola Nordmann');
	await page.getByLabel('Adresse').fill('Storgata 1, 0155 Oslo');
	await page.getByLabel('Fødselsår').pressSequentially('1999');
	await waitSaved(page);
	await page.reload();
	await unlock(page);
	await expect(page).toHaveURL(new RegExp(`/clients/${id}/profile$`));
	await expect(page.getByLabel('Adresse')).toHaveValue('Storgata 1, 0155 Oslo');
	await expect(page.getByLabel('Fødselsår')).toHaveValue('1999');
});

test('an abrupt tab close once «Lagret» shows loses nothing', async ({ page, context }) => {
	await setUp(page);
	const id = await createClient(page, 'Kari Nordmann');
	await page.goto(`/clients/${id}`);
	await unlock(page);
	await page.getByRole('button', { name: /Registrer samtale/ }).click();
	await expect(page.getByRole('heading', { name: 'Samtale', level: 1 })).toBeVisible();
	const url = page.url();
	await page.getByLabel('Kort notat').pressSequentially(NOTE, { delay: 5 });
	// What the counsellor sees decides, not a stopwatch: the status says the note is stored.
	await waitSaved(page);
	await page.close({ runBeforeUnload: false });

	const again = await context.newPage();
	await again.goto(url);
	await unlock(again, PASSPHRASE);
	await expect(again.getByLabel('Kort notat')).toHaveValue(NOTE);
});

test('a second tab on the same client is warned', async ({ page, context }) => {
	await setUp(page);
	const id = await createClient(page, 'Kari Nordmann');
	const other = await context.newPage();
	await other.goto(`/clients/${id}/profile`);
	await unlock(other);
	await expect(other.getByText('Denne veisøkeren er også åpen i en annen fane.')).toBeVisible();
	await expect(page.getByText('Denne veisøkeren er også åpen i en annen fane.')).toBeVisible();
	await other.close();
	await expect(page.getByText('Denne veisøkeren er også åpen i en annen fane.')).toHaveCount(0);
});

test('a database upgrade in another tab asks this tab to reload', async ({ page, context }) => {
	await setUp(page);
	await createClient(page, 'Kari Nordmann');
	await page.getByLabel('Adresse').fill('Storgata 1');
	await waitSaved(page);
	const other = await context.newPage();
	await other.goto('/manifest.webmanifest');
	// Simulate a newer Veivalg in another tab opening the database at a higher version.
	await other.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const req = indexedDB.open('veivalg', 9999);
				req.onsuccess = () => (req.result.close(), resolve());
				req.onerror = () => reject(req.error);
			})
	);
	await expect(page.getByText('Veivalg er oppdatert i en annen fane.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Last inn på nytt' })).toBeVisible();
});

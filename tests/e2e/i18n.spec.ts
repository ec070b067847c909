import { expect, test } from '@playwright/test';
import { createClient, setUp, locked } from './helpers';

test('switch between bokmål, nynorsk and English at any time; html lang follows', async ({ page }) => {
	await setUp(page);
	const id = await createClient(page, 'Ola Nordmann');
	await page.getByLabel('Fødselsår').fill('1999');
	await page.goto(`/clients/${id}`);
	await page.getByLabel('Passordfrase', { exact: true }).fill('korrekt hest batteri stift');
	await page.getByRole('button', { name: 'Lås opp' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
	await expect(page.getByRole('heading', { name: 'Samtaler' })).toBeVisible();

	await page.getByLabel('Språk').selectOption('nn');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
	await expect(page.getByRole('heading', { name: 'Samtalar' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Vegsøkjarar' }).first()).toBeVisible();

	await page.getByLabel('Språk').selectOption('en');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();
	await expect(page.getByText('Year of birth')).toBeVisible();

	// The choice is remembered, also on the lock screen.
	await page.reload();
	await locked(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('dates follow the language', async ({ page }) => {
	await setUp(page);
	await createClient(page, 'Ola Nordmann');
	await page.getByRole('link', { name: 'Veisøkere' }).first().click();
	// Today as the browser sees it (its time zone may already be past midnight when the test runner's is not).
	const [dd, mm, yyyy] = await page.evaluate(() => {
		const d = new Date();
		return [String(d.getDate()).padStart(2, '0'), String(d.getMonth() + 1).padStart(2, '0'), String(d.getFullYear())];
	});
	await expect(page.getByTestId('client-list')).toContainText(`${dd}.${mm}.${yyyy}`);
	await page.getByLabel('Språk').selectOption('en');
	await expect(page.getByTestId('client-list')).toContainText(`${dd}/${mm}/${yyyy}`);
});

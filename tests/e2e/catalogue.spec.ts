import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { setUp } from './helpers';

test('find trades by what people call the job, filter by programme, read sources', async ({ page }) => {
	await setUp(page);
	await page.getByRole('link', { name: 'Lærefag' }).click();
	const list = page.getByTestId('trade-list').locator(':scope > li');
	await expect(list).toHaveCount(40);
	await expect(page.getByText('191 lærefag', { exact: true })).toBeVisible();

	await page.getByRole('searchbox').fill('snekker');
	await expect(list.filter({ hasText: 'Tømrerfaget' })).toHaveCount(1);
	await page.getByRole('searchbox').fill('tomrer');
	await expect(list.first()).toContainText('Tømrerfaget');
	await list.first().locator('summary').click();
	await expect(list.first()).toContainText('Tømrere og snekkere (7115)');
	await expect(list.first()).toContainText('60 måneder allsidig praksis');

	await page.getByRole('searchbox').fill('');
	await page.getByLabel('Utdanningsprogram').selectOption({ label: 'Helse- og oppvekstfag' });
	await expect(list).toHaveCount(6);
	expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

	await page.getByRole('link', { name: 'Om og kilder' }).first().click();
	await expect(page.getByRole('heading', { name: 'Data og lisenser' })).toBeVisible();
	await expect(page.getByText(/NLOD 2\.0/).first()).toBeVisible();
	await expect(
		// «§ 23-2» with a no-break space after the sign (\s matches it).
		page.getByRole('strong').filter({ hasText: /^Praksiskandidat \(opplæringslova §\s23-2\)$/ })
	).toBeVisible();
	await expect(
		page.getByTestId('rules-review').getByRole('rowheader', { name: /^Praksiskandidat \(opplæringslova §\s23-2\)$/ })
	).toBeVisible();
	expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
});

test('the catalogue in English and nynorsk', async ({ page }) => {
	await setUp(page);
	await page.getByRole('combobox', { name: 'Språk' }).selectOption('nn');
	await page.getByRole('link', { name: 'Lærefag' }).click();
	await expect(page.getByTestId('trade-list')).toBeVisible();
	await page.getByRole('searchbox').fill('tømrar');
	await expect(page.getByTestId('trade-list').locator(':scope > li').first()).toContainText('Tømrarfaget');
	await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
	await expect(page.getByRole('heading', { name: 'Trades', level: 1 })).toBeVisible();
	await expect(page.getByText(/journeyman certificate/).first()).toBeVisible();
});

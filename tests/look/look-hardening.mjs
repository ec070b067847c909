// Dev aid: the screens changed for hardening – the passphrase strength on setup, the recovery key's
// download warning, consent per purpose, the file-name setting, the fridge note panel.
// Usage: node src/serve.mjs build & node tests/look/look-hardening.mjs [nb|nn|en]
import { seed, start } from './setup.mjs';
const lang = process.argv[2] ?? 'nb';
const { browser, page } = await start({ height: 1000 });
const shot = (n, fullPage = false) => page.screenshot({ path: `/tmp/shots/h-${lang}-${n}.png`, fullPage });
await page.goto('http://localhost:4173/');
if (lang !== 'nb') await page.locator('select').first().selectOption(lang);
await page.locator('#new-passphrase').fill('passord123');
await page.locator('[data-testid="passphrase-strength"]').waitFor();
await shot('1-setup-weak');
await page.locator('#new-passphrase').fill('korrekt hest batteri stift');
await page.locator('#new-confirm').fill('korrekt hest batteri stift');
await page.locator('form button[type=submit]').click();
await page.getByTestId('recovery-key').waitFor();
await page.locator('.row button.secondary').first().click();
await page.getByTestId('recovery-download-warning').waitFor();
await shot('2-recovery-warning');
await page.locator('input[type=checkbox]').check();
await page.locator('.no-print > button').last().click();
await page.locator('main button').first().click();
await page.locator('dialog input').first().fill('Nora Haugen');
await page.locator('dialog button').last().click();
await page.waitForURL(/profile/);
const id = page.url().split('/clients/')[1].split('/')[0];
await seed(
	page,
	async (app, clientId) => {
		await app.vault.put('mapping', {
			id: `${clientId}/mapping`,
			clientId,
			createdAt: new Date().toISOString(),
			updatedAt: new Date().toISOString(),
			strengths: { qualities: 'Pålitelig' }
		});
		await app.vault.put('plan', {
			id: `${clientId}/plan`,
			clientId,
			createdAt: new Date().toISOString(),
			updatedAt: new Date().toISOString(),
			goal: { occupation: 'Helsefagarbeider', tradeCode: '', route: 'apprenticeship' },
			nextStep: 'Søke læreplass på sykehjemmet',
			steps: [
				{ id: 's1', what: 'Ringe Lillestrøm sykehjem', owner: 'client', deadline: '2027-01-15', status: 'planned' }
			],
			followUp: '2027-02-01'
		});
	},
	id
);
await page.locator(`a[href="/clients/${id}/exploring"]`).or(page.locator('nav.crumbs a').nth(1)).first().click();
await page.locator(`a[href="/clients/${id}/exploring"]`).first().click();
await page.locator('a[href$="step=consent"]').first().click();
await page.getByTestId('consent-table').waitFor();
await page.getByTestId('consent-table').locator('tfoot tr').first().locator('button').nth(1).click();
await page.getByTestId('consent-table').locator('tfoot tr').nth(1).locator('button').nth(1).click();
await page.waitForTimeout(500);
await shot('3-consent', true);
await page.locator('header nav a[href="/settings"]').click();
await page.locator('#files-h').scrollIntoViewIfNeeded();
await shot('4-settings');
await page.locator('header nav a[href="/"]').click();
await page.locator(`a[href="/clients/${id}"]`).click();
await page.locator(`a[href="/clients/${id}/plan"]`).click();
await page.getByTestId('fridge-note').locator('button').click();
await page.getByTestId('fridge-note').locator('a[download]').waitFor();
await page.getByTestId('fridge-note').scrollIntoViewIfNeeded();
await shot('5-fridge-panel');
await browser.close();

// Dev aid: screenshot of the plan editor with warnings.
// Usage: node src/serve.mjs build & node tests/look/look-plan.mjs
import { seed, setUpWithClient, start } from './setup.mjs';
const { browser, page } = await start({ height: 1600 });
const id = await setUpWithClient(page, 'Jonas Berg');
await seed(
	page,
	async (app, clientId) => {
		const at = new Date().toISOString();
		await app.vault.put('exploration', {
			id: `${clientId}/exploration`,
			clientId,
			createdAt: at,
			updatedAt: at,
			options: [
				{
					id: 'o1',
					tradeCode: 'BATMF3----',
					title: 'Tømrerfaget',
					route: 'praksiskandidat',
					lengthMonths: 42,
					pros: '',
					cons: '',
					clientView: ''
				}
			]
		});
	},
	id
);
await page.locator('nav.crumbs a').nth(1).click();
await page.locator(`a[href="/clients/${id}/plan"]`).click();
await page.getByLabel('Hent fra mulighetsutforskingen').selectOption({ index: 1 });
await page.getByRole('button', { name: 'Legg til steg' }).click();
await page.getByLabel('Hva', { exact: true }).fill('Vedtak om støtte til opplæring');
await page.getByLabel('Trenger vedtak fra Nav').check();
await page.waitForTimeout(500);
await page.screenshot({ path: '/tmp/shots/p-plan.png' });
await browser.close();

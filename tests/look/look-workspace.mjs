// Dev aid: the client workspace screens – a damaged module, the damaged-client notice on the
// list, the overview with the client's copy, and the plan step counter past Nav's limit.
// Usage: node src/serve.mjs build & node tests/look/look-workspace.mjs [nb|nn|en]
import { setUpWithClient, start } from './setup.mjs';
const lang = process.argv[2] ?? 'nb';
const { browser, page } = await start({ height: 1100 });
const shot = (n) => page.screenshot({ path: `/tmp/shots/w-${lang}-${n}.png`, fullPage: true });
const other = await setUpWithClient(page, 'Kari Nordmann');
if (lang !== 'nb') await page.getByRole('combobox').first().selectOption(lang);
await page.locator('header nav a[href="/"]').click();
await page.locator('header').getByRole('link').first().waitFor();
await page.locator('main button').first().click();
await page.locator('dialog input').first().fill('Ola Hansen');
await page.locator('dialog button').last().click();
await page.waitForURL(/profile/);
const id = page.url().split('/clients/')[1].split('/')[0];
await page.locator(`a[href="/clients/${id}/plan"]`).or(page.locator('nav.crumbs a').nth(1)).first().click();
await page.locator(`a[href="/clients/${id}/plan"]`).click();
await page.locator('form button.secondary').first().click();
await page
	.locator('input[id^="step-what-"]')
	.fill('Ringe Hansen Bygg AS og avtale et møte om læreplass, ta med CV, attester og vitnemål fra grunnskolen');
await page.waitForTimeout(800);
await page.locator('input[id^="step-what-"]').scrollIntoViewIfNeeded();
await page.screenshot({ path: `/tmp/shots/w-${lang}-1-counter.png` });
await page.locator('nav.crumbs a').nth(1).click();
await page.locator(`a[href="/clients/${id}/mapping"]`).first().click();
await page.locator('textarea').first().fill('Vil bli tømrer');
await page.waitForTimeout(800);
for (const row of [`${id}/mapping`, other])
	await page.evaluate(async (rowId) => {
		const db = await new Promise((res) => (indexedDB.open('veivalg').onsuccess = (e) => res(e.target.result)));
		const store = db.transaction('records', 'readwrite').objectStore('records');
		const r = await new Promise((res) => (store.get(rowId).onsuccess = (e) => res(e.target.result)));
		const b = new Uint8Array(r.ct.slice(0));
		b[3] ^= 16;
		await new Promise((res) => (store.put({ ...r, ct: b.buffer }).onsuccess = res));
		db.close();
	}, row);
await page.goto('http://localhost:4173/');
await page.locator('input[type=password]').fill('korrekt hest batteri stift');
await page.locator('button[type=submit]').click();
await page.locator('[data-testid="client-list"]').waitFor();
await shot('2-list-damaged');
await page.locator(`a[href="/clients/${id}"]`).click();
await page.locator('[data-testid="damaged-records"]').waitFor();
await shot('3-overview-damaged');
await page.locator(`a[href="/clients/${id}/mapping"]`).first().click();
await page.locator('[data-testid="damaged-records"]').waitFor();
await shot('4-mapping-damaged');
await browser.close();

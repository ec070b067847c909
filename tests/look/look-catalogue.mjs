// Dev aid: screenshots of the trade catalogue and the about page.
// Usage: node src/serve.mjs build & node tests/look/look-catalogue.mjs [nb|en]
import { setUpWithClient, start } from './setup.mjs';
const lang = process.argv[2] ?? 'nb';
const { browser, page } = await start({ height: 1300 });
const shot = (n) => page.screenshot({ path: `/tmp/shots/c-${lang}-${n}.png` });
await setUpWithClient(page, 'Ola Nordmann');
if (lang !== 'nb') await page.getByRole('combobox', { name: 'Språk' }).selectOption(lang);
await page.locator('header nav a[href="/catalogue"]').click();
await page.getByTestId('trade-list').waitFor();
await page.getByRole('searchbox').fill('snekker');
await page.locator('details summary').first().click();
await shot('search');
await page.locator('header nav a[href="/about"]').click();
await page.locator('h1').waitFor();
await shot('about');
await browser.close();

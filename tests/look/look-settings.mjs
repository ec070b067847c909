// Dev aid: screenshots of the client overview, the settings (backup, retention) and the lock screen in nn.
// Usage: node src/serve.mjs build & node tests/look/look-settings.mjs
import { setUpWithClient, start } from './setup.mjs';
const { browser, page } = await start({ height: 1500 });
const shot = (n) => page.screenshot({ path: `/tmp/shots/s-${n}.png` });
await setUpWithClient(page, 'Olena Kovalenko');
await page.getByLabel('Nav-kontor').fill('Nav Sandnes');
await page.waitForTimeout(800);
await page.locator('nav.crumbs a').nth(1).click();
await page.getByRole('heading', { name: 'Samtaler' }).waitFor();
await shot('overview');
await page.getByRole('link', { name: 'Veisøkere' }).first().click();
await shot('list-reminder');
await page.getByRole('link', { name: 'Innstillinger' }).click();
await page.getByLabel('Passordfrasen din').fill('feil');
await page.getByRole('button', { name: 'Last ned sikkerhetskopi' }).click();
await page.getByText('Feil passordfrase').waitFor();
await shot('settings');
await page.getByRole('combobox', { name: 'Språk' }).selectOption('nn');
await page.waitForTimeout(300);
await page.getByRole('button', { name: 'Lås' }).click();
await page.getByRole('heading', { name: 'Lås opp Veivalg' }).waitFor();
await shot('unlock-nn');
await browser.close();

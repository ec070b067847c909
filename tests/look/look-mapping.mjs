// Dev aid: fills module 1 for a realistic client and screenshots every step.
// Usage: node src/serve.mjs build & node tests/look/look-mapping.mjs [nb|en|nn]
import { setUpWithClient, start } from './setup.mjs';
const lang = process.argv[2] ?? 'nb';
const { browser, page } = await start();
const shot = (n) => page.screenshot({ path: `/tmp/shots/m1-${lang}-${n}.png` });
const id = await setUpWithClient(page, 'Jonas Berg');
if (lang !== 'nb') await page.getByRole('combobox', { name: 'Språk' }).selectOption(lang);
await page.waitForTimeout(300);
const base = `/clients/${id}/mapping`;
await page.locator('nav.crumbs a').nth(1).click();
await page.locator(`a[href="${base}"]`).click();
await page.locator('#step-h').waitFor();
await page.getByRole('checkbox').nth(1).check();
await page.locator('#question-text').fill('Vil finne ut om tømrer passer, og hva som skal til for å få fagbrev.');
await shot('1-question');
await page.getByRole('link', { name: /→/ }).click();
await page.getByRole('button', { name: /Legg til videregående|Add upper secondary|Legg til vidaregåande/ }).click();
await page.locator('select[id^=us-programme]').selectOption('BA');
await page.locator('select[id^=us-level]').selectOption('vg2');
for (const s of ['Norsk', 'Matematikk 1P', 'Engelsk']) {
	await page.getByRole('button', { name: /Legg til fag|Add subject/ }).click();
	await page.locator('input[list=common-subjects]').last().fill(s);
}
await shot('2-education');
await page.getByRole('link', { name: /→/ }).click();
await page.getByRole('button', { name: /erfaring|experience/i }).click();
await page.locator('input[id^=exp-employer], textarea[id^=exp-employer]').fill('Byggmester Hansen AS');
await page.locator('input[id^=exp-role], textarea[id^=exp-role]').fill('Tømrerhjelper');
await page.locator('input[id^=exp-start], textarea[id^=exp-start]').fill('2021-03');
await page.locator('input[id^=exp-end], textarea[id^=exp-end]').fill('2023-08');
await page.locator('input[id^=exp-percent], textarea[id^=exp-percent]').fill('80');
await page
	.getByRole('button', { name: /erfaring|experience/i })
	.last()
	.click();
await page.locator('input[id^=exp-employer], textarea[id^=exp-employer]').last().fill('Rema 1000');
await page.locator('input[id^=exp-role], textarea[id^=exp-role]').last().fill('Butikkmedarbeider');
await page.locator('input[id^=exp-start], textarea[id^=exp-start]').last().fill('2023-09');
await page.locator('input[id^=exp-percent], textarea[id^=exp-percent]').last().fill('50');
await shot('3-work');
await page.getByRole('link', { name: /→/ }).click();
await page.locator('#qualities').fill('Pålitelig, tålmodig og god med verktøy.');
await page.locator('#skills').fill('Førerkort klasse B, truckførerbevis.');
await shot('4-strengths');
await page.getByRole('link', { name: /→/ }).click();
const rows = page.locator('ol.items > li');
for (let i = 0; i < 48; i++)
	await rows
		.nth(i)
		.getByRole('radio')
		.nth(i % 6 === 0 ? 2 : i % 6 === 3 ? 1 : 0)
		.check();
await shot('5-interests');
await page.getByRole('link', { name: /→/ }).click();
await page.locator('#life-health').fill('Ryggplager; kan ikke løfte tungt over tid.');
await shot('6-life');
await page.getByRole('link', { name: /→/ }).click();
await shot('7-challenges');
await page.getByRole('link', { name: /→/ }).click();
await page.locator('#dreams').fill('Å ha eget firma som tømrer.');
await shot('8-goals');
await page.getByRole('link', { name: /→/ }).click();
await page.getByTestId('mapping-summary').waitFor();
await page.waitForTimeout(600);
await shot('9-summary');
await browser.close();

// Dev aid: a module 2 meeting for a client with a mapping; screenshots of each step and presentation mode.
// Usage: node src/serve.mjs build & node tests/look/look-exploring.mjs [nb|en]
import { seed, setUpWithClient, start } from './setup.mjs';
const lang = process.argv[2] ?? 'nb';
const { browser, page } = await start({ height: 1500 });
const shot = (n) => page.screenshot({ path: `/tmp/shots/x-${lang}-${n}.png` });
const id = await setUpWithClient(page, 'Jonas Berg');
await page.getByLabel('Fødselsår').fill('1998');
// A mapping, restored from a backup file.
await seed(
	page,
	async (app, clientId) => {
		const at = new Date().toISOString();
		const answers = {};
		for (const t of 'RIASEC') for (let i = 1; i <= 8; i++) answers[`${t}${i}`] = t === 'R' ? 2 : t === 'A' ? 1 : 0;
		await app.vault.put('mapping', {
			id: `${clientId}/mapping`,
			clientId,
			createdAt: at,
			updatedAt: at,
			question: { categories: ['confirmTrade'], text: 'Vil bli tømrer' },
			education: {
				primarySchool: 'completed',
				upperSecondary: [{ id: 'u1', programme: 'BA', level: 'vg1', school: '', years: '' }],
				subjectsPassed: [{ id: 's1', name: 'Norsk', grade: '' }],
				abroad: '',
				courses: [],
				drivingLicences: ['B']
			},
			experience: [
				{
					id: 'e1',
					type: 'job',
					employer: 'Byggmester Hansen AS',
					role: 'Tømrerhjelper',
					start: '2021-03',
					end: '2023-08',
					percent: 80,
					tasks: ''
				}
			],
			strengths: {
				qualities: 'Pålitelig og tålmodig',
				skills: 'Verktøy',
				likes: '',
				dislikes: '',
				prefTasks: '',
				prefHours: '',
				prefPercent: '',
				prefEnvironment: '',
				prefGeography: ''
			},
			interests: { text: 'Snekring', answers },
			life: { health: 'Ryggplager', finances: '', housing: '', family: '' },
			challenges: { list: ['health'], other: '' },
			goals: { dreams: 'Eget firma', goals: 'Læreplass til høsten' }
		});
	},
	id
);
await page.waitForTimeout(600);
if (lang !== 'nb') await page.getByRole('combobox', { name: 'Språk' }).selectOption(lang);
await page.locator('nav.crumbs a').nth(1).click();
await page.locator(`a[href="/clients/${id}/exploring"]`).click();
await page.locator('#step-h').waitFor();
await shot('1-summary-noconsent');
await page.locator('a[rel=next]').click();
await page.getByTestId('consent-table').waitFor();
await page.getByTestId('consent-table').locator('button, input').first().waitFor();
await page.getByTestId('consent-table').locator('tfoot tr').first().locator('button').first().click();
await page.getByTestId('consent-table').locator('tfoot tr').nth(1).locator('button').first().click();
await shot('2-consent');
await page.locator('a[rel=next]').click();
await page.locator('#income-security').selectOption('aap');
await page.locator('#support-months').fill('36');
await shot('3-nav');
await page.locator('a[rel=next]').click();
await page.getByTestId('suggestions').locator('li').first().waitFor();
await page.getByRole('searchbox').fill('tømrer');
await page.getByTestId('suggestions').getByRole('button').first().click();
await page.getByRole('searchbox').fill('anleggsmaskin');
await page.getByTestId('suggestions').getByRole('button').first().click();
await page.waitForTimeout(500);
await shot('4-options');
await page.locator('a[rel=next]').click();
await shot('5-compare');
await page.locator('a[rel=next]').click();
await page
	.getByRole('button', { name: /spørsmål|question/i })
	.first()
	.click();
await page.locator('input[id^=q-text]').fill('Finnes det læreplass på Romerike?');
await shot('6-questions');
await page.locator('a[href$="step=summary"]').first().click();
await page.getByRole('button', { name: /delt skjerm|shared screen/ }).click();
await page.getByTestId('presentation').waitFor();
await shot('7-presentation');
await browser.close();

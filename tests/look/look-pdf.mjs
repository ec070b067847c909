// Dev aid: the plan page's PDF panel with preview, and the downloaded PDF rendered to PNG.
// Usage: node src/serve.mjs build & node tests/look/look-pdf.mjs [nb|nn|en]
import { execFileSync } from 'node:child_process';
import { seed, setUpWithClient, start } from './setup.mjs';
const lang = process.argv[2] ?? 'nn';
const { browser, page } = await start({ height: 1500 });
const id = await setUpWithClient(page, 'Áila Niillasdóttir Čoarvi');
await seed(
	page,
	async (app, clientId) => {
		const at = new Date().toISOString();
		const answers = {};
		for (const t of 'RIASEC') for (let i = 1; i <= 8; i++) answers[`${t}${i}`] = t === 'R' ? 2 : t === 'S' ? 1 : 0;
		await app.vault.put('mapping', {
			id: `${clientId}/mapping`,
			clientId,
			createdAt: at,
			updatedAt: at,
			interests: { text: '', answers },
			strengths: {
				qualities: 'Pålitelig, tålmodig og god med verktøy',
				skills: 'Førerkort B, truckførerbevis',
				likes: '',
				dislikes: '',
				prefTasks: '',
				prefHours: '',
				prefPercent: '',
				prefEnvironment: '',
				prefGeography: ''
			},
			education: {
				primarySchool: 'completed',
				upperSecondary: [{ id: 'u', programme: 'BA', level: 'vg1', school: '', years: '' }],
				subjectsPassed: [
					{ id: 's1', name: 'Norsk', grade: '' },
					{ id: 's2', name: 'Matematikk 1P', grade: '' }
				],
				abroad: '',
				courses: [{ id: 'c', name: 'Truckførerbevis T1–T4', year: '2022' }],
				drivingLicences: ['B']
			},
			experience: [
				{
					id: 'e1',
					type: 'job',
					employer: 'Wróbel Bygg AS',
					role: 'Tømrerhjelper',
					start: '2021-03',
					end: '2023-08',
					percent: 80,
					tasks: ''
				},
				{
					id: 'e2',
					type: 'job',
					employer: 'Rema 1000',
					role: 'Butikkmedarbeider',
					start: '2023-09',
					end: '',
					percent: 50,
					tasks: ''
				}
			]
		});
		await app.vault.put('consent', {
			id: `${clientId}/consent`,
			clientId,
			createdAt: at,
			updatedAt: at,
			entries: [
				{
					id: 'c1',
					at,
					purpose: 'plan',
					sections: ['experience', 'education', 'strengths', 'interests'],
					withdrawn: false
				}
			]
		});
		const steps = [
			'Melde seg opp til teorieksamen for praksiskandidater',
			'Søke læreplass hos Wróbel Bygg AS',
			'Vedtak om opplæring som tiltak',
			'Ta teorieksamen',
			'Avtale prøvested',
			'Fagprøve'
		].map((what, i) => ({
			id: `s${i}`,
			what,
			owner: ['client', 'client', 'navAdviser', 'client', 'counsellor', 'client'][i],
			deadline: `2027-0${i + 1}-15`,
			status: i === 0 ? 'done' : 'planned',
			needsNavDecision: i === 2,
			needsFunding: i === 2
		}));
		await app.vault.put('plan', {
			id: `${clientId}/plan`,
			clientId,
			createdAt: at,
			updatedAt: at,
			goal: { occupation: 'Tømrer med svennebrev', tradeCode: 'BATMF3----', route: 'praksiskandidat' },
			lengthMonths: 18,
			nextStep: 'Melde seg opp til teorieksamen før 1. februar',
			steps,
			companies: [
				{
					id: 'c',
					name: 'Wróbel Bygg AS',
					contact: 'Łukasz Wróbel',
					phone: '900 00 000',
					email: 'post@wrobel.example',
					note: ''
				},
				{ id: 'd', name: 'Olena Bygg', contact: 'Олена Коваленко', phone: '', email: '', note: '' }
			],
			planB: 'Lærekandidat i tømrerfaget, med kompetansebevis',
			followUp: '2027-01-20'
		});
	},
	id
);
await page.locator('nav.crumbs a').nth(1).click();
await page.locator(`a[href="/clients/${id}/plan"]`).click();
const panel = page.getByTestId('plan-pdf');
await panel.scrollIntoViewIfNeeded();
await panel.getByRole('combobox').selectOption(lang);
await panel.getByRole('button').click();
await panel.locator('iframe').waitFor();
await panel.screenshot({ path: `/tmp/shots/pdfpanel-${lang}.png` });
const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('link').click()]);
const file = `/tmp/shots/${download.suggestedFilename()}`;
await download.saveAs(file);
execFileSync('pdftoppm', ['-png', '-r', '70', file, `/tmp/shots/pdfpage-${lang}`]);
console.log(file, execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/Pages:.*|File size:.*/g));
const nav = page.getByTestId('nav-summary');
await nav.getByRole('combobox').selectOption(lang);
await nav.getByRole('button').first().click();
await nav.getByTestId('nav-summary-text').waitFor();
await nav.screenshot({ path: `/tmp/shots/navpanel-${lang}.png` });
const [navDl] = await Promise.all([page.waitForEvent('download'), nav.getByRole('link').first().click()]);
const navFile = `/tmp/shots/${navDl.suggestedFilename()}`;
await navDl.saveAs(navFile);
execFileSync('pdftoppm', ['-png', '-r', '70', navFile, `/tmp/shots/navpage-${lang}`]);
await browser.close();

import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createClient, loadEmbeddedFonts, setUp, unlock, waitSaved } from './helpers';
import { rec, seedRecords } from './seed';

/** 30 months as a carpenter's helper at 80 %, and Tømrerfaget explored with the given route and length. */
async function seedCarpenter(page: Page, id: string, route: string, lengthMonths: number) {
	await seedRecords(page, [
		rec('mapping', id, {
			experience: [
				{
					id: 'e1',
					type: 'job',
					employer: 'Hansen AS',
					role: 'Tømrerhjelper',
					start: '2021-03',
					end: '2023-08',
					percent: 80,
					tasks: '',
					// The counsellor has confirmed this work as practice in Tømrerfaget.
					relevantFor: ['BATMF3----']
				}
			]
		}),
		rec('exploration', id, {
			options: [
				{
					id: 'o1',
					tradeCode: 'BATMF3----',
					title: 'Tømrerfaget',
					route,
					lengthMonths,
					pros: '',
					cons: '',
					clientView: ''
				}
			]
		})
	]);
}

test('write the plan from an explored option, with warnings and their sources as you go', async ({ page }) => {
	await setUp(page);
	const id = await createClient(page, 'Jonas Berg');
	await seedCarpenter(page, id, 'praksiskandidat', 42);
	await page.goto(`/clients/${id}/plan`);
	await unlock(page);
	await expect(page.getByRole('heading', { name: 'Mål og vei' })).toBeVisible();
	await page.getByLabel('Hent fra mulighetsutforskingen').selectOption({ label: 'Tømrerfaget – Praksiskandidat' });
	await expect(page.getByLabel('Yrkesmål eller sluttkompetanse')).toHaveValue('Tømrerfaget');
	const warnings = page.getByTestId('plan-warnings');
	await expect(warnings).toContainText('Praksiskandidat krever 60 måneder allsidig praksis i faget');
	await expect(warnings).toContainText('Veisøkeren har 30; det mangler omtrent 30');
	await expect(warnings).toContainText('Hjemmel: opplæringslova § 23-2 første ledd');
	// Praksiskandidat is paid work, not training Nav funds: 42 months is no Nav limit warning…
	await expect(warnings).not.toContainText('Opplæring Nav betaler');
	// …while 42 months of fagskole is.
	await page.getByLabel('Vei', { exact: true }).selectOption({ label: 'Fagskole' });
	await expect(warnings).toContainText('Opplæring Nav betaler, 42 måneder, er lengre enn 36 måneder.');
	await expect(warnings).toContainText('Kilde: Nav: rundskriv R76-12-01');
	await page.getByLabel('Planens lengde').fill('24');
	await expect(warnings).not.toContainText('Opplæring Nav betaler');
	await page.getByLabel('Vei', { exact: true }).selectOption({ label: 'Praksiskandidat' });
	await page.getByLabel('Neste steg', { exact: true }).fill('Melde seg opp til teorieksamen for praksiskandidater');
	await page.getByRole('button', { name: 'Legg til steg' }).click();
	await page.getByLabel('Hva', { exact: true }).fill('Vedtak om støtte til opplæring');
	await page.getByLabel('Trenger vedtak fra Nav').check();
	await expect(warnings).toContainText('trenger et vedtak fra Nav, men ingen står som ansvarlig');
	await page.getByLabel('Hvem har ansvar').selectOption('navAdviser');
	await page.getByLabel('Frist', { exact: true }).fill('2020-01-10');
	await expect(warnings).toContainText('Fristen for «Vedtak om støtte til opplæring» (2020-01-10) er passert.');
	await page.getByLabel('Frist', { exact: true }).fill('2099-01-10');
	await expect(warnings).not.toContainText('Vedtak om støtte');
	await expect(page.getByTestId('plan-deadlines')).toContainText('Søknadsfrister for denne veisøkeren');
	await page.getByRole('textbox', { name: 'Plan B' }).fill('Lærekandidat i tømrerfaget');
	await waitSaved(page);
	expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

	await page.reload();
	await unlock(page);
	await expect(page.getByRole('textbox', { name: 'Plan B' })).toHaveValue('Lærekandidat i tømrerfaget');
	await expect(page.getByLabel('Hvem har ansvar')).toHaveValue('navAdviser');
	await page.getByRole('link', { name: 'Jonas Berg' }).click();
	await expect(page.getByLabel('Status for Plan for opplæring')).toHaveValue('inProgress');
});

test('choosing fagskole for a 17-year-old without upper secondary warns, with its source and legal basis', async ({
	page
}) => {
	await setUp(page);
	const id = await createClient(page, 'Sara Lund');
	await page.getByLabel('Fødselsår').fill('2009');
	await waitSaved(page);
	await page.goto(`/clients/${id}/plan`);
	await unlock(page);
	await page.getByLabel('Vei', { exact: true }).selectOption({ label: 'Fagskole' });
	const warnings = page.getByTestId('plan-warnings');
	await expect(warnings).toContainText(
		'Fagskole krever fullført videregående; opptak på realkompetanse er mulig fra 2032.'
	);
	await expect(warnings).toContainText('Kilde: NOKUT');
	await expect(warnings).toContainText('Hjemmel: fagskoleloven § 16');
	await expect(warnings).toContainText('Nav gir fagskole som tiltak fra 2028');
	await page.getByLabel('Vei', { exact: true }).selectOption({ label: 'Arbeidstrening for å prøve yrket' });
	await expect(warnings).not.toContainText('Fagskole krever');
});

test('text the PDF font cannot show is named, not silently dropped; the stored plan keeps it', async ({ page }) => {
	await setUp(page);
	const id = await createClient(page, 'Maryam Al-Ali');
	await seedRecords(page, [
		rec('plan', id, {
			goal: { occupation: 'Tømrer', tradeCode: 'BATMF3----', route: 'praksiskandidat' },
			nextStep: 'Ringe mentor مريم 👩🏽‍🔧 om praksisplass',
			steps: [
				{
					id: 's1',
					what: 'Møte hos Nav',
					owner: 'client',
					deadline: '2027-01-15',
					status: 'planned',
					needsNavDecision: false,
					needsFunding: false
				}
			]
		})
	]);
	await page.goto(`/clients/${id}/plan`);
	await unlock(page);
	for (const panelId of ['plan-pdf', 'fridge-note']) {
		const panel = page.getByTestId(panelId);
		await panel.getByRole('button', { name: /Lag/ }).click();
		await expect(panel.getByTestId('unprintable').locator('bdi')).toHaveText(['م', 'ر', 'ي', '👩🏽‍🔧']);
		await expect(panel.getByTestId('unprintable')).toContainText('Teksten i Veivalg er uendret');
	}
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('plan-pdf').getByRole('link', { name: 'Last ned PDF' }).click()
	]);
	const text = execFileSync('pdftotext', [(await download.path())!, '-'], { encoding: 'utf8' });
	expect(text).toContain('Ringe mentor');
	expect(text).toContain('om praksisplass');
	// The draft itself is untouched.
	await expect(page.getByLabel('Neste steg', { exact: true })).toHaveValue('Ringe mentor مريم 👩🏽‍🔧 om praksisplass');
	expect(
		(await new AxeBuilder({ page }).include('[data-testid="unprintable"]').analyze()).violations.map((v) => v.id)
	).toEqual([]);
});

for (const lang of ['nb', 'nn'] as const) {
	test(`from a filled plan to the client's PDF (${lang}): names, consent, no encryption, no forms`, async ({
		page
	}) => {
		await setUp(page);
		const id = await createClient(page, 'Áila Niillasdóttir Čoarvi');
		const at = new Date().toISOString();
		await seedRecords(page, [
			rec('mapping', id, {
				experience: [
					{
						id: 'e1',
						type: 'job',
						employer: 'Wróbel Bygg AS',
						role: 'Tømrerhjelper',
						start: '2021-03',
						end: '2023-08',
						percent: 80,
						tasks: '',
						// The counsellor has confirmed this work as practice in Tømrerfaget.
						relevantFor: ['BATMF3----']
					}
				],
				life: { health: 'Ryggplager som ikke skal med', finances: '', housing: '', family: '' }
			}),
			rec('consent', id, {
				entries: [
					{ id: 'c1', at, purpose: 'plan', sections: ['experience'], withdrawn: false },
					// Shared with Nav, but nothing from the mapping: the plan goes to Nav, the background does not.
					{ id: 'c2', at, purpose: 'navSummary', sections: [], withdrawn: false }
				]
			}),
			rec('plan', id, {
				goal: { occupation: 'Tømrer', tradeCode: 'BATMF3----', route: 'praksiskandidat' },
				nextStep: 'Melde seg opp til teorieksamen',
				steps: [
					{
						id: 's1',
						what: 'Ringe Олена Коваленко om læreplass',
						owner: 'client',
						deadline: '2027-01-15',
						status: 'planned',
						needsNavDecision: false,
						needsFunding: false
					}
				],
				companies: [
					{ id: 'c', name: 'Wróbel Bygg AS', contact: 'Łukasz Wróbel', phone: '900 00 000', email: '', note: '' }
				]
			})
		]);
		await page.goto(`/clients/${id}/plan`);
		await unlock(page);
		const panel = page.getByTestId('plan-pdf');
		// Before anything is made, the counsellor sees what goes in, as agreed with the client.
		await expect(panel.getByTestId('sharing-plan')).toContainText('Med fra kartleggingen: Arbeid og praksis');
		// Consent to share the plan with Nav, with no section of the mapping: said as exactly that.
		await expect(page.getByTestId('sharing-navSummary')).toContainText(
			'Veisøkeren har sagt ja til å dele planen med Nav'
		);
		await expect(page.getByTestId('sharing-navSummary')).toContainText('men ingenting fra kartleggingen');
		await panel.getByRole('combobox').selectOption(lang);
		await panel.getByRole('button', { name: /Lag PDF/ }).click();
		await expect(panel.locator('iframe')).toBeVisible();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			panel.getByRole('link', { name: 'Last ned PDF' }).click()
		]);
		// The file name is in the plan's language too.
		expect(download.suggestedFilename()).toMatch(
			lang === 'nb' ? /^plan-veien-videre-\d{4}-\d{2}-\d{2}\.pdf$/ : /^plan-vegen-vidare-\d{4}-\d{2}-\d{2}\.pdf$/
		);
		const file = (await download.path())!;
		const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
		expect(text).toContain(lang === 'nb' ? 'Plan for veien videre' : 'Plan for vegen vidare');
		for (const s of ['Áila Niillasdóttir Čoarvi', 'Łukasz Wróbel', 'Олена Коваленко', 'Tømrerhjelper'])
			expect(text).toContain(s);
		expect(text).not.toContain('Ryggplager');
		const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
		expect(info).toMatch(/Encrypted:\s+no/);
		expect(info).toMatch(/Form:\s+none/);
		expect(info).toMatch(/Title:\s+Plan for (veien videre|vegen vidare)\n/);
		expect(info).not.toContain('Áila');
		expect(info).not.toMatch(/Author:/);
		// Only the letters used are embedded, and Chromium's font sanitiser accepts what we wrote.
		expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(
			/[A-Z]{6}\+SourceSansPro-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/
		);
		expect(await loadEmbeddedFonts(page, file)).toEqual(['loaded', 'loaded']);

		// The fridge note: the same plan on one page in large type, in the chosen language.
		const fridge = page.getByTestId('fridge-note');
		await fridge.getByRole('combobox').selectOption(lang);
		await fridge.getByRole('button', { name: 'Lag kjøleskapslapp' }).click();
		const [note] = await Promise.all([
			page.waitForEvent('download'),
			fridge.getByRole('link', { name: 'Last ned kjøleskapslappen' }).click()
		]);
		expect(note.suggestedFilename()).toMatch(/^kjoleskapslapp-\d{4}-\d{2}-\d{2}\.pdf$/);
		expect(execFileSync('pdfinfo', [(await note.path())!], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
		const noteText = execFileSync('pdftotext', [(await note.path())!, '-'], { encoding: 'utf8' });
		for (const s of [
			'Planen min',
			lang === 'nb' ? 'Det neste jeg gjør'.toUpperCase() : 'Det neste eg gjer'.toUpperCase(),
			'Melde seg opp til teorieksamen',
			'Tømrer',
			'Łukasz Wróbel'
		])
			expect(noteText).toContain(s);
		expect(noteText).not.toContain('Ryggplager');
		expect(await loadEmbeddedFonts(page, (await note.path())!)).toEqual(['loaded', 'loaded']);

		// The Nav adviser's summary: only what is shared with Nav (nothing here), with the steps as Nav activities.
		const nav = page.getByTestId('nav-summary');
		await nav.getByRole('combobox').selectOption(lang);
		await nav.getByRole('button', { name: /Lag sa/ }).click();
		await expect(nav.getByTestId('nav-summary-text')).toHaveValue(/Ringe Олена Коваленко om læreplass/);
		await expect(nav.getByTestId('nav-summary-text')).not.toHaveValue(/Ryggplager/);
		await expect(nav.getByTestId('nav-activities').locator(':scope > li')).toHaveCount(1);
		const [navDownload] = await Promise.all([
			page.waitForEvent('download'),
			nav.getByRole('link', { name: /Last ned sa/ }).click()
		]);
		expect(navDownload.suggestedFilename()).toMatch(
			lang === 'nb' ? /^sammendrag-nav-\d{4}-\d{2}-\d{2}\.pdf$/ : /^samandrag-nav-\d{4}-\d{2}-\d{2}\.pdf$/
		);
		const navInfo = execFileSync('pdfinfo', [(await navDownload.path())!], { encoding: 'utf8' });
		expect(navInfo).toMatch(/Pages:\s+1\n/);
		expect(execFileSync('pdftotext', [(await navDownload.path())!, '-'], { encoding: 'utf8' })).not.toContain(
			'Ryggplager'
		);
	});
}

test.describe('on a slow laptop', () => {
	// Every request reaches the page's route handler: no service worker answers from its cache.
	test.use({ serviceWorkers: 'block' });

	test('a route chosen while the catalogue is still loading gets the rules’ length once the catalogue is there', async ({
		page
	}) => {
		await setUp(page);
		const id = await createClient(page, 'Jonas Berg');
		await page.getByLabel('Fødselsår').fill('1990');
		await waitSaved(page);
		await seedCarpenter(page, id, 'apprenticeship', 48);
		// The catalogue's chunk is held back until the route has been chosen.
		let release!: () => void;
		const released = new Promise<void>((r) => (release = r));
		let held = 0;
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			const response = await route.fetch().catch(() => null);
			const body = await response?.text().catch(() => null);
			// A request the page gave up (it navigated) has nothing left to answer.
			if (!response || body == null) return route.abort().catch(() => undefined);
			if (body.includes('BATMF3----')) {
				held++;
				await released;
			}
			await route.fulfill({ response, body });
		});
		await page.goto(`/clients/${id}/exploring?step=options`);
		await unlock(page);
		const option = page.getByRole('article', { name: 'Tømrerfaget' });
		// The page has asked for the catalogue and is waiting for it.
		await expect.poll(() => held).toBe(1);
		await option.getByLabel('Vei', { exact: true }).selectOption({ label: 'Praksiskandidat' });
		await expect(option.getByTestId('routes')).toHaveCount(0);
		await expect(option.getByLabel('Forventet lengde')).toHaveValue('48');
		release();
		// 60 months required, 24 counted (30 at 80 %): the rules' length arrives with the catalogue.
		await expect(option.getByLabel('Forventet lengde')).toHaveValue('30');
		await waitSaved(page);
		await page.reload();
		await unlock(page);
		await expect(page.getByRole('article', { name: 'Tømrerfaget' }).getByLabel('Forventet lengde')).toHaveValue('30');
	});
});

test('changing the route recomputes the length; a length that no longer matches the rules is flagged with the new one offered', async ({
	page
}) => {
	await setUp(page);
	const id = await createClient(page, 'Jonas Berg');
	await page.getByLabel('Fødselsår').fill('1990');
	await waitSaved(page);
	await seedCarpenter(page, id, 'apprenticeship', 48);
	// Module 2: praksiskandidat brings the practice still missing (60 − 30) as the length.
	await page.goto(`/clients/${id}/exploring?step=options`);
	await unlock(page);
	const option = page.getByRole('article', { name: 'Tømrerfaget' });
	await option.getByLabel('Vei', { exact: true }).selectOption({ label: 'Praksiskandidat' });
	await expect(option.getByLabel('Forventet lengde')).toHaveValue('30');
	await waitSaved(page);

	// Module 3: from the option, 30 months and no Nav limit (praksiskandidat is paid work).
	await page.goto(`/clients/${id}/plan`);
	await unlock(page);
	await page.getByLabel('Hent fra mulighetsutforskingen').selectOption({ label: 'Tømrerfaget – Praksiskandidat' });
	await expect(page.getByLabel('Planens lengde')).toHaveValue('30');
	await expect(page.getByTestId('length-outdated')).toHaveCount(0);
	// The route changes here: the old length is flagged, never kept silently, and the new one offered.
	await page.getByLabel('Vei', { exact: true }).selectOption({ label: 'Ordinær læretid' });
	await expect(page.getByTestId('length-outdated')).toContainText(
		'Planens lengde (30 måneder) stemmer ikke lenger med det reglene gir for denne veien nå: om lag 48 måneder.'
	);
	await expect(page.getByTestId('plan-warnings')).toContainText('stemmer ikke lenger');
	await page.getByRole('button', { name: 'Bruk 48 måneder' }).click();
	await expect(page.getByLabel('Planens lengde')).toHaveValue('48');
	await expect(page.getByTestId('length-outdated')).toHaveCount(0);
	// 48 months of school and apprenticeship: no Nav limit warning.
	await expect(page.getByTestId('plan-warnings')).not.toContainText('Opplæring Nav betaler');
});

test('a 17-digit number and a five-digit year get a note in their field; the rest of the plan is saved', async ({
	page
}) => {
	await setUp(page);
	const id = await createClient(page, 'Tall Testesen');
	await page.goto(`/clients/${id}/plan`);
	await unlock(page);
	await page.getByLabel('Planens lengde').fill('12345678901234567');
	await expect(page.getByText('Tallet er for stort til å lagres.')).toBeVisible();
	const followUp = page.getByLabel('Neste oppfølging');
	// What Chromium's date field holds when a person types a five-digit year into it.
	await followUp.evaluate((el: HTMLInputElement) => {
		el.value = '20266-11-22';
		el.dispatchEvent(new Event('input', { bubbles: true }));
	});
	await expect(followUp).toHaveValue('20266-11-22');
	await expect(page.getByText('Året må ha fire sifre (1900–2100).')).toBeVisible();
	// Typed afterwards, elsewhere in the plan: saved.
	await page.getByLabel('Yrkesmål eller sluttkompetanse').fill('Elektriker');
	await waitSaved(page);
	await expect(page.locator('[data-save-status="error"]')).toHaveCount(0);
	await page.reload();
	await unlock(page);
	await expect(page.getByLabel('Yrkesmål eller sluttkompetanse')).toHaveValue('Elektriker');
	await expect(page.getByLabel('Planens lengde')).toHaveValue('');
	await expect(page.getByLabel('Neste oppfølging')).toHaveValue('');
});

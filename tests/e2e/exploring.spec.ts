import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createClient, setUp, unlock, waitSaved } from './helpers';
import { rec, seedRecords } from './seed';

/** A realistic module 1, restored into the app from a backup file. */
async function seedMapping(page: Page, clientId: string) {
	const answers: Record<string, number> = {};
	for (const t of 'RIASEC') for (let i = 1; i <= 8; i++) answers[`${t}${i}`] = t === 'R' ? 2 : t === 'A' ? 1 : 0;
	await seedRecords(page, [
		rec('mapping', clientId, {
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
					tasks: '',
					// The counsellor has confirmed this work as practice in Tømrerfaget.
					relevantFor: ['BATMF3----']
				}
			],
			strengths: {
				qualities: 'Pålitelig og tålmodig',
				skills: '',
				likes: '',
				dislikes: '',
				prefTasks: '',
				prefHours: '',
				prefPercent: '',
				prefEnvironment: '',
				prefGeography: ''
			},
			interests: { text: 'Snekring', answers },
			life: { health: 'Ryggplager som ikke skal vises', finances: '', housing: '', family: '' },
			challenges: { list: ['health'], other: '' },
			goals: { dreams: 'Eget firma', goals: 'Læreplass til høsten' }
		})
	]);
}

test('a module 2 meeting: consent, presentation, Nav frame, options with rules, compare, open questions', async ({
	page
}) => {
	await setUp(page);
	const id = await createClient(page, 'Jonas Berg');
	await page.getByLabel('Fødselsår').fill('1998');
	await waitSaved(page);
	await seedMapping(page, id);
	await page.goto(`/clients/${id}/mapping?step=summary`);
	await unlock(page);
	await page.getByRole('link', { name: /Start mulighetsutforsking/ }).click();
	await expect(page.getByRole('heading', { name: 'Dette har du med deg', level: 2 })).toBeVisible();
	await expect(page.getByText('Veisøkeren har ikke valgt hva som kan vises.')).toBeVisible();

	// Consent: nothing is ticked until the client chooses; the quick choice leaves sensitive
	// sections off; the client turns goals off for the screen; each purpose is saved on its own.
	await page.getByRole('link', { name: 'Deling' }).first().click();
	for (const box of await page.getByTestId('consent-table').getByRole('checkbox').all())
		await expect(box).not.toBeChecked();
	await page.getByRole('button', { name: 'Alt unntatt sensitivt: Vises på skjermen' }).click();
	await expect(page.getByRole('checkbox', { name: 'Helse: Vises på skjermen' })).not.toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Utdanning: Vises på skjermen' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Utdanning: Til Nav-veileder' })).not.toBeChecked();
	await page.getByRole('checkbox', { name: 'Drømmer og mål: Vises på skjermen' }).uncheck();
	await page.getByRole('button', { name: 'Lagre: Vises på skjermen' }).click();
	await expect(page.getByText('Samtykket er lagret: Vises på skjermen.')).toBeVisible();
	await expect(page.getByTestId('consent-history')).toContainText('Vises på skjermen');
	// Saving for the screen shared nothing with Nav or the plan.
	await expect(page.getByTestId('consent-history').locator('li')).toHaveCount(1);
	await expect(page.getByTestId('consent-includes')).toContainText('Til Nav-veileder:');
	expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

	// Presentation mode shows only what was shared, over the whole screen.
	await page.getByRole('link', { name: 'Dette har du med deg' }).first().click();
	await page.getByRole('button', { name: 'Vis på delt skjerm' }).click();
	const shown = page.getByTestId('presentation');
	await expect(shown).toContainText('24 måneder praksis til sammen');
	await expect(shown).toContainText('Pålitelig og tålmodig');
	await expect(shown).not.toContainText('Ryggplager');
	await expect(shown).not.toContainText('Eget firma');
	// Nothing else is reachable on the shared screen: the header's place is covered.
	expect(await page.evaluate(() => !!document.elementFromPoint(60, 20)?.closest('[data-testid="presentation"]'))).toBe(
		true
	);
	await page.keyboard.press('Escape');
	await expect(shown).toHaveCount(0);

	// Nav's frame.
	await page.getByRole('link', { name: 'Navs rammer' }).first().click();
	await page.getByLabel('Inntektssikring nå').selectOption('aap');
	await expect(page.getByText('AAP gis som hovedregel i inntil 36 måneder.')).toBeVisible();
	await expect(page.getByText(/Kilde: Nav: arbeidsavklaringspenger/)).toBeVisible();
	await page.getByLabel('Hvor lenge Nav kan støtte opplæring').fill('36');

	// Options: suggestions follow the interests; "snekker" finds Tømrerfaget; rules per route with sources.
	await page.getByRole('link', { name: 'Muligheter' }).first().click();
	await expect(page.getByText('Forslag etter interessene: Praktisk, Skapende.')).toBeVisible();
	await page.getByRole('searchbox').fill('snekker');
	await page.getByRole('button', { name: 'Legg til: Tømrerfaget' }).click();
	await page.getByRole('searchbox').fill('anleggsmaskinfører');
	await page.getByRole('button', { name: 'Legg til: Anleggsmaskinførerfaget' }).click();
	const tomrer = page.getByRole('article', { name: 'Tømrerfaget' });
	await expect(tomrer.getByTestId('routes')).toContainText(
		'Veisøkeren har 30 måneder praksis, og skoleårene kan godskrives med 12 måneder hvis alle fag er bestått – til sammen mangler omtrent 18.'
	);
	await expect(tomrer.getByTestId('routes')).toContainText('Kilde: Lovdata: opplæringslova § 23-2');
	await expect(tomrer.getByTestId('routes')).toContainText('Hjemmel: opplæringslova § 23-2 første ledd');
	await expect(tomrer.getByTestId('routes')).toContainText('Dette er et råd, ikke et vedtak.');
	await expect(tomrer.getByLabel('Forventet lengde')).toHaveValue('36');
	// Born 1998: the adult right applies, so adults' rolling admission is what counts.
	await expect(page.getByTestId('deadlines')).toContainText('Voksne søker fortløpende');
	await tomrer.getByLabel('Taler for').fill('Har allerede praksis fra byggeplass');
	await tomrer.getByLabel('Veisøkerens eget syn').fill('Dette vil jeg helst');
	await page
		.getByRole('article', { name: 'Anleggsmaskinførerfaget' })
		.getByLabel('Taler imot')
		.fill('Mye stillesitting');

	await page.getByRole('link', { name: 'Sammenlign' }).first().click();
	const compare = page.getByTestId('compare');
	await expect(compare.locator('thead')).toContainText('Tømrerfaget');
	await expect(compare.locator('thead')).toContainText('Anleggsmaskinførerfaget');
	await expect(compare).toContainText('Dette vil jeg helst');
	await expect(compare).toContainText('Mye stillesitting');

	await page.getByRole('link', { name: 'Åpne spørsmål' }).first().click();
	await page.getByRole('button', { name: 'Legg til spørsmål' }).click();
	await page.getByLabel('Spørsmål', { exact: true }).fill('Finnes det læreplass på Romerike?');
	await page.getByLabel('Hvem avklarer').selectOption('navAdviser');
	await page.getByLabel('Frist').fill('2027-01-15');
	await page.getByLabel('Hvem gjør hva').fill('Jonas kontakter to bedrifter. Nav-veileder avklarer AAP.');
	await waitSaved(page);

	// Everything is there after a reload.
	await page.reload();
	await unlock(page);
	await expect(page.getByLabel('Spørsmål', { exact: true })).toHaveValue('Finnes det læreplass på Romerike?');
	await expect(page.getByLabel('Hvem avklarer')).toHaveValue('navAdviser');
	await page.getByRole('link', { name: 'Sammenlign' }).first().click();
	await expect(page.getByTestId('compare')).toContainText('Har allerede praksis fra byggeplass');
});

test('withdrawing consent removes everything from the shared screen', async ({ page }) => {
	await setUp(page);
	const id = await createClient(page, 'Sara Ali');
	await seedMapping(page, id);
	await page.goto(`/clients/${id}/exploring?step=consent`);
	await unlock(page);
	await page.getByRole('button', { name: 'Alt unntatt sensitivt: Vises på skjermen' }).click();
	await page.getByRole('button', { name: 'Lagre: Vises på skjermen' }).click();
	await page.getByRole('button', { name: 'Trekk tilbake: Vises på skjermen' }).click();
	await expect(page.getByText('Tilbaketrekkingen er lagret: Vises på skjermen.')).toBeVisible();
	await expect(page.getByTestId('consent-history').locator('li').first()).toContainText('trukket tilbake');
	// Nothing stays ticked for the purpose withdrawn: «Lagre» would otherwise share it again.
	await expect(page.getByRole('checkbox', { name: 'Utdanning: Vises på skjermen' })).not.toBeChecked();
	await page.getByRole('link', { name: 'Dette har du med deg' }).first().click();
	await expect(page.getByText('Veisøkeren har ikke valgt hva som kan vises.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Vis på delt skjerm' })).toHaveCount(0);
});

test('axe finds no violations on any module 2 step, and it reads in English', async ({ page }) => {
	await setUp(page);
	const id = await createClient(page, 'Ola Nordmann');
	await seedMapping(page, id);
	for (const step of ['summary', 'consent', 'nav', 'options', 'compare', 'questions']) {
		await page.goto(`/clients/${id}/exploring?step=${step}`);
		await unlock(page);
		await expect(page.locator('#step-h')).toBeVisible();
		if (step === 'options') {
			await page.getByRole('searchbox').fill('tømrer');
			await page.getByRole('button', { name: 'Legg til: Tømrerfaget' }).click();
		}
		if (step === 'questions') await page.getByRole('button', { name: 'Legg til spørsmål' }).click();
		const results = await new AxeBuilder({ page }).analyze();
		expect(
			results.violations.map((v) => `${step}: ${v.id} – ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
		).toEqual([]);
	}
	await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
	await expect(page.getByRole('heading', { name: 'Open questions', level: 2 })).toBeVisible();
	await page.getByRole('link', { name: 'Options' }).first().click();
	await expect(page.getByRole('article', { name: 'Tømrerfaget' })).toContainText(
		'The experience-based route needs 60 months'
	);
});

test('an adult born 1992 with no practice sees realkompetansevurdering as an open route, with its source', async ({
	page
}) => {
	await setUp(page);
	const id = await createClient(page, 'Amina Yusuf');
	await page.getByLabel('Fødselsår').fill('1992');
	await waitSaved(page);
	await page.goto(`/clients/${id}/exploring?step=options`);
	await unlock(page);
	await page.getByRole('searchbox').fill('tømrer');
	await page.getByRole('button', { name: 'Legg til: Tømrerfaget' }).click();
	const routes = page.getByTestId('routes').first();
	await expect(routes).toContainText('Realkompetansevurdering');
	await expect(routes).toContainText('det finnes ikke noe minstekrav');
	await expect(routes).toContainText('Kilde: Lovdata: opplæringslova § 18-8');
	// The practice-based routes say plainly that the practice is not there yet.
	await expect(routes).toContainText('Praksiskandidat krever 60 måneder allsidig praksis i faget');
	await expect(routes).toContainText('Veisøkeren har 0; det mangler omtrent 60');
	// Each result names the provision it rests on.
	await expect(routes.locator('[data-route="realkompetanse"]')).toContainText(
		'Hjemmel: opplæringslova § 18-8 første ledd'
	);
	// The routes that used to have no check now have one, with its source.
	await expect(routes.locator('[data-route="workTraining"]')).toContainText(
		'Med mindre enn én måneds arbeidserfaring passer arbeidstrening'
	);
	await expect(routes.locator('[data-route="workDirect"]')).toContainText(
		'Nav kan gi arbeidsgiveren midlertidig lønnstilskudd'
	);
	await expect(routes.locator('[data-route="fagskole"]')).toContainText(
		'søke fagskole på realkompetanse fra året man fyller 23'
	);
	await expect(routes.locator('[data-route="fagskole"]')).toContainText('Kilde: NOKUT');
	await expect(routes.locator('[data-route="higherEducation"]')).toContainText('23/5-regelen');
	await page.getByRole('link', { name: 'Om og kilder' }).click();
	await expect(page.getByTestId('rules-review')).toContainText('Realkompetansevurdering');
	await expect(page.getByTestId('rules-review')).toContainText('Fagskole');
	await expect(page.getByTestId('rules-review')).toContainText('Oppdatert');
	await expect(page.getByText('Samordna opptak: 23/5-regelen')).toBeVisible();
});

test('nynorsk and English texts exist for the new route checks', async ({ page }) => {
	await setUp(page);
	const id = await createClient(page, 'Ola Nordmann');
	await page.getByLabel('Fødselsår').fill('2000');
	await waitSaved(page);
	await page.goto(`/clients/${id}/exploring?step=options`);
	await unlock(page);
	await page.getByRole('searchbox').fill('tømrer');
	await page.getByRole('button', { name: 'Legg til: Tømrerfaget' }).click();
	const fagskole = page.getByTestId('routes').first().locator('[data-route="fagskole"]');
	await page.getByRole('combobox', { name: 'Språk' }).selectOption('nn');
	await expect(fagskole).toContainText('søkje fagskule på realkompetanse frå året ein fyller 23');
	await expect(fagskole).toContainText('Heimel: fagskoleloven § 16');
	await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
	await expect(fagskole).toContainText('apply to a fagskole on prior learning from the year they turn 23');
	await expect(fagskole).toContainText('Legal basis: fagskoleloven § 16');
});

test('a Vg2 started and left is taken again: the route starts with that Vg2; passed, it is 30 months in a company', async ({
	page
}, info) => {
	await setUp(page);
	const id = await createClient(page, 'Sara Lund');
	await page.getByLabel('Fødselsår').fill('2004');
	await waitSaved(page);
	// A row as older versions stored it: Vg2 reached, nothing said about how it ended.
	await seedRecords(page, [
		rec('mapping', id, {
			education: {
				primarySchool: 'completed',
				upperSecondary: [{ id: 'u1', programme: 'EL', level: 'vg2', school: 'Kuben', years: '2021–2022' }],
				subjectsPassed: [],
				abroad: '',
				courses: [],
				drivingLicences: []
			}
		})
	]);

	// Module 1 asks once how that Vg2 went; she left Vg2 Elenergi og ekom after one term.
	await page.goto(`/clients/${id}/mapping?step=education`);
	await unlock(page);
	await expect(page.getByTestId('status-missing')).toContainText('For 1 skoleår mangler det om året er fullført');
	await page.getByLabel('Programområde på Vg2').selectOption({ label: 'Elenergi og ekom' });
	await page.getByLabel('Hvordan gikk Vg2?').selectOption({ label: 'Startet, men sluttet' });
	await page.getByLabel('Når sluttet veisøkeren?').fill('2021-12');
	await expect(page.getByTestId('status-missing')).toHaveCount(0);
	await waitSaved(page);
	await page.screenshot({ path: info.outputPath('education-status.png'), fullPage: true });

	// Module 2: the apprenticeship starts with that Vg2, and its length includes it.
	await page.goto(`/clients/${id}/exploring?step=options`);
	await unlock(page);
	await page.getByRole('searchbox').fill('elektriker');
	await page.getByRole('button', { name: 'Legg til: Elektrikerfaget' }).click();
	const apprenticeship = page.locator('[data-route="apprenticeship"]').first();
	await expect(apprenticeship).toContainText('Ordinær læretid: om lag 42 måneder');
	await expect(apprenticeship.getByTestId('route-path')).toHaveText(
		'Vg2 Elenergi og ekom på nytt (1 år) → 30 måneder i lære'
	);
	await waitSaved(page);
	await page.screenshot({ path: info.outputPath('route-left.png'), fullPage: true });

	// The same client with Vg2 passed: straight to 30 months in a company.
	await page.goto(`/clients/${id}/mapping?step=education`);
	await unlock(page);
	await page.getByLabel('Hvordan gikk Vg2?').selectOption({ label: 'Fullført og bestått' });
	await waitSaved(page);
	await page.goto(`/clients/${id}/exploring?step=options`);
	await unlock(page);
	const passed = page.locator('[data-route="apprenticeship"]').first();
	await expect(passed).toContainText('Ordinær læretid: om lag 30 måneder');
	await expect(passed.getByTestId('route-path')).toHaveText('30 måneder i lære');
});

test('a warehouse job counts for Elektrikerfaget only once marked relevant; modules 1 and 2 show the same number and why', async ({
	page
}, info) => {
	await setUp(page);
	const id = await createClient(page, 'Ola Strand');
	await page.getByLabel('Fødselsår').fill('1995');
	await waitSaved(page);
	const job = (eid: string, role: string, start: string, end: string, percent: number) => ({
		id: eid,
		type: 'job',
		employer: 'Bring',
		role,
		start,
		end,
		percent,
		tasks: ''
	});
	await seedRecords(page, [
		rec('mapping', id, {
			experience: [
				job('e1', 'Lagermedarbeider', '2023-01', '2024-06', 80),
				job('e2', 'Elektrikerhjelper', '2024-07', '2024-12', 100)
			]
		})
	]);
	await page.goto(`/clients/${id}/exploring?step=options`);
	await unlock(page);
	await page.getByRole('searchbox').fill('elektriker');
	await page.getByRole('button', { name: 'Legg til: Elektrikerfaget' }).click();
	const box = page.getByTestId('trade-practice-ELELE3----').first();
	const praksis = page.locator('[data-route="praksiskandidat"]').first();
	// Nothing counts until the counsellor says so; the electrician's helper job is suggested, the warehouse job is not.
	await expect(box.getByTestId('practice-sum')).toContainText(
		'0 måneder: ingen arbeidsforhold er merket som praksis i faget'
	);
	await expect(praksis).toContainText('Veisøkeren har 0');
	await expect(box.locator('li', { hasText: 'Elektrikerhjelper' })).toContainText('Ser relevant ut');
	await expect(box.locator('li', { hasText: 'Lagermedarbeider' })).not.toContainText('Ser relevant ut');

	await box.getByLabel(/Elektrikerhjelper/).check();
	await expect(box.getByTestId('practice-sum')).toHaveText('6 måneder: 6 mnd à 100 %.');
	await box.getByLabel(/Lagermedarbeider/).check();
	const why = '24 måneder: 18 mnd à 80 % (regnes som heltid) og 6 mnd à 100 %.';
	await expect(box.getByTestId('practice-sum')).toHaveText(why);
	await expect(praksis).toContainText('Veisøkeren har 24');
	await waitSaved(page);
	await page.screenshot({ path: info.outputPath('practice-module2.png'), fullPage: true });

	// Module 1 shows the same number with the same explanation.
	await page.goto(`/clients/${id}/mapping?step=work`);
	await unlock(page);
	await expect(page.getByTestId('trade-practice-ELELE3----').getByTestId('practice-sum')).toHaveText(why);
	await page.screenshot({ path: info.outputPath('practice-module1.png'), fullPage: true });
});

test('the way and the practice read in nynorsk and English too', async ({ page }, info) => {
	await setUp(page);
	const id = await createClient(page, 'Kari Vik');
	await seedRecords(page, [
		rec('mapping', id, {
			education: {
				primarySchool: 'completed',
				upperSecondary: [
					{ id: 'u1', programme: 'EL', level: 'vg2', vg2: 'ELELE2----', status: 'left', school: '', years: '' }
				],
				subjectsPassed: [],
				abroad: '',
				courses: [],
				drivingLicences: []
			},
			experience: [
				{
					id: 'e1',
					type: 'job',
					employer: 'Bring',
					role: 'Elektrikerhjelper',
					start: '2024-01',
					end: '2024-06',
					percent: 100,
					tasks: '',
					relevantFor: ['ELELE3----']
				}
			]
		})
	]);
	await page.goto(`/clients/${id}/exploring?step=options`);
	await unlock(page);
	await page.getByRole('searchbox').fill('elektriker');
	await page.getByRole('button', { name: 'Legg til: Elektrikerfaget' }).click();
	const path = page.locator('[data-route="apprenticeship"]').first().getByTestId('route-path');
	const sum = page.getByTestId('trade-practice-ELELE3----').getByTestId('practice-sum');
	await page.getByRole('combobox', { name: /Språk|Language/ }).selectOption('nn');
	await expect(path).toHaveText('Vg2 Elenergi og ekom på nytt (1 år) → 30 månader i lære');
	await expect(sum).toHaveText('6 månader: 6 mnd à 100 %.');
	await page.screenshot({ path: info.outputPath('options-nn.png'), fullPage: true });
	await page.getByRole('combobox', { name: /Språk|Language/ }).selectOption('en');
	// Udir's English title, with the Norwegian beside it.
	await expect(path).toHaveText(
		'Vg2 Electrical Energy and Electronic Communications (Elenergi og ekom) again (1 year) → 30 months as an apprentice'
	);
	await expect(sum).toHaveText('6 months: 6 mo at 100 %.');
	await page.getByTestId('trade-practice-ELELE3----').screenshot({ path: info.outputPath('practice-en.png') });
});

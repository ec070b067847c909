import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createClient, setUp, unlock, waitSaved } from './helpers';
import { rec, seedRecords } from './seed';

/** Module 1 with primary school only, and Elektrikerfaget among the options of module 2. */
async function seedGrunnskoleOnly(page: Page, id: string, extra: Record<string, unknown> = {}) {
	await seedRecords(page, [
		rec('mapping', id, {
			education: {
				primarySchool: 'completed',
				upperSecondary: [],
				subjectsPassed: [],
				abroad: '',
				courses: [],
				drivingLicences: []
			}
		}),
		rec('exploration', id, {
			options: [
				{
					id: 'o1',
					tradeCode: 'ELELE3----',
					title: 'Elektrikerfaget',
					route: 'apprenticeship',
					lengthMonths: 54,
					pros: '',
					cons: '',
					clientView: ''
				}
			],
			...extra
		}),
		rec('plan', id, { goal: { occupation: 'Elektriker', tradeCode: 'ELELE3----', route: 'apprenticeship' } })
	]);
}

async function pdfText(page: Page, lang: 'nb' | 'nn' | 'en') {
	const panel = page.getByTestId('plan-pdf');
	await panel.getByRole('combobox').selectOption(lang);
	await panel.getByRole('button', { name: /Lag PDF/ }).click();
	await expect(panel.locator('iframe')).toBeVisible();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		panel.getByRole('link', { name: 'Last ned PDF' }).click()
	]);
	// pdftotext keeps line breaks; a paragraph number may wrap, so spaces are folded.
	return execFileSync('pdftotext', [(await download.path())!, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

test('born 2004 with grunnskole only: both rights under the 2023 Act with their paragraphs, in module 2 and in the client’s PDF in nb, nn and en', async ({
	page
}) => {
	// Three PDFs and module 2 on a busy 2-core machine (load average 6–7 seen): a hang limit, not a clock.
	test.setTimeout(300_000);
	await setUp(page);
	const id = await createClient(page, 'Amina Yusuf');
	await page.getByLabel('Fødselsår').fill('2004');
	await waitSaved(page);
	await seedGrunnskoleOnly(page, id);
	await page.goto(`/clients/${id}/exploring?step=options`);
	await unlock(page);

	const adult = page.locator('[data-route="adultEducation"]');
	await expect(adult).toContainText('Ungdomsretten: veisøkeren har rett til å fullføre videregående opplæring');
	await expect(adult).toContainText('ut skoleåret 2028–29');
	await expect(adult).toContainText('Begge rettene gjelder nå: fra skoleåret 2023–24');
	await expect(adult).toContainText('Hjemmel: opplæringslova § 5-1 første ledd; opplæringslova § 5-1 andre ledd.');
	await expect(adult).toContainText('opplæringslova § 18-3 første ledd');
	// The words of the law, one click away.
	await adult.getByText('Lovtekst').nth(1).click();
	await expect(
		adult.locator('blockquote').filter({ hasText: 'frå det skoleåret som tar til det året dei fyller 19 år' }).first()
	).toBeVisible();

	const rk = page.locator('[data-route="realkompetanse"]');
	await expect(rk).toContainText('Veisøkeren har rett til å få realkompetansen vurdert og dokumentert');
	await expect(rk).toContainText('Hjemmel: opplæringslova § 18-8 første ledd');

	// Elektrikerfaget: 24 months in school, 30 in a company; praksiskandidat 25 % longer than 54 months.
	const apprenticeship = page.locator('[data-route="apprenticeship"]');
	await expect(apprenticeship).toContainText('Her: skole 24 måneder og læretid 30 måneder');
	// Nav's limit is on the whole measure, whoever runs the school, and Nav decides: never «does not count».
	await expect(apprenticeship).toContainText('gjelder Navs grense for hele tiltaket – også skoleårene');
	await expect(apprenticeship).toContainText('Nav avgjør');
	await expect(page.locator('[data-route="praksiskandidat"]')).toContainText('Praksiskandidat krever 67,5 måneder');
	// ELE03-04 asks two written exams of those outside the normal route, in its own words.
	await expect(page.locator('[data-route="praksiskandidat"]')).toContainText(
		'Først 2 skriftlige eksamener, så fag-/svenneprøve. Læreplanen i faget (ELE03-04'
	);

	// Both tracks' deadlines: fixed dates for the youth right, rolling admission for adults.
	await expect(page.getByTestId('deadlines')).toContainText(/Ungdom søker inntak til skoleåret 20\d\d–\d\d innen/);
	await expect(page.getByTestId('deadlines')).toContainText('Voksne søker fortløpende');
	// The 1998 Act's «from the year one turns 25» is gone from every right and its sources.
	for (const route of ['adultEducation', 'realkompetanse'])
		await expect(page.locator(`[data-route="${route}"]`)).not.toContainText(/25|1998/);
	expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
	// In English the sources' titles are English, the law's names beside them as enacted.
	await page.getByLabel('Språk').selectOption('en');
	await expect(adult).toContainText('Source: Lovdata: the Education Act (opplæringslova) § 5-1, last checked');
	await expect(rk).toContainText('Legal basis: opplæringslova § 18-8');
	await page.getByLabel('Language').selectOption('nb');
	// The screen changes language once the choice is stored: only then may the page reload.
	await expect(page.getByLabel('Språk')).toBeVisible();

	await page.goto(`/clients/${id}/plan`);
	await unlock(page);
	const texts = {
		nb: [
			'Dine rettigheter',
			'ut skoleåret 2028–29 (opplæringslova § 5-1)',
			'(opplæringslova § 18-3)',
			'(opplæringslova § 18-8)',
			'Som voksen kan du søke når som helst'
		],
		nn: [
			'Rettane dine',
			'ut skoleåret 2028–29 (opplæringslova § 5-1)',
			'(opplæringslova § 18-3)',
			'(opplæringslova § 18-8)',
			'Som vaksen kan du søkje når som helst'
		],
		en: [
			'Your rights',
			'school year 2028–29 (opplæringslova § 5-1)',
			'(opplæringslova § 18-3)',
			'(opplæringslova § 18-8)',
			'As an adult you can apply at any time'
		]
	} as const;
	for (const lang of ['nb', 'nn', 'en'] as const) {
		const text = await pdfText(page, lang);
		for (const s of texts[lang]) expect(text, `${lang}: ${s}`).toContain(s);
		expect(text).not.toMatch(/fyller 25|turn 25/);
		expect(text).toContain('2023–24');
	}
});

test('Elektrikerfaget in the catalogue: 24 months in school, 30 in a company, 67.5 months for praksiskandidat', async ({
	page
}) => {
	await setUp(page);
	await page.getByRole('link', { name: 'Lærefag' }).click();
	// The client list has a search box too: fill the catalogue's only once its list is drawn.
	await expect(page.getByTestId('trade-list')).toBeVisible();
	await page.getByRole('searchbox').fill('elektrikerfaget');
	const item = page.getByTestId('trade-list').locator('li').filter({ hasText: 'Elektrikerfaget' }).first();
	await item.locator('summary').click();
	await expect(item).toContainText('2+2½');
	await expect(item).toContainText('Vg1 → Vg2 Elenergi og ekom (24 måneder i skole) → 30 måneder i lære');
	await expect(item).toContainText('67,5 måneder allsidig praksis (25 % lengre enn 54 måneder)');
});

test('an adult on dagpenger: rolling admission, a Nav warning with its source, and the law page lists every rule with its paragraph', async ({
	page
}) => {
	await setUp(page);
	// The county's own start dates for adults, once, in Innstillinger.
	await page.getByRole('link', { name: 'Innstillinger' }).click();
	await page.getByLabel('Oppstart for voksne i fylket').fill('august og januar');
	await page.getByLabel('Oppstart for voksne i fylket').press('Tab');
	await page.getByRole('link', { name: 'Veisøkere' }).first().click();
	const id = await createClient(page, 'Per Olsen');
	await page.getByLabel('Fødselsår').fill('1990');
	await waitSaved(page);
	await seedGrunnskoleOnly(page, id, {
		navFrame: { incomeSecurity: 'dagpenger', incomeUntil: '', supportMonths: null, constraints: '' }
	});
	await page.goto(`/clients/${id}/exploring?step=nav`);
	await unlock(page);
	const note = page.getByTestId('income-rule');
	await expect(note).toContainText('Dagpenger og opplæring: kan være mulig for den som har fylt 25 år');
	await expect(note).toContainText('Avklar med Nav-veileder før opplæring');
	await expect(note).toContainText('Kilde: Nav: dagpenger og utdanning eller opplæring');
	await expect(note).toContainText('Hjemmel: folketrygdloven § 4-6');

	await page.goto(`/clients/${id}/plan`);
	await unlock(page);
	const warnings = page.getByTestId('plan-warnings');
	await expect(warnings).toContainText('Dagpenger og opplæring');
	await expect(warnings).toContainText('Kilde: Nav: dagpenger og utdanning eller opplæring');
	// 54 months of school and paid apprenticeship are not Nav's to fund: no Nav limit warning.
	await expect(warnings).not.toContainText('lengre enn 36 måneder');
	const deadlines = page.getByTestId('plan-deadlines');
	await expect(deadlines).toContainText('Voksne søker fortløpende');
	await expect(deadlines).toContainText('Fylkets oppstart for voksne: august og januar.');
	await expect(deadlines).not.toContainText('Ungdom søker');
	const fridge = page.getByTestId('fridge-note');
	await fridge.getByRole('button', { name: 'Lag kjøleskapslapp' }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		fridge.getByRole('link', { name: 'Last ned kjøleskapslappen' }).click()
	]);
	const noteText = execFileSync('pdftotext', [(await download.path())!, '-'], { encoding: 'utf8' }).replace(
		/\s+/g,
		' '
	);
	expect(noteText).toContain('Som voksen kan jeg søke når som helst (oppstart august og januar)');
	expect(noteText).not.toContain('Søknadsfrist for lærekandidater');
	await expect(deadlines).toContainText('Hjemmel: opplæringsforskrifta § 13-3 første ledd');

	await page.getByRole('link', { name: 'Om og kilder' }).click();
	const review = page.getByTestId('rules-review');
	await expect(review.getByRole('row', { name: /Voksenrett/ })).toContainText('opplæringslova § 18-3');
	await expect(review.getByRole('row', { name: /Voksenrett/ })).toContainText('29. november 2026');
	await expect(review.getByRole('row', { name: /Praksiskandidat/ })).toContainText('opplæringslova § 23-2');
	await expect(page.locator('#law')).toContainText('«25 prosent lengre enn det fastsette opplæringsløpet for faget»');
	expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
});

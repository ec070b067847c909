import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { createClient, setUp, unlock, waitSaved } from './helpers';
import { rec, seedRecords } from './seed';

/**
 * What the app says around the law follows the stored texts: the curricula's «Sluttvurdering», the
 * trade's own Vg2, the practice a praksiskandidat has, and only a birth year that can be true.
 */

async function pdf(page: Page, testid: 'plan-pdf', lang: 'nb' | 'nn' | 'en' = 'nb') {
	const panel = page.getByTestId(testid);
	// Waits for the panel's language choice (a count read at once could miss it on a slow machine).
	await panel.getByRole('combobox').selectOption(lang);
	await panel.getByRole('button', { name: /Lag PDF/ }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		panel.getByRole('link', { name: 'Last ned PDF' }).click()
	]);
	return execFileSync('pdftotext', [(await download.path())!, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const job = (id: string, role: string, start: string, relevantFor: string[]) => ({
	id,
	type: 'job',
	employer: 'Byggmester Berg',
	role,
	start,
	end: '',
	percent: 100,
	tasks: '',
	relevantFor
});

const option = (tradeCode: string, title: string, route: string, lengthMonths: number) => ({
	id: 'o1',
	tradeCode,
	title,
	route,
	lengthMonths,
	pros: '',
	cons: '',
	clientView: ''
});

test('Tømrerfaget as praksiskandidat with ten years’ practice: the written exam in the curriculum’s words, and «kan melde seg opp nå» instead of 48 months, on screen and in the PDF', async ({
	page
}, info) => {
	await setUp(page);
	const id = await createClient(page, 'Per Hansen');
	await page.getByLabel('Fødselsår').fill('1980');
	await waitSaved(page);
	await seedRecords(page, [
		rec('mapping', id, { experience: [job('e1', 'Tømrer', '2014-01', ['BATMF3----'])] }),
		rec('exploration', id, { options: [option('BATMF3----', 'Tømrerfaget', 'praksiskandidat', 48)] }),
		// The plan as an older version left it: praksiskandidat «om lag 48 måneder», the trade's length.
		rec('plan', id, {
			goal: { occupation: 'Tømrer', tradeCode: 'BATMF3----', route: 'praksiskandidat' },
			lengthMonths: 48
		})
	]);

	await page.goto(`/clients/${id}/exploring?step=options`);
	await unlock(page);
	const candidate = page.locator('[data-route="praksiskandidat"]').first();
	await expect(candidate).toContainText('Praksiskandidat: kan melde seg opp til eksamen nå – praksisen holder');
	await expect(candidate).toContainText('Først skriftlig eksamen, så fag-/svenneprøve. Læreplanen i faget (TMF03-02');
	await expect(candidate).toContainText(
		'«Før sveineprøva må alle som ikkje har følgt normalt opplæringsløp, ha bestått ein skriftleg eksamen laga ut frå læreplanen i faget.»'
	);
	await expect(candidate).toContainText('Fag-/svenneprøven tar minst 5 virkedager (læreplanen TMF03-02).');
	await candidate.screenshot({ path: info.outputPath('praksiskandidat-exam.png') });

	// The plan offers the rules' length, and the client's PDF and the Nav summary follow it.
	await page.goto(`/clients/${id}/plan`);
	await unlock(page);
	const outdated = page.getByTestId('length-outdated');
	await expect(outdated).toContainText('praksisen holder, og veisøkeren kan melde seg opp til eksamen nå');
	await outdated.getByRole('button', { name: 'Sett lengden til 0 måneder' }).click();
	await expect(outdated).toHaveCount(0);
	await waitSaved(page);
	const text = await pdf(page, 'plan-pdf');
	expect(text).toContain('Praksiskandidat – kan melde seg opp til eksamen nå');
	// The client's own plan says the written exam comes first, as TMF03-02 does.
	expect(text).toContain('Før fag- eller svenneprøven tar du en skriftlig eksamen i faget, slik læreplanen sier.');
	expect(text).not.toContain('48 måneder');
});

test('Helsearbeiderfaget goes through Vg2 Helsearbeiderfag in module 2, the plan and the client’s PDF; a trade on two Vg2 areas offers both', async ({
	page
}) => {
	await setUp(page);
	const id = await createClient(page, 'Nora Ali');
	await page.getByLabel('Fødselsår').fill('1990');
	await waitSaved(page);
	await seedRecords(page, [
		rec('exploration', id, { options: [option('HSHEA3----', 'Helsearbeiderfaget', 'apprenticeship', 48)] }),
		rec('plan', id, {
			goal: { occupation: 'Helsefagarbeider', tradeCode: 'HSHEA3----', route: 'apprenticeship' },
			lengthMonths: 48
		})
	]);
	const way = 'Vg1 Helse- og oppvekstfag (1 år) → Vg2 Helsearbeiderfag (1 år) → 24 måneder i lære';

	await page.goto(`/clients/${id}/exploring?step=options`);
	await unlock(page);
	await expect(page.locator('[data-route="apprenticeship"]').first().getByTestId('route-path')).toHaveText(way);
	await expect(page.getByTestId('routes').first()).not.toContainText('Ambulansefag');

	await page.getByRole('searchbox').fill('anleggsmaskinmekaniker');
	await page.getByRole('button', { name: 'Legg til: Anleggsmaskinmekanikerfaget' }).click();
	await expect(page.locator('[data-route="apprenticeship"]').nth(1).getByTestId('route-path')).toContainText(
		'Vg2 Arbeidsmaskiner eller Vg2 Kjøretøy (1 år)'
	);
	await waitSaved(page);

	await page.goto(`/clients/${id}/plan`);
	await unlock(page);
	await expect(page.getByTestId('plan-path')).toHaveText(way);
	const text = await pdf(page, 'plan-pdf');
	expect(text).toContain('Vg2 Helsearbeiderfag (1 år)');
	expect(text).not.toContain('Ambulansefag');
});

test('a birth year typed as 20266 is kept with a warning, and no right, deadline or PDF computes a school year from it', async ({
	page
}) => {
	await setUp(page);
	const id = await createClient(page, 'Ida Moe');
	await page.getByLabel('Fødselsår').fill('20266');
	await waitSaved(page);
	await expect(page.getByLabel('Fødselsår')).toHaveValue('20266');
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
		rec('exploration', id, { options: [option('BATMF3----', 'Tømrerfaget', 'apprenticeship', 48)] }),
		rec('plan', id, { goal: { occupation: 'Tømrer', tradeCode: 'BATMF3----', route: 'apprenticeship' } })
	]);
	await page.goto(`/clients/${id}/exploring?step=options`);
	await unlock(page);
	const adult = page.locator('[data-route="adultEducation"]').first();
	await expect(adult).toBeVisible();
	await expect(page.locator('main')).not.toContainText(/202[89]\d|2029\d|skoleåret 20\d{3}/);
	await page.goto(`/clients/${id}/plan`);
	await unlock(page);
	const text = await pdf(page, 'plan-pdf');
	// The way is there; the rights are left out as for an unknown age, and no year is made up.
	expect(text).toContain('Veien dit');
	expect(text).not.toContain('Dine rettigheter');
	expect(text).not.toMatch(/20\d{3}[–-]\d/);
	expect(text).not.toContain('20290');
});

test('income security: AAP cites folketrygdloven kapittel 11, not the social services act', async ({ page }) => {
	await setUp(page);
	const id = await createClient(page, 'Ali Rahimi');
	await page.goto(`/clients/${id}/exploring?step=nav`);
	await unlock(page);
	await page.getByLabel('Inntektssikring').selectOption({ label: 'Arbeidsavklaringspenger (AAP)' });
	const rule = page.getByTestId('income-rule');
	await expect(rule.getByTestId('rule-basis')).toHaveText(
		'Hjemmel: folketrygdloven kapittel 11 (arbeidsavklaringspenger).'
	);
	await expect(rule).not.toContainText('sosialtjenesteloven');
	await page.getByLabel('Inntektssikring').selectOption({ label: 'Kvalifiseringsprogrammet (KVP)' });
	await expect(rule.getByTestId('rule-basis')).toHaveText(
		'Hjemmel: sosialtjenesteloven §§ 29–30 (kvalifiseringsprogrammet).'
	);
});

test('on 15 February one intake is named: the client’s PDF gives 1 March for the coming school year, the early date as passed, and no «egne frister»', async ({
	page
}) => {
	await page.clock.setFixedTime(new Date('2027-02-15T10:00:00'));
	await setUp(page);
	const id = await createClient(page, 'Jonas Lie');
	await page.getByLabel('Fødselsår').fill('2010');
	await waitSaved(page);
	await seedRecords(page, [
		rec('plan', id, { goal: { occupation: 'Tømrer', tradeCode: 'BATMF3----', route: 'apprenticeship' } })
	]);
	await page.goto(`/clients/${id}/plan`);
	await unlock(page);
	const text = await pdf(page, 'plan-pdf');
	expect(text).toContain(
		'Neste søknadsfrist for skoleåret 2027–28: 1. mars 2027 (ordinær søknad og læreplass). Fristen 1. februar 2027 (fortrinnsrett og lærekandidater) er passert.'
	);
	expect(text).not.toContain('2028');
	expect(text).not.toContain('egne frister');
});

test('in English: «Carpentry (Tømrerfaget)» in search, module 2, the plan and the PDF, whose file name is English too; no Norwegian name stands alone where Udir has an English one', async ({
	page
}, info) => {
	await setUp(page);
	const id = await createClient(page, 'Sam Olsen');
	await page.getByLabel('Fødselsår').fill('1990');
	await waitSaved(page);
	await seedRecords(page, [
		rec('plan', id, { goal: { occupation: 'Carpenter', tradeCode: 'BATMF3----', route: 'apprenticeship' } })
	]);
	await page.getByRole('combobox', { name: /Språk|Language/ }).selectOption('en');

	// The catalogue finds the English title.
	await page.getByRole('link', { name: 'Trades' }).click();
	await expect(page.getByTestId('trade-list')).toBeVisible();
	await page.getByRole('searchbox').fill('carpentry');
	await expect(page.getByText('Carpentry (Tømrerfaget)', { exact: true })).toBeVisible();
	await expect(page.getByText('Carpentry (Snekkerfaget)', { exact: true })).toBeVisible();

	// Module 2: search, the option, and the way.
	await page.goto(`/clients/${id}/exploring?step=options`);
	await unlock(page);
	await page.getByRole('searchbox').fill('carpentry');
	await page.getByRole('button', { name: 'Add: Carpentry (Tømrerfaget)' }).click();
	const way =
		'Vg1 Building and Construction (Bygg- og anleggsteknikk) (1 year) → Vg2 Carpentry (Tømrer) (1 year) → 24 months as an apprentice';
	await expect(page.locator('[data-route="apprenticeship"]').first().getByTestId('route-path')).toHaveText(way);
	await waitSaved(page);
	await page.screenshot({ path: info.outputPath('module2-en.png') });

	// The plan and its PDF in English.
	await page.goto(`/clients/${id}/plan`);
	await unlock(page);
	await expect(page.getByTestId('plan-path')).toHaveText(way);
	const panel = page.getByTestId('plan-pdf');
	await panel.getByRole('combobox').selectOption('en');
	await panel.getByRole('button', { name: /Make PDF/ }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		panel.getByRole('link', { name: 'Download PDF' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^plan-the-way-forward-\d{4}-\d\d-\d\d\.pdf$/);
	const text = execFileSync('pdftotext', [(await download.path())!, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
	expect(text).toContain('Vg2 Carpentry (Tømrer)');
	// Every Norwegian name in the PDF stands beside its English one.
	for (const [no, en] of [
		['Bygg- og anleggsteknikk', 'Building and Construction'],
		['Tømrer', 'Carpentry']
	] as const)
		for (const at of [...text.matchAll(new RegExp(`${no}\\)`, 'g'))].map((m) => m.index!))
			expect(text.slice(Math.max(0, at - en.length - 2), at)).toBe(`${en} (`);
});

test('education abroad: the level is asked; primary school abroad gives the rights of primary school, upper secondary abroad quotes § 18-3’s clause; fagbrev på jobb counts the trade’s length; the apprenticeship place has its condition', async ({
	page
}, info) => {
	await setUp(page);
	const id = await createClient(page, 'Amanuel Tesfay');
	await page.getByLabel('Fødselsår').fill('1990');
	await waitSaved(page);
	await seedRecords(page, [
		rec('mapping', id, { experience: [job('e1', 'Tømrer', '2024-01', ['BATMF3----'])] }),
		rec('exploration', id, { options: [option('BATMF3----', 'Tømrerfaget', 'fagbrevPaJobb', 36)] })
	]);

	await page.goto(`/clients/${id}/mapping?step=education`);
	await unlock(page);
	const level = page.getByRole('group', { name: 'Høyeste fullførte utdanning fra utlandet' });
	await page
		.getByLabel('Utdanning fra utlandet', { exact: true })
		.fill('Grunnskole og to år på gymnas i Asmara, Eritrea');
	// Free text does not say the level: the step asks, and nothing is guessed.
	await expect(page.getByTestId('abroad-level-missing')).toContainText('rettighetene avhenger av det');
	await page.screenshot({ path: info.outputPath('abroad-level.png'), fullPage: true });
	await level.getByLabel('Grunnskole').check();
	await expect(page.getByTestId('abroad-level-missing')).toHaveCount(0);
	await waitSaved(page);

	await page.goto(`/clients/${id}/exploring?step=options`);
	await unlock(page);
	const adult = page.locator('[data-route="adultEducation"]').first();
	await expect(adult).toContainText(
		'rett til læreplass når vilkårene for å bli formidlet til læretid i bedrift er oppfylt'
	);
	await expect(adult).toContainText('rett til et annet opplæringstilbud som gir samme sluttkompetanse');
	await expect(adult).not.toContainText('i eit anna land');
	const onJob = page.locator('[data-route="fagbrevPaJobb"]').first();
	await expect(onJob).toContainText('svarer til fagets lengde, 48 måneder i heltid');
	await expect(onJob).toContainText('kontrakten blir om lag 36 måneder, minst 12');
	await expect(onJob.getByTestId('rule-basis')).toContainText('opplæringsforskrifta §\u00A09-58 første ledd');
	await adult.screenshot({ path: info.outputPath('adult-right-18-6.png') });

	// Upper secondary abroad, not recognised: the adult right quotes the clause that covers it.
	await page.goto(`/clients/${id}/mapping?step=education`);
	await unlock(page);
	await level.getByLabel('Videregående, ikke godkjent i Norge').check();
	await waitSaved(page);
	await page.goto(`/clients/${id}/exploring?step=options`);
	await unlock(page);
	await expect(page.locator('[data-route="adultEducation"]').first()).toContainText(
		'«fullført vidaregåande opplæring i eit anna land, men ikkje får godkjent opplæringa»'
	);
});

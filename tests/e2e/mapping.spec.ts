import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createClient, setUp, unlock, waitSaved } from './helpers';
import { nextStep, press, tabTo, typeInto } from './keyboard';

/** Answers for the 48 inventory items: a practical, social person. Index = item order on screen. */
const answerFor = (id: string) => (id.startsWith('R') ? 2 : id.startsWith('S') ? 1 : 0);

/** A step in the step list (not the pager's "Neste: …" link). */
const stepLink = (page: Page, name: string) =>
	page.getByRole('navigation', { name: 'Kartlegging' }).getByRole('link', { name: new RegExp(`^${name}`) });

async function openMapping(page: Page, clientId: string) {
	await page.goto(`/clients/${clientId}/mapping`);
	await unlock(page);
	await expect(page.getByRole('heading', { name: 'Bestilling', level: 2 })).toBeVisible();
}

test('a whole mapping for a realistic client, by keyboard only, survives a reload', async ({ page }) => {
	await setUp(page);
	const id = await createClient(page, 'Jonas Berg');
	await openMapping(page, id);

	// 1 Bestilling
	await press(page, 'input[value=explore]', undefined, ' ');
	await press(page, 'input[value=confirmTrade]', undefined, ' ');
	await typeInto(page, '#question-text', 'Vil finne ut om tømrer passer, og hva som skal til for fagbrev.');
	await nextStep(page, 'Utdanning');

	// 2 Utdanning
	await press(page, 'input[name=primary-school]', undefined, ' ');
	await press(page, 'button', 'Legg til videregående', 'Enter');
	await page.keyboard.type('Bygg'); // the new row's programme select has focus
	await page.keyboard.press('Tab');
	await page.keyboard.type('Vg2');
	await page.keyboard.press('Tab');
	await page.keyboard.type('Lillestrøm videregående skole');
	for (const subject of ['Norsk', 'Matematikk 1P', 'Engelsk']) {
		await press(page, 'button', 'Legg til fag', 'Enter');
		await page.keyboard.type(subject);
	}
	await press(page, 'button', 'Legg til kurs', 'Enter');
	await page.keyboard.type('Truckførerbevis T1–T4');
	await page.keyboard.press('Tab');
	await page.keyboard.type('2022');
	await press(page, 'input[name=licences][value=B]', undefined, ' ');
	await nextStep(page, 'Arbeid og praksis');

	// 3 Arbeid og praksis: 30 months at 80 % + ongoing 50 %
	await press(page, 'button', 'Legg til erfaring', 'Enter');
	await typeInto(page, 'input[id^=exp-employer]', 'Byggmester Hansen AS');
	await typeInto(page, 'input[id^=exp-role]', 'Tømrerhjelper');
	await typeInto(page, 'input[id^=exp-percent]', '80');
	await tabTo(page, 'input[id^=exp-start]');
	await page.keyboard.type('03.2021');
	await tabTo(page, 'input[id^=exp-end]');
	await page.keyboard.type('8/2023');
	await typeInto(page, 'textarea[id^=exp-tasks]', 'Forskaling, reisverk og kledning.');
	await page.keyboard.press('Tab');
	await expect(page.getByTestId('entry-months').first()).toHaveText('24 måneder praksis');
	await press(page, 'button', 'Legg til erfaring', 'Enter');
	await page.keyboard.press('Tab');
	await page.keyboard.type('Rema 1000');
	await typeInto(page, 'fieldset:last-of-type input[id^=exp-role]', 'Butikkmedarbeider');
	await typeInto(page, 'fieldset:last-of-type input[id^=exp-percent]', '50');
	await tabTo(page, 'fieldset:last-of-type input[id^=exp-start]');
	await page.keyboard.type('2023-9');
	await page.keyboard.press('Tab');
	await expect(page.getByTestId('total-months')).toHaveText(/Til sammen: \d+(,\d)? måneder praksis/);
	await nextStep(page, 'Styrker og ønsker');

	// 4 Styrker og ønsker
	await typeInto(page, '#qualities', 'Pålitelig og tålmodig.');
	await typeInto(page, '#skills', 'Flink med verktøy, førerkort B.');
	await typeInto(page, '#likes', 'Å bygge og se resultatet.');
	await typeInto(page, '#dislikes', 'Lange dager foran PC.');
	await typeInto(page, '#prefHours', 'Dagtid');
	await typeInto(page, '#prefGeography', 'Romerike, maks 45 minutter reisevei');
	await nextStep(page, 'Interesser');

	// 5 Interesser: free text and all 48 inventory items with the arrow keys
	await typeInto(page, '#interests-text', 'Fotball og snekring i garasjen.');
	const ids = await page
		.locator('.answers')
		.evaluateAll((els) => els.map((e) => e.querySelector('input')!.name.replace('item-', '')));
	expect(ids).toHaveLength(48);
	for (const itemId of ids) {
		await tabTo(page, `input[name="item-${itemId}"]`);
		const a = answerFor(itemId);
		if (a === 0) await page.keyboard.press('Space');
		for (let k = 0; k < a; k++) await page.keyboard.press('ArrowRight');
	}
	await expect(page.getByText('Besvart: 48 av 48')).toBeVisible();
	const result = page.getByTestId('interest-result');
	await expect(result.getByRole('listitem').first()).toContainText('Praktisk');
	await expect(result.getByRole('listitem').nth(1)).toContainText('Sosial');
	await nextStep(page, 'Livssituasjon');

	// 6 Livssituasjon (sensitive)
	await expect(page.getByText('Veisøkeren bestemmer hva som skrives ned her')).toBeVisible();
	await typeInto(page, '#life-health', 'Ryggplager; kan ikke løfte tungt over tid.');
	await typeInto(page, '#life-housing', 'Bor hos foreldre.');
	await nextStep(page, 'Utfordringer');

	// 7 Utfordringer
	await press(page, 'input[value=formalCompetence]', undefined, ' ');
	await press(page, 'input[value=other]', undefined, ' ');
	await typeInto(page, '#challenges-other', 'Usikker på matte');
	await nextStep(page, 'Drømmer og mål');

	// 8 Drømmer og mål
	await typeInto(page, '#dreams', 'Eget firma som tømrer.');
	await typeInto(page, '#goals', 'Komme i gang med læretid neste høst.');
	await nextStep(page, 'Dette har du med deg');

	const summary = page.getByTestId('mapping-summary');
	await expect(summary).toContainText('Pålitelig og tålmodig.');
	await expect(summary).toContainText('Matematikk 1P');
	await expect(summary).toContainText('Bygg- og anleggsteknikk, Vg2');
	await expect(summary).toContainText('Tømrerhjelper, Byggmester Hansen AS');
	await expect(summary).toContainText('Eget firma som tømrer.');
	await press(page, 'button', 'Merk kartleggingen som ferdig', 'Enter');
	await expect(page.getByText('Kartleggingen er merket som ferdig.')).toBeVisible();
	await waitSaved(page);

	// Everything is there after a reload.
	await page.reload();
	await unlock(page);
	await expect(page.getByTestId('mapping-summary')).toContainText('Matematikk 1P');
	await expect(page.getByTestId('summary-months')).toHaveText(/\d+(,\d)? måneder praksis til sammen/);
	await page.goto(`/clients/${id}/mapping?step=question`);
	await unlock(page);
	await expect(page.locator('input[value=explore]')).toBeChecked();
	await expect(page.locator('#question-text')).toHaveValue(
		'Vil finne ut om tømrer passer, og hva som skal til for fagbrev.'
	);
	await stepLink(page, 'Utdanning').click();
	await expect(page.locator('select[id^=us-programme]')).toHaveValue('BA');
	await expect(page.locator('select[id^=us-level]')).toHaveValue('vg2');
	await expect(page.locator('input[list=common-subjects]')).toHaveCount(3);
	await expect(page.locator('input[id^=course-year]')).toHaveValue('2022');
	await expect(page.locator('input[name=licences][value=B]')).toBeChecked();
	await stepLink(page, 'Arbeid og praksis').click();
	await expect(page.locator('input[id^=exp-start]').first()).toHaveValue('2021-03');
	await expect(page.locator('input[id^=exp-end]').first()).toHaveValue('2023-08');
	await expect(page.locator('input[id^=exp-percent]').last()).toHaveValue('50');
	await stepLink(page, 'Interesser').click();
	await expect(page.getByText('Besvart: 48 av 48')).toBeVisible();
	await stepLink(page, 'Livssituasjon').click();
	await expect(page.locator('#life-health')).toHaveValue('Ryggplager; kan ikke løfte tungt over tid.');
	await stepLink(page, 'Utfordringer').click();
	await expect(page.locator('#challenges-other')).toHaveValue('Usikker på matte');
	await page.getByRole('link', { name: 'Veisøkere' }).first().click();
	await expect(page.getByTestId('client-list').locator('tbody tr').first()).toContainText('Kartlegging: Ferdig');
});

test('mapping in nynorsk: steps, prompts, validation and summary', async ({ page }) => {
	await setUp(page);
	const id = await createClient(page, 'Ingrid Haugen');
	await page.getByRole('combobox', { name: 'Språk' }).selectOption('nn');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
	await expect(page.getByRole('heading', { name: 'Opplysningar om vegsøkjaren' })).toBeVisible();
	await page.goto(`/clients/${id}/mapping?step=work`);
	await unlock(page);
	await expect(page.getByRole('heading', { name: 'Arbeid og praksis', level: 2 })).toBeVisible();
	await expect(page.getByText('Kvifor:')).toBeVisible();
	await page.getByRole('button', { name: 'Legg til erfaring' }).click();
	await page.getByLabel('Arbeidsgivar eller stad').fill('Haugen gard');
	await page.getByLabel('Stilling eller rolle').fill('Gardsarbeidar');
	await page.getByLabel('Frå (år og månad)').fill('2024-06');
	await page.getByLabel('Til (år og månad)').fill('2024-01');
	await expect(page.getByText('Slutten er før starten.')).toBeVisible();
	await page.getByLabel('Til (år og månad)').fill('2025-05');
	await page.getByLabel('Stillingsprosent').fill('120');
	await expect(page.getByText('Skriv eit tal frå 1 til 100.')).toBeVisible();
	await page.getByLabel('Stillingsprosent').fill('100');
	await expect(page.getByTestId('total-months')).toHaveText('Til saman: 12 månader praksis (fulltid)');
	await page.getByRole('checkbox', { name: 'Ikkje aktuelt for denne vegsøkjaren' }).check();
	await page.getByRole('link', { name: /Neste/ }).click();
	await expect(page.getByRole('heading', { name: 'Styrkar og ønske', level: 2 })).toBeVisible();
	await page.getByLabel('Eigenskapar').fill('Sjølvstendig og stødig.');
	await page.getByRole('link', { name: 'Dette har du med deg' }).click();
	await expect(page.getByTestId('mapping-summary')).toContainText('Sjølvstendig og stødig.');
	await expect(page.getByTestId('mapping-summary')).toContainText('12 månader praksis til saman');
	await expect(page.getByRole('link', { name: /Arbeid og praksis/ })).toContainText('Arbeid og praksis');
	await waitSaved(page);
});

test('axe finds no violations on any mapping step', async ({ page }) => {
	await setUp(page);
	const id = await createClient(page, 'Sara Ali');
	await page.goto(`/clients/${id}/mapping`);
	await unlock(page);
	for (const step of [
		'question',
		'education',
		'work',
		'strengths',
		'interests',
		'life',
		'challenges',
		'goals',
		'summary'
	]) {
		await page.goto(`/clients/${id}/mapping?step=${step}`);
		await unlock(page);
		await expect(page.locator('#step-h')).toBeVisible();
		if (step === 'education') {
			await page.getByRole('button', { name: 'Legg til videregående' }).click();
			await page.getByRole('button', { name: 'Legg til fag' }).click();
		}
		if (step === 'work') await page.getByRole('button', { name: 'Legg til erfaring' }).click();
		if (step === 'interests') await page.locator('input[name=item-R1]').last().check();
		const results = await new AxeBuilder({ page }).analyze();
		expect(
			results.violations.map((v) => `${step}: ${v.id} – ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
		).toEqual([]);
	}
});

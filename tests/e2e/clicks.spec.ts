import { expect, test, type Locator, type Page } from '@playwright/test';
import { setUp } from './helpers';

/**
 * A whole client, as a counsellor works: create, all three modules, consent, the plan, every
 * output and the session. Every mouse click goes through `click`, every dropdown through `pick`;
 * typing is typing. The counts are printed and must stay within the target (README: «Klikk»).
 */
const TARGET_CLICKS = 90;

test('a full client through three modules and every output, counting clicks', async ({ page }) => {
	await setUp(page);
	let clicks = 0;
	let picks = 0;
	const click = async (l: Locator) => {
		clicks += 1;
		await l.click();
	};
	const pick = async (l: Locator, value: string | { label: string }) => {
		picks += 1;
		await l.selectOption(value);
	};
	const next = (p: Page, to: string) => click(p.getByRole('link', { name: `Neste: ${to}` }));

	// The client.
	await click(page.getByRole('button', { name: /Ny veisøker/ }));
	await page.getByRole('textbox', { name: /^Navn/ }).fill('Sara Lunde');
	await click(page.getByRole('button', { name: 'Opprett' }));
	await page.getByLabel('Fødselsår').fill('2003');
	await click(page.getByRole('link', { name: 'Sara Lunde' }).first());
	await click(page.getByRole('link', { name: 'Åpne kartleggingen' }));

	// Module 1: eight steps and the summary.
	await click(page.locator('input[value=explore]'));
	await page.locator('#question-text').fill('Vil bli elektriker');
	await next(page, 'Utdanning');
	await click(page.locator('input[name=primary-school]').first());
	await click(page.getByRole('button', { name: 'Legg til videregående' }));
	await pick(page.locator('select[id^=us-programme]'), 'EL');
	await pick(page.locator('select[id^=us-level]'), 'vg1');
	await click(page.getByRole('button', { name: 'Legg til fag' }));
	await page.keyboard.type('Norsk');
	await next(page, 'Arbeid og praksis');
	await click(page.getByRole('button', { name: 'Legg til erfaring' }));
	await page.locator('input[id^=exp-employer]').fill('Elkjøp');
	await page.locator('input[id^=exp-role]').fill('Lagermedarbeider');
	await page.locator('input[id^=exp-percent]').fill('80');
	await page.locator('input[id^=exp-start]').fill('2022-01');
	await page.locator('input[id^=exp-end]').fill('2024-06');
	await next(page, 'Styrker og ønsker');
	await page.locator('#qualities').fill('Nøyaktig og rolig');
	await next(page, 'Interesser');
	// The 48 items by keyboard: one click into the first, then 1, 2 or 3 for each.
	await click(page.locator('.answers input').first());
	for (let i = 0; i < 48; i++) await page.keyboard.press(String((i % 3) + 1));
	await expect(page.getByText('Besvart: 48 av 48')).toBeVisible();
	await next(page, 'Livssituasjon');
	await page.locator('#life-finances').fill('Mottar AAP.');
	await next(page, 'Utfordringer');
	await click(page.locator('input[value=formalCompetence]'));
	await next(page, 'Drømmer og mål');
	await page.locator('#goals').fill('Fagbrev som elektriker');
	await next(page, 'Dette har du med deg');
	await click(page.getByRole('button', { name: 'Merk kartleggingen som ferdig' }));

	// Module 2: consent in one save, Nav's frame, an option, the questions.
	await click(page.getByRole('link', { name: /Start mulighetsutforsking/ }));
	await next(page, 'Deling');
	for (const purpose of ['Vises på skjermen', 'Til Nav-veileder', 'I planen'])
		await click(page.getByRole('button', { name: `Alt unntatt sensitivt: ${purpose}` }));
	await click(page.getByRole('checkbox', { name: 'Økonomi: I planen' }));
	await click(page.getByRole('button', { name: 'Lagre alle 3 valgene' }));
	await expect(page.getByText(/Samtykket er lagret/)).toBeVisible();
	await next(page, 'Navs rammer');
	await pick(page.getByLabel('Inntektssikring nå'), 'aap');
	await next(page, 'Muligheter');
	await page.getByRole('searchbox').fill('elektriker');
	await click(page.getByRole('button', { name: 'Legg til: Elektrikerfaget' }));
	await next(page, 'Sammenlign');
	await next(page, 'Åpne spørsmål');
	await click(page.getByRole('button', { name: 'Merk mulighetsutforskingen som ferdig' }));

	// Module 3: from the option, a next step, two steps, done.
	await click(page.getByRole('link', { name: 'Sara Lunde' }).first());
	await click(page.getByRole('link', { name: 'Åpne planen' }));
	await pick(page.getByLabel('Hent fra mulighetsutforskingen'), { label: 'Elektrikerfaget – Ordinær læretid' });
	await page.getByLabel('Neste steg', { exact: true }).fill('Søke Vg2 Elenergi og ekom');
	for (const [what, date] of <[string, string][]>[
		['Søke Vg2 Elenergi og ekom innen 1. mars', '2027-03-01'],
		['Møte med Nav om AAP i skoletiden', '2027-01-15']
	]) {
		await click(page.getByRole('button', { name: 'Legg til steg' }));
		await page.getByLabel('Hva', { exact: true }).last().fill(what);
		await pick(page.getByLabel('Hvem har ansvar').last(), 'client');
		await page.getByLabel('Frist', { exact: true }).last().fill(date);
	}
	await click(page.getByRole('checkbox', { name: 'Dette er neste steg' }).first());
	await click(page.getByRole('button', { name: 'Merk planen som ferdig' }));

	// Every output.
	await click(page.getByTestId('plan-pdf').getByRole('button', { name: /Lag PDF/ }));
	await expect(page.getByTestId('plan-pdf').locator('iframe')).toBeVisible();
	await click(page.getByTestId('fridge-note').getByRole('button', { name: 'Lag kjøleskapslapp' }));
	await click(page.getByTestId('nav-summary').getByRole('button', { name: 'Lag sammendraget' }));
	await expect(page.getByTestId('nav-summary-text')).toHaveValue(/Søke Vg2 Elenergi og ekom/);

	// The session: modules and participants are filled in already.
	await click(page.getByRole('link', { name: 'Sara Lunde' }).first());
	await click(page.getByRole('button', { name: /Registrer samtale/ }));
	await page.getByLabel('Lengde').fill('90');
	await expect(page.getByRole('checkbox', { name: 'Plan for opplæring' })).not.toBeChecked();
	await click(page.getByRole('link', { name: 'Ferdig' }));

	// Statistikk counts the plan as finished without a trip to the status menu.
	await expect(page.getByLabel('Status for Plan for opplæring')).toHaveValue('done');
	console.log(`clicks: ${clicks}, dropdown picks: ${picks}`);
	expect(clicks).toBeLessThanOrEqual(TARGET_CLICKS);
});

import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createClient, setUp, unlock, waitSaved } from './helpers';
import { rec, seedRecords } from './seed';
import { newConsent, recordConsent, withdrawConsent } from '../../src/lib/domain/exploring/consent';

const at = () => new Date().toISOString();
const step = (id: string, what: string, deadline: string, owner: string, extra: Record<string, unknown> = {}) => ({
	id,
	what,
	owner,
	deadline,
	status: 'planned',
	needsNavDecision: false,
	needsFunding: false,
	...extra
});

/** A client with a full plan; consent entries as given. */
async function seedClient(page: Page, id: string, consentEntries: unknown[]) {
	await seedRecords(page, [
		rec('mapping', id, {
			// Fields not given take their defaults when the record is read.
			strengths: { qualities: 'Pålitelig og tålmodig' },
			life: { health: 'Ryggplager', finances: 'Mottar AAP.', housing: 'Bor alene', family: 'To barn' },
			goals: { dreams: '', goals: 'Fagbrev innen to år' },
			experience: [
				{
					id: 'e',
					type: 'job',
					employer: 'Lager AS',
					role: 'Lagermedarbeider',
					start: '2019-01',
					end: '2023-06',
					percent: 60,
					tasks: ''
				}
			]
		}),
		rec('consent', id, { entries: consentEntries }),
		rec('plan', id, {
			goal: { occupation: 'Tømrer', tradeCode: 'BATMF3----', route: 'apprenticeship' },
			nextStep: 'Time hos fastlegen om ryggen',
			nextStepId: 's2',
			steps: [
				step('s1', 'Søke læreplass hos Byggmester Hansen', '2027-03-01', 'client'),
				step('s2', 'Møte hos Nav om opplæringsstøtte', '2027-01-12', 'navAdviser', { needsNavDecision: true }),
				step('s3', 'Ta teorikurs i HMS', '2027-02-15', 'counsellor'),
				step('s4', 'Besøke tre byggeplasser', '2027-04-10', 'client'),
				step('s5', 'Søke om førerkort klasse B', '2027-05-20', 'client')
			],
			incomeSecurity: 'AAP til juni 2027',
			followUp: '2027-01-20'
		})
	]);
}

async function download(page: Page, panelId: string, button: RegExp, link: RegExp) {
	const panel = page.getByTestId(panelId);
	await panel.getByRole('button', { name: button }).click();
	const [d] = await Promise.all([page.waitForEvent('download'), panel.getByRole('link', { name: link }).click()]);
	const path = (await d.path())!;
	return {
		path,
		text: execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }),
		info: execFileSync('pdfinfo', [path], { encoding: 'utf8' })
	};
}

test('the fridge note: the marked next step with its own date and owner, every other step listed or counted; no name in any PDF’s metadata', async ({
	page
}) => {
	await setUp(page);
	const id = await createClient(page, 'Mona Haugland');
	await page.getByLabel('Fødselsår').fill('1995');
	await waitSaved(page);
	await seedClient(page, id, [
		{
			id: 'c1',
			at: at(),
			purpose: 'navSummary',
			sections: ['strengths', 'finances', 'goals', 'experience'],
			withdrawn: false
		},
		{ id: 'c2', at: at(), purpose: 'plan', sections: ['finances'], withdrawn: false }
	]);
	await page.goto(`/clients/${id}/plan`);
	await unlock(page);
	await expect(page.getByRole('checkbox', { name: 'Dette er neste steg' }).nth(1)).toBeChecked();

	const note = await download(page, 'fridge-note', /Lag kjøleskapslapp/, /Last ned kjøleskapslappen/);
	const flat = note.text.replace(/\s+/g, ' ');
	expect(flat).toContain('Møte hos Nav om opplæringsstøtte');
	expect(flat).toContain('12. januar 2027 · Nav-veileder');
	expect(flat).toContain('Ta teorikurs i HMS – 15. februar 2027');
	expect(flat).toContain('Søke læreplass hos Byggmester Hansen – 1. mars 2027');
	expect(flat).toContain('… og 2 steg til – se hele planen');
	expect(note.info).toMatch(/Pages:\s+1\n/);

	const plan = await download(page, 'plan-pdf', /Lag PDF/, /Last ned PDF/);
	// Income security reaches the client's own plan because «Økonomi» was agreed for the plan.
	expect(plan.text).toContain('AAP til juni 2027');
	// No page holds only the closing consent sentence.
	for (const pageText of plan.text.split('\f').filter((p) => p.trim()))
		expect(
			pageText
				.replace(/Side \d+ av \d+/, '')
				.trim()
				.startsWith('Du har sagt ja')
		).toBe(false);

	const nav = await download(page, 'nav-summary', /Lag sammendraget/, /Last ned sammendraget/);
	for (const info of [note.info, plan.info, nav.info]) {
		expect(info).not.toContain('Mona');
		expect(info).not.toContain('Haugland');
		expect(info).not.toMatch(/Author:/);
	}
	// The Nav PDF carries every item of the text version – «Økonomi» too – on one page.
	const text = (await page.getByTestId('nav-summary-text').inputValue()).split('\n');
	const navPdf = nav.text.replace(/\s+/g, ' ');
	const items = text.filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
	expect(items.length).toBeGreaterThan(8);
	for (const item of items) expect(navPdf, item).toContain(item.slice(0, 40).trim());
	expect(navPdf).toContain('Økonomi: Mottar AAP.');
	expect(nav.info).toMatch(/Pages:\s+1\n/);
	// Only the two fonts used are declared.
	expect(execFileSync('pdffonts', [nav.path], { encoding: 'utf8' }).trim().split('\n').slice(2)).toHaveLength(2);
	expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
});

test('without Nav consent (never given; given, then withdrawn) the Nav summary holds no plan free text and says why', async ({
	page
}) => {
	await setUp(page);
	const id = await createClient(page, 'Jonas Dahl');
	await seedClient(page, id, [{ id: 'c1', at: at(), purpose: 'plan', sections: [], withdrawn: false }]);
	await page.goto(`/clients/${id}/plan`);
	await unlock(page);
	const free = ['Tømrer', 'Søke læreplass', 'Møte hos Nav', 'Time hos fastlegen', 'Ryggplager'];

	// What the summary says follows the log: «has not consented» before any decision; after a
	// withdrawal, that the client withdrew, and when.
	const check = async (said: RegExp) => {
		const nav = await download(page, 'nav-summary', /Lag sammendraget/, /Last ned sammendraget/);
		const text = await page.getByTestId('nav-summary-text').inputValue();
		for (const s of free) {
			expect(nav.text, s).not.toContain(s);
			expect(text, s).not.toContain(s);
		}
		expect(text).toMatch(said);
		expect(nav.text.replace(/\s+/g, ' ')).toMatch(said);
		await expect(page.getByTestId('nav-activities').locator(':scope > li')).toHaveCount(0);
		const plan = await download(page, 'plan-pdf', /Lag PDF/, /Last ned PDF/);
		expect(plan.text).toContain('Søke læreplass hos Byggmester Hansen');
		expect(plan.text).toContain('Time hos fastlegen om ryggen');
	};
	await check(/Veisøkeren har ikke samtykket til å dele med Nav\./);
	await expect(page.getByTestId('sharing-navSummary')).toContainText(
		'Veisøkeren har ikke samtykket til å dele med Nav: Nav får ingenting fra kartleggingen eller planen.'
	);

	// Given for Nav in the meeting, in one click for everything chosen…
	await page.goto(`/clients/${id}/exploring?step=consent`);
	await unlock(page);
	await expect(page.getByTestId('consent-includes')).toContainText('uten samtykke får Nav ingenting fra planen');
	await page.getByRole('button', { name: 'Alt unntatt sensitivt: Til Nav-veileder' }).click();
	await page.getByRole('button', { name: 'Lagre valget' }).click();
	await expect(page.getByText('Samtykket er lagret: Til Nav-veileder.')).toBeVisible();
	// …then withdrawn.
	await page.getByRole('button', { name: /Trekk tilbake.*Til Nav-veileder/ }).click();
	await expect(page.getByTestId('consent-history')).toContainText('trukket tilbake');
	await waitSaved(page);
	await page.goto(`/clients/${id}/plan`);
	await unlock(page);
	await expect(page.getByTestId('sharing-navSummary')).toContainText(
		/Veisøkeren trakk tilbake samtykket til Nav \d\d\.\d\d\.\d{4}: Nav får ingenting fra kartleggingen eller planen\./
	);
	await check(/Veisøkeren trakk tilbake samtykket til å dele med Nav \d{1,2}\. \p{L}+ \d{4}\./u);
	const text = await page.getByTestId('nav-summary-text').inputValue();
	expect(text).not.toContain('har ikke samtykket');
});

test('schooling abroad reaches the summary, the client’s PDF and the Nav summary when «Utdanning» is shared, and nowhere when it is not', async ({
	page
}) => {
	await setUp(page);
	const abroad = 'Videregående i Lviv, Ukraina (2 år), ikke godkjent';
	for (const [name, sections] of [
		['Olena Kovalenko', ['education']],
		['Marta Nowak', ['experience']]
	] as const) {
		await page.getByRole('link', { name: 'Veisøkere' }).first().click();
		const id = await createClient(page, name);
		const entries = (['presentation', 'navSummary', 'plan'] as const).map((purpose, i) => ({
			id: `c${i}`,
			at: at(),
			purpose,
			sections: [...sections],
			withdrawn: false
		}));
		await seedRecords(page, [
			rec('mapping', id, { education: { primarySchool: 'abroad', abroad } }),
			rec('consent', id, { entries }),
			rec('plan', id, { goal: { occupation: 'Helsefagarbeider', tradeCode: '', route: null } })
		]);
		const shared = sections.includes('education' as never);
		await page.goto(`/clients/${id}/mapping?step=summary`);
		await unlock(page);
		await expect(page.getByTestId('summary-abroad')).toHaveText(abroad);
		await page.goto(`/clients/${id}/exploring?step=summary`);
		await unlock(page);
		if (shared) await expect(page.locator('main')).toContainText(abroad);
		else await expect(page.locator('main')).not.toContainText('Lviv');
		await page.goto(`/clients/${id}/plan`);
		await unlock(page);
		const plan = await download(page, 'plan-pdf', /Lag PDF/, /Last ned PDF/);
		const nav = await download(page, 'nav-summary', /Lag sammendraget/, /Last ned sammendraget/);
		const navText = await page.getByTestId('nav-summary-text').inputValue();
		for (const text of [plan.text.replace(/\s+/g, ' '), nav.text.replace(/\s+/g, ' '), navText])
			if (shared) expect(text).toContain(abroad);
			else expect(text).not.toContain('Lviv');
	}
});

test('a consent log changed after it was saved shares nothing with Nav until the client decides again', async ({
	page
}) => {
	await setUp(page);
	const id = await createClient(page, 'Mona Haugland');
	// Written as the app writes it: health shared with Nav, then withdrawn. Then the withdrawal is
	// turned back into consent outside the app – the kind of change the hash chain is there to show.
	let log = recordConsent(newConsent(id), 'navSummary', ['strengths', 'health']);
	log = withdrawConsent(log, 'navSummary');
	const [first, withdrawal] = log.entries;
	await seedClient(page, id, [first, { ...withdrawal, withdrawn: false, sections: ['strengths', 'health'] }]);

	await page.goto(`/clients/${id}/plan`);
	await unlock(page);
	// An altered log: no decision up to the alteration counts, so it reads as never consented.
	await expect(page.getByTestId('sharing-navSummary')).toContainText(
		'Veisøkeren har ikke samtykket til å dele med Nav'
	);
	const nav = await download(page, 'nav-summary', /Lag sammendraget/, /Last ned sammendraget/);
	expect(nav.text).not.toContain('Ryggplager');
	expect(nav.text).not.toContain('Pålitelig');

	await page.getByTestId('sharing-navSummary').getByRole('link').click();
	await expect(page.getByTestId('consent-altered')).toContainText('1 valg i loggen under er endret eller fjernet');
	await expect(page.getByTestId('consent-history').locator('li').first()).toContainText(
		'endret etter at det ble lagret'
	);
	// Nothing is ticked for Nav from the altered log; the client decides again, without health.
	await expect(page.getByRole('checkbox', { name: 'Helse: Til Nav-veileder' })).not.toBeChecked();
	await page.getByRole('checkbox', { name: 'Styrker: Til Nav-veileder' }).check();
	await page.getByRole('button', { name: 'Lagre: Til Nav-veileder' }).click();
	await expect(page.getByText('Samtykket er lagret: Til Nav-veileder.')).toBeVisible();
	await waitSaved(page);

	await page.goto(`/clients/${id}/plan`);
	await unlock(page);
	const again = await download(page, 'nav-summary', /Lag sammendraget/, /Last ned sammendraget/);
	expect(again.text).toContain('Pålitelig');
	expect(again.text).not.toContain('Ryggplager');
});

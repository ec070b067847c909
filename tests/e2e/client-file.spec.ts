import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createClient, setUp, unlock, waitSaved } from './helpers';

/**
 * The client file as one trustworthy unit, as a counsellor meets it: long
 * pastes are kept, a damaged record is isolated with a clear message, and the
 * client's copy holds everything.
 */

async function download(page: Page, click: () => Promise<void>) {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return { path: (await file.path())!, name: file.suggestedFilename() };
}

/** A note pasted from another system: 20,000+ characters, markup included, a marker at each end. */
const markup = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
const story = 'Veisøkeren fortalte om arbeid på lager og i butikk, og om ønsket om fagbrev. ';
const paste = (marker: string) => `${marker}-START ${markup} ${story.repeat(260)} ${marker}-END`;

test('20,000 pasted characters with markup in every module are saved, survive a reload, print as text, and are cut for Nav with a note', async ({
	page
}) => {
	let dialogs = 0;
	page.on('dialog', (d) => ((dialogs += 1), void d.dismiss()));
	await setUp(page);
	const id = await createClient(page, 'Nora Haugen');
	const texts = {
		mapping: paste('KARTLEGGING'),
		exploring: paste('UTFORSKING'),
		planB: paste('PLANB'),
		step: paste('STEG')
	};
	expect(texts.mapping.length).toBeGreaterThan(20_000);

	await page.goto(`/clients/${id}/mapping?step=goals`);
	await unlock(page);
	await page.getByRole('textbox', { name: 'Drømmer' }).fill(texts.mapping);
	await waitSaved(page);
	await page.goto(`/clients/${id}/exploring?step=nav`);
	await unlock(page);
	await page.getByLabel('Kjente begrensninger').fill(texts.exploring);
	await waitSaved(page);
	await page.goto(`/clients/${id}/plan`);
	await unlock(page);
	await page.getByRole('textbox', { name: 'Plan B' }).fill(texts.planB);
	await page.getByRole('button', { name: 'Legg til steg' }).click();
	await page.getByLabel('Hva', { exact: true }).fill(texts.step);
	// The counter says what Nav's activity plan will do with it; the draft itself is kept whole.
	await expect(page.locator('[data-testid$="-counter"]')).toContainText('av 100 tegn');
	await expect(page.locator('[data-testid$="-counter"]')).toContainText(
		'Nav-aktiviteten får en tittel på inntil 100 tegn'
	);
	await waitSaved(page);

	await page.reload();
	await unlock(page);
	expect(await page.getByRole('textbox', { name: 'Plan B' }).inputValue()).toBe(texts.planB);
	expect(await page.getByLabel('Hva', { exact: true }).inputValue()).toBe(texts.step);
	await page.goto(`/clients/${id}/mapping?step=goals`);
	await unlock(page);
	expect(await page.getByRole('textbox', { name: 'Drømmer' }).inputValue()).toBe(texts.mapping);
	await page.goto(`/clients/${id}/exploring?step=nav`);
	await unlock(page);
	expect(await page.getByLabel('Kjente begrensninger').inputValue()).toBe(texts.exploring);

	// The client agrees to share with Nav (nothing from the mapping): the plan's steps may go to Nav.
	await page.goto(`/clients/${id}/exploring?step=consent`);
	await unlock(page);
	await page.getByRole('checkbox', { name: 'Bestilling: Til Nav-veileder' }).check();
	await page.getByRole('checkbox', { name: 'Bestilling: Til Nav-veileder' }).uncheck();
	await page.getByRole('button', { name: 'Lagre: Til Nav-veileder' }).click();
	await expect(page.getByText('Samtykket er lagret: Til Nav-veileder.')).toBeVisible();

	// The client's PDF prints all of it as text; Nav's activities are cut to Nav's limits, with a note.
	await page.goto(`/clients/${id}/plan`);
	await unlock(page);
	await page
		.getByTestId('plan-pdf')
		.getByRole('button', { name: /Lag PDF/ })
		.click();
	const pdf = await download(page, () =>
		page.getByTestId('plan-pdf').getByRole('link', { name: 'Last ned PDF' }).click()
	);
	const printed = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf.path, '-'], { encoding: 'utf8' }).replace(
		/\s+/g,
		' '
	);
	for (const m of ['PLANB-START', 'PLANB-END', 'STEG-START', 'STEG-END']) expect(printed, m).toContain(m);
	expect(printed).toContain('<script>window.__pwned=1</script>');
	await page.getByTestId('nav-summary').getByRole('button', { name: 'Lag sammendraget' }).click();
	const activity = page.getByTestId('nav-activities').locator('li').first();
	await expect(activity.locator('[data-field="title"]')).toContainText('Forkortet til Navs grense på 100 tegn');
	await expect(activity.locator('[data-field="description"]')).toContainText('Forkortet til Navs grense på 5000 tegn');
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(dialogs).toBe(0);
});

/** Flips one bit in the stored ciphertext of a row, straight in IndexedDB, as disk damage would. */
async function damage(page: Page, rowId: string) {
	await page.evaluate(async (id) => {
		const db = await new Promise<IDBDatabase>((res, rej) => {
			const req = indexedDB.open('veivalg');
			req.onsuccess = () => res(req.result);
			req.onerror = () => rej(req.error);
		});
		const store = db.transaction('records', 'readwrite').objectStore('records');
		const row = await new Promise<{ ct: ArrayBuffer }>((res) => {
			const req = store.get(id);
			req.onsuccess = () => res(req.result);
		});
		const bytes = new Uint8Array(row.ct.slice(0));
		bytes[3]! ^= 0x10;
		await new Promise((res) => {
			const req = store.put({ ...row, ct: bytes.buffer });
			req.onsuccess = res;
		});
		db.close();
	}, rowId);
}

test('a damaged record leaves the list and the client’s other modules usable, with a clear message', async ({
	page
}) => {
	await setUp(page);
	const other = await createClient(page, 'Kari Nordmann');
	await page.goto('/');
	await unlock(page);
	const id = await createClient(page, 'Ola Hansen');
	await page.goto(`/clients/${id}/mapping?step=goals`);
	await unlock(page);
	await page.getByRole('textbox', { name: 'Drømmer' }).fill('Bli tømrer');
	await waitSaved(page);
	await page.goto(`/clients/${id}/plan`);
	await unlock(page);
	await page.getByRole('textbox', { name: 'Plan B' }).fill('Lærekandidat');
	await waitSaved(page);

	await damage(page, `${id}/mapping`);
	await damage(page, other);
	await page.goto('/');
	await unlock(page);
	// The list: the readable client is there, the unreadable one is named as damaged, not hidden.
	await expect(page.getByTestId('client-list').getByRole('link', { name: 'Ola Hansen' })).toBeVisible();
	await expect(page.getByTestId('damaged-clients')).toContainText('Én veisøker kan ikke leses.');

	await page.getByTestId('client-list').getByRole('link', { name: 'Ola Hansen' }).click();
	const notice = page.getByTestId('damaged-records');
	await expect(notice).toContainText('Én oppføring kan ikke leses');
	await expect(notice).toContainText('Kartlegging (modul 1)');
	await expect(notice).toContainText('Den krypterte teksten er skadet');
	// The other modules work as before.
	await page.getByRole('link', { name: 'Åpne planen' }).click();
	await expect(page.getByRole('textbox', { name: 'Plan B' })).toHaveValue('Lærekandidat');
	await page.getByRole('textbox', { name: 'Plan B' }).fill('Lærekandidat i tømrerfaget');
	await waitSaved(page);
	// The damaged module says so instead of a blank form, and offers its encrypted copy or removal.
	await page.goto(`/clients/${id}/mapping`);
	await unlock(page);
	await expect(page.getByTestId('damaged-records')).toContainText('Kartlegging (modul 1)');
	const raw = await download(page, () => page.getByRole('button', { name: 'Last ned kryptert kopi' }).click());
	const saved = JSON.parse(readFileSync(raw.path, 'utf8'));
	expect(saved).toMatchObject({ format: 'veivalg-damaged-record', id: `${id}/mapping`, kind: 'mapping', clientId: id });
	await page.getByRole('button', { name: 'Fjern oppføringen' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Fjern oppføringen' }).click();
	await expect(page.getByRole('textbox', { name: 'Bestilling' }).or(page.locator('#step-h'))).toBeVisible();
	await expect(page.getByTestId('damaged-records')).toHaveCount(0);

	// The damaged client: opening it explains, and the list link leads there.
	await page.goto(`/clients/${other}`);
	await unlock(page);
	await expect(page.getByRole('heading', { name: 'Veisøkeren kan ikke leses' })).toBeVisible();
	await expect(page.getByTestId('damaged-records')).toContainText('Opplysninger om veisøkeren');
});

test('the client’s copy, as text and as JSON, holds a marker from every module, the plan, and every consent change', async ({
	page
}) => {
	await setUp(page);
	const id = await createClient(page, 'Łukasz Wróbel');
	await page.getByLabel('Nav-kontor').fill('MERKE-PROFIL');
	await waitSaved(page);
	await page.goto(`/clients/${id}`);
	await unlock(page);
	await page.getByRole('button', { name: /Registrer samtale/ }).click();
	await page.getByLabel('Kort notat').fill('MERKE-SAMTALE');
	await waitSaved(page);
	await page.goto(`/clients/${id}/mapping?step=goals`);
	await unlock(page);
	await page.getByRole('textbox', { name: 'Drømmer' }).fill('MERKE-KARTLEGGING');
	await waitSaved(page);
	await page.goto(`/clients/${id}/exploring?step=nav`);
	await unlock(page);
	await page.getByLabel('Kjente begrensninger').fill('MERKE-UTFORSKING');
	await waitSaved(page);
	await page.goto(`/clients/${id}/exploring?step=consent`);
	await unlock(page);
	for (const purpose of ['Vises på skjermen', 'Til Nav-veileder', 'I planen']) {
		await page.getByRole('button', { name: `Alt unntatt sensitivt: ${purpose}` }).click();
		await page.getByRole('button', { name: `Lagre: ${purpose}` }).click();
		await expect(page.getByText(`Samtykket er lagret: ${purpose}.`)).toBeVisible();
	}
	await page.getByRole('button', { name: 'Trekk tilbake: Til Nav-veileder' }).click();
	await expect(page.getByText('Tilbaketrekkingen er lagret: Til Nav-veileder.')).toBeVisible();
	await expect(page.getByTestId('consent-history')).toContainText('trukket tilbake');
	await page.goto(`/clients/${id}/plan`);
	await unlock(page);
	await page.getByLabel('Neste steg', { exact: true }).fill('MERKE-PLAN');
	await page.getByRole('button', { name: 'Legg til steg' }).click();
	await page.getByLabel('Hva', { exact: true }).fill('MERKE-STEG');
	await waitSaved(page);

	await page.goto(`/clients/${id}`);
	await unlock(page);
	const txt = readFileSync(
		(await download(page, () => page.getByRole('button', { name: 'Last ned alt om veisøkeren' }).click())).path,
		'utf8'
	);
	for (const m of [
		'MERKE-PROFIL',
		'MERKE-SAMTALE',
		'MERKE-KARTLEGGING',
		'MERKE-UTFORSKING',
		'MERKE-PLAN',
		'MERKE-STEG'
	])
		expect(txt, m).toContain(m);
	expect(txt).toContain('Samtykke til deling (alle valg og tilbaketrekkinger)');
	expect(txt).toMatch(/Vises på skjermen: Bestilling, Utdanning/);
	expect(txt).toMatch(/Til Nav-veileder: trukket tilbake/);

	const json = JSON.parse(
		readFileSync(
			(await download(page, () => page.getByRole('button', { name: 'Last ned som data (JSON)' }).click())).path,
			'utf8'
		)
	);
	expect(json.client.navOffice).toBe('MERKE-PROFIL');
	expect(json.sessions[0].note).toBe('MERKE-SAMTALE');
	expect(json.mapping.goals.dreams).toBe('MERKE-KARTLEGGING');
	expect(json.exploration.navFrame.constraints).toBe('MERKE-UTFORSKING');
	expect(json.plan.nextStep).toBe('MERKE-PLAN');
	expect(json.plan.steps[0].what).toBe('MERKE-STEG');
	// Three purposes saved, then one withdrawal: four entries, in order.
	expect(json.consent.entries.map((e: { purpose: string; withdrawn: boolean }) => [e.purpose, e.withdrawn])).toEqual([
		['presentation', false],
		['navSummary', false],
		['plan', false],
		['navSummary', true]
	]);
});

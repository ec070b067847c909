import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { newClient, type Client } from '../../src/lib/domain/client/client';
import { newSession } from '../../src/lib/domain/client/session';
import { newConsent, recordConsent, withdrawConsent } from '../../src/lib/domain/exploring/consent';
import { newExploration } from '../../src/lib/domain/exploring/exploration';
import { newMapping } from '../../src/lib/domain/mapping/mapping';
import { newPlan } from '../../src/lib/domain/plan/plan';
import { PASSPHRASE, setUp, unlock } from './helpers';
import { confirmRestore, seedRecords } from './seed';

/**
 * Two browser contexts are two laptops with different passphrases. A client's whole file moves from
 * Anne's to Bjørn's with a file and a one-time code; bad files and codes say why and change nothing.
 */

const PASS_B = 'en helt annen passordfrase for Bjørn';

// Two laptops and many steps per test: the limit is for hangs only, far above a slow machine's time.
test.describe.configure({ timeout: 240_000 });
const ANNE = { name: 'Anne Rådgiver', office: 'Karrieresenteret Sandnes' };
const BJORN = { name: 'Bjørn Veileder', office: 'Karrieresenteret Stavanger' };

/** A full client: all three modules, consent given and withdrawn, three sessions, a follow-up. */
function fullClient(name: string) {
	const t0 = new Date('2026-09-01T09:00:00Z');
	const client: Client = {
		...newClient(name, t0),
		birthYear: 1994,
		navOffice: 'Nav Sandnes',
		moduleStatus: { mapping: 'done', exploring: 'done', plan: 'inProgress' },
		moduleDoneOn: { mapping: '2026-09-08', exploring: '2026-09-15', plan: '' },
		guidance: {
			endedOn: '2026-09-15',
			outcomes: [{ id: crypto.randomUUID(), months: 0, date: '2026-09-15', outcomes: ['started'] }]
		}
	};
	const mapping = { ...newMapping(client.id, t0) };
	mapping.goals.dreams = 'Fagbrev som tømrer før jeg fyller 35';
	let consent = recordConsent(newConsent(client.id, t0), 'navSummary', ['goals'], t0);
	consent = withdrawConsent(consent, 'navSummary', new Date('2026-09-10T09:00:00Z'));
	const sessions = ['2026-09-01', '2026-09-08', '2026-09-15'].map((d, i) => ({
		...newSession(client.id, d, t0),
		note: `Samtale nummer ${i + 1}`
	}));
	const exploration = newExploration(client.id, t0);
	exploration.questions.push({
		id: crypto.randomUUID(),
		text: 'Spør Nav om støtte til førerkort',
		owner: 'navAdviser',
		due: '',
		done: false
	});
	const plan = newPlan(client.id, t0);
	plan.goal.occupation = 'Tømrer med fagbrev';
	plan.steps.push({
		id: crypto.randomUUID(),
		what: 'Søke læreplass hos Byggmester Hansen',
		owner: 'client',
		deadline: '2026-10-01',
		status: 'planned',
		needsNavDecision: false,
		needsFunding: false
	});
	return [
		{ kind: 'client' as const, data: client },
		{ kind: 'mapping' as const, data: mapping },
		{ kind: 'exploration' as const, data: exploration },
		{ kind: 'plan' as const, data: plan },
		{ kind: 'consent' as const, data: consent },
		...sessions.map((s) => ({ kind: 'session' as const, data: s }))
	];
}

async function laptop(browser: Browser, passphrase: string, me: { name: string; office: string }) {
	const context = await browser.newContext({ locale: 'nb-NO', acceptDownloads: true });
	const page = await context.newPage();
	await setUp(page, '', passphrase);
	await page.getByRole('link', { name: 'Innstillinger' }).click();
	await page.getByLabel('Navnet ditt').fill(me.name);
	await page.getByLabel('Kontoret ditt').fill(me.office);
	await page.getByLabel('Kontoret ditt').blur();
	return page;
}

async function download(page: Page, click: () => Promise<void>) {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return { name: file.suggestedFilename(), content: readFileSync((await file.path())!) };
}

/** Hands the chosen clients over from «Overføring»; returns the file and the code shown once. */
async function makeHandover(page: Page, to = BJORN) {
	await page.getByLabel('Kollegaens navn').fill(to.name);
	await page.getByLabel('Kollegaens kontor').fill(to.office);
	const file = await download(page, () => page.getByRole('button', { name: 'Lag overføringsfil' }).click());
	const code = (await page.getByTestId('handover-code').textContent())!.trim();
	expect(code).toMatch(/^([2-9A-HJKMNP-TV-Z]{4}-){3}[2-9A-HJKMNP-TV-Z]{4}$/);
	return { ...file, code };
}

async function openFile(page: Page, file: { name: string; content: Buffer | string }, code: string) {
	await page.getByRole('link', { name: 'Overføring' }).click();
	await page
		.locator('#handover-file')
		.setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.content) });
	await page.getByLabel('Engangskode fra kollegaen').fill(code);
	await page.getByRole('button', { name: 'Åpne filen' }).click();
}

/** The client list's count, asserted as the list shows it (retried: the list may still be drawing the last change). */
async function expectClients(page: Page, total: number) {
	await page.getByRole('link', { name: 'Veisøkere' }).first().click();
	await expect(page.getByText(/^Viser \d+ av \d+$/)).toHaveText(new RegExp(` av ${total}$`));
}

test('one full client moves from Anne to Bjørn whole; it leaves Anne, and her older backup does not bring it back', async ({
	browser
}) => {
	const a = await laptop(browser, PASSPHRASE, ANNE);
	const b = await laptop(browser, PASS_B, BJORN);
	const kari = fullClient('Kari Nordmann');
	const kariId = kari[0]!.data.id;
	await seedRecords(a, [...kari, ...fullClient('Ola Hansen')]);
	await a.locator('#backup-passphrase').fill(PASSPHRASE);
	const oldBackup = await download(a, () => a.getByRole('button', { name: 'Last ned sikkerhetskopi' }).click());

	// From the client: «Overfør til en kollega» opens the page with her chosen.
	await a.getByRole('link', { name: 'Veisøkere' }).first().click();
	await a.getByTestId('client-list').getByRole('link', { name: 'Kari Nordmann' }).click();
	await a.getByRole('link', { name: 'Overfør til en kollega' }).click();
	await expect(a.getByRole('heading', { name: 'Overføring mellom veiledere', level: 1 })).toBeVisible();
	await expect(a.getByRole('checkbox', { name: /Kari Nordmann/ })).toBeChecked();
	await expect(a.getByTestId('handover-selected')).toHaveText('1 veisøker valgt');
	const file = await makeHandover(a);
	expect(file.name).toMatch(/^veivalg-overforing-\d{4}-\d\d-\d\d\.veivalg$/);
	const text = file.content.toString('utf8');
	for (const secret of ['Kari', 'Nordmann', 'tømrer', 'Anne', 'Sandnes']) expect(text).not.toContain(secret);
	expect((await new AxeBuilder({ page: a }).analyze()).violations).toEqual([]);

	// Bjørn sees whom and what before anything is written.
	await openFile(b, file, file.code.toLowerCase().replace(/-/g, ' '));
	const preview = b.getByTestId('handover-preview');
	await expect(preview).toContainText('Fra Anne Rådgiver, Karrieresenteret Sandnes');
	await expect(preview).toContainText('Til Bjørn Veileder, Karrieresenteret Stavanger');
	await expect(preview.getByRole('row', { name: /Kari Nordmann/ })).toContainText(
		'profil, kartlegging, mulighetsutforsking, plan, samtykkelogg, 3 samtaler'
	);
	await expect(preview.getByRole('row', { name: /Kari Nordmann/ })).toContainText('Ny her');
	expect((await new AxeBuilder({ page: b }).analyze()).violations).toEqual([]);
	await expectClients(b, 0);
	await openFile(b, file, file.code);
	await b.getByRole('button', { name: 'Ta imot 1 veisøker' }).click();
	await expect(b.getByTestId('handover-report')).toContainText('Tatt imot: 1 veisøker.');
	await expect(b.getByTestId('handover-history')).toContainText('1 veisøker tatt imot fra Anne Rådgiver');

	// Every module, the consent log (still verifying), sessions, follow-up and the history.
	await b.getByRole('link', { name: 'Veisøkere' }).first().click();
	await b.getByTestId('client-list').getByRole('link', { name: 'Kari Nordmann' }).click();
	await expect(b.getByTestId('counsellor-history')).toContainText(
		'Overført fra Anne Rådgiver, Karrieresenteret Sandnes til Bjørn Veileder, Karrieresenteret Stavanger'
	);
	await expect(b.getByRole('cell', { name: 'Samtale nummer 3' })).toBeVisible();
	await expect(b.locator('section', { has: b.getByRole('heading', { name: 'Oppfølging' }) })).toContainText(
		'15.09.2026'
	);
	await b.goto(`/clients/${kariId}/exploring?step=consent`);
	await unlock(b, PASS_B);
	await expect(b.getByTestId('consent-history').locator('li').first()).toContainText('trukket tilbake');
	await expect(b.getByTestId('consent-altered')).toHaveCount(0);
	await b.goto(`/clients/${kariId}/mapping?step=summary`);
	await unlock(b, PASS_B);
	await expect(b.getByText('Fagbrev som tømrer før jeg fyller 35')).toBeVisible();
	// Module 2's open question and module 3's goal and step, as written on Anne's laptop.
	const shows = (value: string) =>
		expect
			.poll(() =>
				b.evaluate(
					(v) => [...document.querySelectorAll('input, textarea')].some((e) => (e as HTMLInputElement).value === v),
					value
				)
			)
			.toBe(true);
	await b.goto(`/clients/${kariId}/exploring?step=questions`);
	await unlock(b, PASS_B);
	await shows('Spør Nav om støtte til førerkort');
	await b.goto(`/clients/${kariId}/plan`);
	await unlock(b, PASS_B);
	await shows('Tømrer med fagbrev');
	await shows('Søke læreplass hos Byggmester Hansen');

	// Anne: delivered, erased (the default); her older backup does not bring Kari back.
	await a.getByRole('button', { name: 'Filen er levert' }).click();
	await expect(a.getByTestId('handover-done')).toHaveText(
		'Overført til Bjørn Veileder, Karrieresenteret Stavanger. Veisøkeren er slettet fra denne maskinen.'
	);
	await expect(a.getByTestId('handover-code')).toHaveCount(0);
	await a.getByRole('link', { name: 'Veisøkere' }).first().click();
	await expect(a.getByRole('link', { name: 'Kari Nordmann' })).toHaveCount(0);
	await a.getByRole('link', { name: 'Innstillinger' }).click();
	await a
		.locator('#backup-file')
		.setInputFiles({ name: oldBackup.name, mimeType: 'application/json', buffer: oldBackup.content });
	await a.locator('#restore-passphrase').fill(PASSPHRASE);
	await a.locator('form:has(#backup-file) button[type=submit]').click();
	// The preview already says Kari stays away: her records are erased here.
	await expect(a.getByTestId('restore-preview')).toContainText(
		'Ikke gjenopprettet: 8 oppføringer om veisøkere som er slettet her'
	);
	await confirmRestore(a);
	await expect(a.getByTestId('restore-report')).toBeVisible();
	await a.getByRole('link', { name: 'Veisøkere' }).first().click();
	await expect(a.getByTestId('client-list').getByRole('link', { name: 'Ola Hansen' })).toBeVisible();
	await expect(a.getByRole('link', { name: 'Kari Nordmann' })).toHaveCount(0);
	await a.context().close();
	await b.context().close();
});

test('a caseload of 20 clients moves at once; kept copies show the handover', async ({ browser }) => {
	const a = await laptop(browser, PASSPHRASE, ANNE);
	const b = await laptop(browser, PASS_B, BJORN);
	await seedRecords(
		a,
		Array.from({ length: 20 }, (_, i) => fullClient(`Veisøker ${String(i + 1).padStart(2, '0')}`)).flat()
	);
	await a.getByRole('link', { name: 'Veisøkere' }).first().click();
	await expect(a.getByTestId('follow-up-reminders')).toBeVisible();
	await a.getByRole('link', { name: 'Overføring' }).click();
	await a.getByRole('button', { name: 'Velg alle som vises' }).click();
	await expect(a.getByTestId('handover-selected')).toHaveText('20 veisøkere valgt');
	const file = await makeHandover(a);
	await a.getByRole('radio', { name: /^Behold en kopi her/ }).check();
	await a.getByRole('button', { name: 'Filen er levert' }).click();
	await expect(a.getByTestId('handover-done')).toContainText('Kopier av de 20 veisøkerne er beholdt her.');
	// Kept copies can no longer be chosen, and say where the client went.
	await expect(a.getByRole('checkbox')).toHaveCount(0);
	await a.getByRole('link', { name: 'Veisøkere' }).first().click();
	// Their follow-ups are the colleague's now: no reminders here.
	await expect(a.getByTestId('client-list')).toBeVisible();
	await expect(a.getByTestId('follow-up-reminders')).toHaveCount(0);
	await a.getByTestId('client-list').getByRole('link', { name: 'Veisøker 07' }).click();
	await expect(a.getByTestId('handed-over-banner')).toContainText('Overført til Bjørn Veileder');
	await expect(a.getByRole('link', { name: 'Overfør til en kollega' })).toHaveCount(0);

	await openFile(b, file, file.code);
	await expect(b.getByTestId('handover-preview').getByRole('row')).toHaveCount(21);
	await b.getByRole('button', { name: 'Ta imot 20 veisøkere' }).click();
	await expect(b.getByTestId('handover-report')).toContainText('Tatt imot: 20 veisøkere.');
	await expectClients(b, 20);
	await a.context().close();
	await b.context().close();
});

test('bad handover input: each has its own message and nothing is written', async ({ browser }) => {
	const a = await laptop(browser, PASSPHRASE, ANNE);
	const b = await laptop(browser, PASS_B, BJORN);
	const kari = fullClient('Kari Nordmann');
	await seedRecords(a, kari);
	await a.getByRole('link', { name: 'Overføring' }).click();
	await a.getByRole('checkbox', { name: /Kari Nordmann/ }).check();
	const older = await makeHandover(a);
	await a.getByRole('button', { name: 'Avbryt overføringen' }).click();
	await expect(a.getByTestId('handover-done')).toContainText('Overføringen er avbrutt');
	await a.getByRole('checkbox', { name: /Kari Nordmann/ }).check();
	const newer = await makeHandover(a);
	const error = b.getByTestId('handover-error');
	const says = async (file: { name: string; content: Buffer | string }, code: string, message: string) => {
		await openFile(b, file, code);
		await expect(error).toHaveText(message);
		await expect(b.getByTestId('handover-preview')).toHaveCount(0);
	};

	// Nothing chosen, no file.
	await b.getByRole('link', { name: 'Overføring' }).click();
	await b.getByRole('button', { name: 'Åpne filen' }).click();
	await expect(error).toHaveText('Velg en overføringsfil.');
	await b.getByRole('button', { name: 'Lag overføringsfil' }).click();
	await expect(b.getByText('Velg minst én veisøker.')).toBeVisible();

	// A wrong code; a mistyped one.
	const wrong = newer.code.replace(/^(.)/, (c) => (c === 'A' ? 'B' : 'A'));
	await says(
		newer,
		wrong,
		'Koden passer ikke til denne filen. Sjekk hvert tegn, eller be kollegaen lese den opp igjen. Ingenting er endret.'
	);
	await says(
		newer,
		newer.code.slice(0, 14),
		'Koden har 16 tegn i fire grupper på fire. Sjekk at du har fått med alle.'
	);
	await says(
		newer,
		newer.code.replace(/.$/, '0'),
		'Koden har bare tallene 2–9 og bokstaver uten I, L, O og U. Sjekk tegnet som ligner.'
	);
	// Cut off, and one flipped byte.
	const damaged =
		'Overføringsfilen er skadet eller avkuttet og kan ikke leses. Ingenting er endret. Be kollegaen lage en ny fil.';
	await says({ name: newer.name, content: newer.content.subarray(0, newer.content.length - 500) }, newer.code, damaged);
	const flipped = JSON.parse(newer.content.toString('utf8'));
	const ct = Buffer.from(flipped.ciphertext, 'base64');
	ct[100]! ^= 0x01;
	await says(
		{ name: newer.name, content: JSON.stringify({ ...flipped, ciphertext: ct.toString('base64') }) },
		newer.code,
		damaged
	);
	// A newer version of the app.
	await says(
		{ name: newer.name, content: JSON.stringify({ ...flipped, version: 99 }) },
		newer.code,
		'Overføringsfilen er laget med en nyere versjon av Veivalg. Oppdater appen først. Ingenting er endret.'
	);
	// A backup offered as a handover file, and a handover file offered to «Gjenopprett».
	await a.getByRole('link', { name: 'Innstillinger' }).click();
	await a.locator('#backup-passphrase').fill(PASSPHRASE);
	const backupFile = await download(a, () => a.getByRole('button', { name: 'Last ned sikkerhetskopi' }).click());
	await says(
		backupFile,
		newer.code,
		'Dette er en sikkerhetskopi, ikke en overføringsfil. Sikkerhetskopier gjenopprettes under Innstillinger. Ingenting er endret.'
	);
	await b.getByRole('link', { name: 'Innstillinger' }).click();
	await b
		.locator('#backup-file')
		.setInputFiles({ name: newer.name, mimeType: 'application/json', buffer: newer.content });
	await b.locator('#restore-passphrase').fill(PASS_B);
	await b.locator('form:has(#backup-file) button[type=submit]').click();
	await expect(b.getByRole('alert')).toContainText(
		'Dette er en overføringsfil fra en kollega, ikke en sikkerhetskopi.'
	);
	await expectClients(b, 0);

	// Taken once; the same file again changes nothing.
	await openFile(b, newer, newer.code);
	await b.getByRole('button', { name: 'Ta imot 1 veisøker' }).click();
	await expect(b.getByTestId('handover-report')).toBeVisible();
	await openFile(b, newer, newer.code);
	await expect(error).toContainText(/^Denne overføringen ble tatt imot \d+\. \w+ \d{4}\. Ingenting er endret\.$/);
	await expect(b.getByRole('button', { name: /^Ta imot/ })).toHaveCount(0);
	// The older file after the newer: nothing goes back.
	await openFile(b, older, older.code);
	await expect(b.getByTestId('handover-preview')).toContainText('En nyere overføring er tatt imot');
	await expect(b.getByText('Ingen av veisøkerne i filen blir tatt imot. Ingenting er endret.')).toBeVisible();
	await expect(b.getByRole('button', { name: /^Ta imot/ })).toHaveCount(0);
	await expectClients(b, 1);

	// Erased here: the preview says when; taken only when ticked.
	await b.getByTestId('client-list').getByRole('link', { name: 'Kari Nordmann' }).click();
	await b.getByRole('button', { name: 'Slett veisøker' }).click();
	await b.getByRole('dialog').getByRole('button', { name: 'Slett for godt' }).click();
	await expect(b.getByRole('heading', { name: 'Veisøkere', level: 1 })).toBeVisible();
	await expectClients(b, 0);
	await a.getByRole('link', { name: 'Overføring' }).click();
	await a.getByRole('checkbox', { name: /Kari Nordmann/ }).check();
	const again = await makeHandover(a);
	await openFile(b, again, again.code);
	const row = b.getByTestId('handover-preview').getByRole('row', { name: /Kari Nordmann/ });
	await expect(row).toContainText(/Slettet her \d+\. \w+ \d{4}/);
	await expect(b.getByRole('button', { name: /^Ta imot \d/ })).toHaveCount(0);
	await row.getByRole('checkbox', { name: /^Ta imot likevel\s*: Kari Nordmann$/ }).check();
	await b.getByRole('button', { name: 'Ta imot 1 veisøker' }).click();
	await expect(b.getByTestId('handover-report')).toBeVisible();
	await expectClients(b, 1);
	await a.context().close();
	await b.context().close();
});

test('the handover screens read in nynorsk and English, and pass axe', async ({ browser }) => {
	const a = await laptop(browser, PASSPHRASE, ANNE);
	await seedRecords(a, fullClient('Kari Nordmann'));
	await a.getByLabel('Språk').selectOption('nn');
	await a.getByRole('link', { name: 'Overføring' }).click();
	await expect(a.getByRole('heading', { name: 'Overføring mellom rettleiarar', level: 1 })).toBeVisible();
	await expect(a.getByRole('heading', { name: 'Ta imot overføring' })).toBeVisible();
	await a.getByLabel('Språk').selectOption('en');
	await expect(a.getByRole('heading', { name: 'Handover between counsellors', level: 1 })).toBeVisible();
	await a.getByRole('checkbox', { name: /Kari Nordmann/ }).check();
	await a.getByLabel("Colleague's name").fill('Bjørn');
	const file = await download(a, () => a.getByRole('button', { name: 'Make handover file' }).click());
	await expect(a.getByText('The code is shown only now and is not stored.', { exact: false })).toBeVisible();
	expect((await new AxeBuilder({ page: a }).analyze()).violations).toEqual([]);
	await a
		.locator('#handover-file')
		.setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.content });
	await a.getByLabel('One-time code from your colleague').fill('AAAA');
	await a.getByRole('button', { name: 'Open the file' }).click();
	await expect(a.getByTestId('handover-error')).toHaveText(
		'The code has 16 characters in four groups of four. Check that you have all of them.'
	);
	expect((await new AxeBuilder({ page: a }).analyze()).violations).toEqual([]);
	await a.context().close();
});

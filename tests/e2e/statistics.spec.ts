import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createClient, PASSPHRASE, setUp, unlock, waitSaved } from './helpers';
import { rec, seedRecords } from './seed';

/**
 * The service level: registration, outcomes at follow-up and anonymous
 * statistics, as a counsellor and a county coordinator use them.
 */

const day = (offset: number) => {
	const d = new Date();
	d.setDate(d.getDate() + offset);
	return d.toISOString().slice(0, 10);
};
const month = (offset: number) => {
	const d = new Date();
	d.setDate(1);
	d.setMonth(d.getMonth() + offset);
	return d.toISOString().slice(0, 7);
};

/**
 * A year can be shared only once it has ended (ledger.ts): these tests look at this year's clients
 * from 10 January next year, on the page's own clock.
 */
const YEAR = new Date().getFullYear();
async function inJanuaryNextYear(page: Page) {
	await page.clock.install({ time: new Date(`${YEAR + 1}-01-10T10:00:00`) });
}
/** «Vis: År» (or Kvartal, Halvår) and the year; in English «Show: Year». */
async function showYear(page: Page, kind = 'År', year = YEAR) {
	await page.getByRole('combobox', { name: /^(Vis|Show)$/ }).selectOption({ label: kind });
	await page.getByRole('combobox', { name: /^(År|Year)$/ }).selectOption(String(year));
}
/** The file id in a tables file's first line. */
const fileIdOf = (text: string) => /veivalg-statistikk v3 \S+ ([0-9a-f]{16})\)/.exec(text)![1]!;

const SECRETS = ['Kari', 'Nordmann', 'Per Hansen', '41234567', '@example.no', 'HEMMELIG-NOTAT', 'Storgata'];

/** Five clients of one counsellor, with sessions, registration and outcomes, seeded through a backup file. */
function fiveClients() {
	const records = [];
	const offices = ['Nav Sandnes', 'Nav Sandnes', 'Nav Sandnes', 'Nav Sola', 'Nav Sandnes'];
	for (let i = 0; i < 5; i++) {
		const id = `c${i}`;
		const ended = i < 3 ? day(-120 + i) : '';
		records.push({
			kind: 'client' as const,
			data: {
				id,
				name: `Kari Nordmann ${i}`,
				birthYear: 1998 + i,
				phone: '41234567',
				email: `kari${i}@example.no`,
				address: 'Storgata 1',
				navOffice: offices[i],
				targetGroups: i % 2 ? ['aap'] : ['ungdomsgaranti'],
				referral: 'nav',
				registration: { gender: i % 2 ? 'male' : 'female', education: null, experience: i === 4 ? 'overThree' : null },
				moduleStatus: {
					mapping: 'done',
					exploring: i < 4 ? 'done' : 'inProgress',
					plan: i < 3 ? 'done' : 'notStarted'
				},
				moduleDoneOn: { mapping: day(-200), exploring: day(-180), plan: i < 3 ? day(-150) : '' },
				guidance: ended
					? {
							endedOn: ended,
							outcomes: [{ id: `o${i}`, months: 0, date: ended, outcomes: i === 0 ? ['planMade', 'applied'] : ['job'] }]
						}
					: { endedOn: '', outcomes: [] }
			}
		});
		records.push({
			kind: 'session' as const,
			data: {
				id: `s${i}a`,
				clientId: id,
				date: day(-200 + i),
				kind: 'individual',
				mode: 'physical',
				minutes: 60,
				note: 'HEMMELIG-NOTAT'
			}
		});
		records.push({
			kind: 'session' as const,
			data: {
				id: `s${i}b`,
				clientId: id,
				date: day(-170 + i),
				kind: 'threeWay',
				mode: 'digital',
				minutes: 45,
				note: 'HEMMELIG-NOTAT'
			}
		});
		records.push(
			rec('mapping', id, { question: { categories: i % 2 ? ['getJob'] : ['finishSchool'], text: 'HEMMELIG-NOTAT' } })
		);
	}
	return records;
}

async function download(page: Page, click: () => Promise<void>) {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return { text: readFileSync((await file.path())!, 'utf8'), name: file.suggestedFilename() };
}

async function lastTwelveMonths(page: Page) {
	await page.getByLabel('Vis').selectOption({ label: 'Egendefinert' });
	await page.getByLabel('Fra måned').fill(month(-11));
	await page.getByLabel('Til og med måned').fill(month(0));
}

test('six clients registered, followed up and counted: charts, anonymous files, and a coordinator adding up two files', async ({
	page
}, info) => {
	await page.clock.install();
	await setUp(page);
	await seedRecords(page, fiveClients());

	// The sixth through the screens, as a counsellor records a client.
	await page.getByRole('link', { name: 'Veisøkere' }).click();
	const id = await createClient(page, 'Per Hansen');
	await page.getByLabel('Fødselsår').fill('2004');
	await page.getByLabel('Nav-kontor').fill('Nav Sandnes');
	await page.getByLabel('Kjønn').selectOption({ label: 'Mann' });
	await page
		.getByRole('region', { name: 'Til statistikken' })
		.screenshot({ path: info.outputPath('registration.png') });
	await expect(page.getByText('Ikke registrert i kartleggingen ennå.').first()).toBeVisible();
	await waitSaved(page);
	await page.getByRole('link', { name: 'Ferdig' }).click();
	await page.getByRole('button', { name: /Registrer samtale/ }).click();
	await page.getByRole('radio', { name: 'Trepartsmøte med Nav' }).check();
	await page.getByRole('radio', { name: 'Digitalt' }).check();
	await page.getByLabel('Lengde').fill('50');
	await page.getByLabel('Kort notat').fill('HEMMELIG-NOTAT om Per');
	await waitSaved(page);
	await page.getByRole('link', { name: 'Ferdig' }).click();
	await expect(page.getByRole('cell', { name: /Trepartsmøte med Nav, digitalt/ })).toBeVisible();
	await page.getByLabel('Status for Plan for opplæring').selectOption({ label: 'Ferdig' });
	await page.getByRole('link', { name: 'Registrer resultat' }).click();
	await page.getByRole('button', { name: 'Avslutt i dag' }).click();
	await page.getByRole('group', { name: 'Hva har skjedd?' }).first().getByLabel('Konkret plan laget').check();
	await page
		.getByRole('group', { name: 'Hva har skjedd?' })
		.first()
		.getByLabel('Søkt videregående eller læreplass')
		.check();
	await page.getByRole('button', { name: 'Lagre ved avslutning' }).click();
	await expect(page.getByTestId('recorded-0')).toContainText('Konkret plan laget, Søkt videregående eller læreplass');
	await waitSaved(page);
	await page.screenshot({ path: info.outputPath('follow-up.png'), fullPage: true });

	// The list reminds of the follow-ups that are due (the three seeded clients ended four months ago).
	await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Veisøkere' }).click();
	await expect(page.getByTestId('follow-up-reminders')).toContainText('3 oppfølginger å registrere');
	await expect(page.getByTestId('follow-up-reminders')).toContainText('Etter 3 måneder: Forfalt');
	await page.screenshot({ path: info.outputPath('list-reminders.png') });

	// Statistikk, from the main menu.
	await page.getByRole('link', { name: 'Statistikk' }).click();
	await lastTwelveMonths(page);
	await expect(page.getByTestId('stat-clients')).toHaveText('6');
	await expect(page.getByTestId('stat-sessions')).toHaveText('11');
	await expect(page.getByTestId('stat-plans')).toHaveText('4');
	const atEnd = page.getByRole('figure', { name: /Ved avslutning/ });
	await expect(atEnd).toContainText('Jobb');
	await expect(atEnd.getByRole('table')).toContainText('Konkret plan laget');
	await expect(page.getByTestId('breakdown-office')).toContainText('Nav Sandnes');
	await page.screenshot({ path: info.outputPath('statistics-nb.png'), fullPage: true });

	// The tables file: only for a quarter, half-year or year; every number rounded; nothing that points to a person.
	await expect(page.getByRole('button', { name: 'Last ned tabeller (CSV)' })).toBeDisabled();
	await expect(page.getByText('Tabeller for deling lages bare for kvartal, halvår og år.')).toBeVisible();
	await expect(page.getByRole('button', { name: /anonyme rader/ })).toHaveCount(0);
	// The year can be shared once it has ended: the page's clock moves to 10 January next year.
	await showYear(page);
	await expect(page.getByTestId('not-ended')).toContainText(`tallene kan deles fra 1. januar ${YEAR + 1}`);
	await expect(page.getByRole('button', { name: 'Last ned tabeller (CSV)' })).toBeDisabled();
	await page.clock.setSystemTime(new Date(`${YEAR + 1}-01-10T10:00:00`));
	await page.reload();
	await unlock(page);
	await showYear(page);
	const tables = await download(page, () => page.getByRole('button', { name: 'Last ned tabeller (CSV)' }).click());
	expect(tables.name).toBe(`veivalg-statistikk-${new Date().getFullYear()}.csv`);
	expect(tables.text.charCodeAt(0)).toBe(0xfeff);
	// The file's random id is hex: «…629c005» once held «c0». Ids and names are looked for in the rest.
	const withoutFileId = tables.text.replaceAll(fileIdOf(tables.text), '');
	for (const secret of [...SECRETS, id, 'c0', 's0a', 'Nav Sola']) expect(withoutFileId).not.toContain(secret);
	expect(tables.text).toContain(`# Veivalg – statistikk (veivalg-statistikk v3 ${YEAR} ${fileIdOf(tables.text)})`);
	expect(tables.text).toContain('Alle tall er avrundet til hele 5');
	const counts = tables.text
		.split('\r\n')
		.slice(4)
		.filter(Boolean)
		.map((l) => l.split(';')[2]);
	expect(counts.length).toBeGreaterThan(60);
	for (const c of counts) expect(Number(c) % 5).toBe(0);

	// A coordinator adds two counsellors' files; the page shows their sum for the year.
	const first = info.outputPath('first.csv');
	writeFileSync(first, tables.text);
	const second = info.outputPath('second.csv');
	// Another counsellor's file: other numbers, and (another laptop) another id.
	writeFileSync(
		second,
		tables.text
			.replace(/;(\d+);([a-zA-Z0-9]+);/g, (_, n, code) => `;${Number(n) * 2};${code};`)
			.replace(fileIdOf(tables.text), 'f'.repeat(16))
	);
	const ownRounded = Number(/;(\d+);clients;total/.exec(tables.text)![1]);
	await page.getByLabel('Velg filer (CSV)').setInputFiles([first, second]);
	const year = new Date().getFullYear();
	await expect(page.getByTestId('imported-files')).toContainText(
		`first.csv – jan. ${year} – des. ${year} – ${ownRounded} veisøkere (avrundet)`
	);
	await expect(page.getByTestId('imported-files')).toContainText('Med i summen.');
	await page.getByLabel('Ta med mine egne veisøkere').uncheck();
	await expect(page.getByTestId('combined-clients')).toHaveText(String(3 * ownRounded));
	await page.getByLabel('Ta med mine egne veisøkere').check();
	await expect(page.getByTestId('combined-clients')).toHaveText(String(4 * ownRounded));
	await page.screenshot({ path: info.outputPath('statistics-import.png'), fullPage: true });

	// Refusals, each with its reason; the sum is as before.
	const files = {
		'foreign.csv': 'navn;telefon\r\nOla;12345678\r\n',
		'rader.csv': '\uFEFF# Veivalg – anonyme rader (veivalg-anonyme-rader v1)\r\nmaaned;kjonn\r\n2026-01;female\r\n',
		'aar0000.csv': tables.text.replace(/v3 \d{4} /, 'v3 0000 '),
		'endret.csv': tables.text.replace(/;(\d+);clients;total/, ';13;clients;total'),
		'kopi.csv': tables.text
	};
	const paths = Object.entries(files).map(([name, text]) => {
		const path = info.outputPath(name);
		writeFileSync(path, text);
		return path;
	});
	const big = info.outputPath('stor.csv');
	writeFileSync(big, Buffer.alloc(3 * 1024 * 1024, 'x'));
	await page.getByLabel('Velg filer (CSV)').setInputFiles([...paths, big]);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('foreign.csv: Dette er ikke en tabellfil fra Veivalg.');
	await expect(alert).toContainText('rader.csv: Dette er en fil med anonyme rader fra en eldre versjon.');
	await expect(alert).toContainText('aar0000.csv: Filen gjelder år 0000.');
	await expect(alert).toContainText('endret.csv: Linje 5 har et tall som ikke er avrundet til hele 5.');
	await expect(alert).toContainText('kopi.csv: Samme fil som first.csv');
	await expect(alert).toContainText('stor.csv: Filen er for stor');
	await expect(alert).toContainText('Tallene er som før.');
	await expect(page.getByTestId('combined-clients')).toHaveText(String(4 * ownRounded));
	// The year picker lists only plausible years (a refused year 0000 never reaches it).
	const yearOptions = await page.getByRole('combobox', { name: 'År', exact: true }).locator('option').allTextContents();
	expect(yearOptions.length).toBeLessThanOrEqual(3);
	for (const y of yearOptions) expect(Number(y)).toBeGreaterThanOrEqual(2020);
	await page
		.getByRole('region', { name: 'Legg sammen flere veiledere' })
		.screenshot({ path: info.outputPath('statistics-refusals.png') });
	const axe = await new AxeBuilder({ page }).analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);

	// Imported files are forgotten at lock.
	await page.getByRole('button', { name: 'Lås' }).click();
	await unlock(page);
	await expect(page.getByTestId('stat-clients')).toBeVisible();
	await expect(page.getByTestId('imported-files')).toHaveCount(0);
});

/** Which values a cell can have, given the other cells' ranges and the total's: what an attacker can solve. */
function solve(cells: number[][], total: number[], target: number): number[] {
	const reach = cells
		.filter((_, i) => i !== target)
		.reduce((acc, dom) => new Set([...acc].flatMap((s) => dom.map((v) => s + v))), new Set([0]));
	return cells[target]!.filter((v) => total.some((t) => reach.has(t - v)));
}

test('one «Annet» among 26: the tables of the year cannot be solved for her', async ({ page }, info) => {
	const today = new Date().toISOString().slice(0, 10);
	await inJanuaryNextYear(page);
	const genders = [...Array(20).fill('female'), ...Array(5).fill('male'), 'other'];
	const records = genders.flatMap((gender, i) => [
		{
			kind: 'client' as const,
			data: {
				id: `g${i}`,
				name: `Klient ${i}`,
				birthYear: 1990,
				registration: { gender, education: null, experience: null }
			}
		},
		{
			kind: 'session' as const,
			data: { id: `gs${i}`, clientId: `g${i}`, date: today, kind: 'individual', mode: 'physical', minutes: 60 }
		}
	]);
	await setUp(page);
	await seedRecords(page, records);
	await page.getByRole('link', { name: 'Statistikk' }).click();
	await showYear(page);
	await expect(page.getByTestId('stat-clients')).toHaveText('26');
	await expect(page.getByRole('figure', { name: 'Kjønn' })).toContainText('Annet');
	const tables = await download(page, () => page.getByRole('button', { name: 'Last ned tabeller (CSV)' }).click());
	writeFileSync(info.outputPath('tables.csv'), tables.text);
	const cell = (code: string, key: string) => Number(new RegExp(`;(\\d+);${code};${key}\\r`).exec(tables.text)![1]);
	const shown = ['female', 'male', 'other', 'notStated'].map((g) => cell('genders', g));
	const total = cell('clients', 'total');
	expect(shown.reduce((a, b) => a + b)).toBe(total);
	// All 26 started this quarter, so the year is one rounded quarter: each figure is within 4 of the truth.
	const around = (n: number) => Array.from({ length: 9 }, (_, i) => n - 4 + i).filter((v) => v >= 0);
	const annet = solve(shown.map(around), around(total), 2);
	expect(annet).toContain(1);
	expect(annet.length).toBeGreaterThanOrEqual(4);
	expect(shown[2]).not.toBe(1);
});

test('the statistics page in nynorsk and English, with no accessibility violations', async ({ page }, info) => {
	await inJanuaryNextYear(page);
	await setUp(page);
	await seedRecords(page, fiveClients());
	await page.getByRole('link', { name: 'Statistikk' }).click();
	await lastTwelveMonths(page);
	await expect(page.getByTestId('stat-clients')).toHaveText('5');
	const axe = await new AxeBuilder({ page }).analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);

	await page.getByRole('combobox', { name: /Språk|Language/ }).selectOption('nn');
	await expect(page.getByRole('heading', { name: 'Kva rettleiinga førte til' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Kven vegsøkjarane er' })).toBeVisible();
	await page.screenshot({ path: info.outputPath('statistics-nn.png'), fullPage: true });

	await page.getByRole('combobox', { name: /Språk|Language/ }).selectOption('en');
	await expect(page.getByRole('heading', { name: 'What guidance led to' })).toBeVisible();
	await expect(page.getByRole('figure', { name: /At the end/ })).toContainText('Job');
	await showYear(page, 'Year');
	const tables = await download(page, () => page.getByRole('button', { name: 'Download tables (CSV)' }).click());
	expect(tables.text).toContain(`# Veivalg – statistics (veivalg-statistikk v3 ${YEAR} `);
	expect(tables.text).toMatch(/Clients;Total;\d+;clients;total\r\n/);
	await page.screenshot({ path: info.outputPath('statistics-en.png'), fullPage: true });

	// Offline: the page reloads from the service worker's cache and counts from the laptop alone.
	await page.context().setOffline(true);
	await page.reload();
	await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Unlock' }).click();
	await expect(page.getByRole('heading', { name: 'Statistics', level: 1 })).toBeVisible();
	await expect(page.getByTestId('stat-clients')).toHaveText(/\d/);
});

test('a group session counts once for each client who took part, and the note stays with its client', async ({
	page
}) => {
	await setUp(page);
	await seedRecords(page, fiveClients());
	// Counted once before: a later visit must count what changed since, not what it saw then.
	await page.getByRole('link', { name: 'Statistikk' }).click();
	await lastTwelveMonths(page);
	await expect(page.getByTestId('stat-sessions')).toHaveText('10');
	await page.goto('/clients/c0/sessions/s0a');
	await unlock(page);
	await page.getByRole('radio', { name: 'Gruppe' }).check();
	await page.getByLabel('Kort notat').fill('Notat bare for Kari 0');
	await waitSaved(page);
	await page.getByLabel('Søk etter veisøker').fill('nordmann 1');
	await page.getByRole('checkbox', { name: /Kari Nordmann 1/ }).check();
	await page.getByLabel('Søk etter veisøker').fill('nordmann 2');
	await page.getByRole('checkbox', { name: /Kari Nordmann 2/ }).check();
	await page.getByRole('button', { name: 'Registrer for 2 valgte veisøkere' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Registrert for 2 veisøkere' })).toContainText(
		'Kari Nordmann 1, Kari Nordmann 2'
	);

	await page.goto('/clients/c1');
	await unlock(page);
	const rows = page.locator('[aria-labelledby="sessions-h"] tbody tr');
	await expect(rows).toHaveCount(3);
	await expect(page.getByRole('cell', { name: /^Gruppe, fysisk, 60 min$/ })).toBeVisible();
	await expect(page.locator('main')).not.toContainText('Notat bare for Kari 0');

	await page.getByRole('link', { name: 'Statistikk' }).click();
	await lastTwelveMonths(page);
	await expect(
		page.getByRole('figure', { name: 'Samtaler etter type' }).getByRole('row', { name: /Gruppe/ })
	).toContainText('3');
	await expect(
		page.getByRole('figure', { name: 'Samtaler etter type' }).getByRole('row', { name: /Individuell/ })
	).toContainText('4');
	await expect(page.getByTestId('stat-sessions')).toHaveText('12');
});

test('a quarter is published once: the July case downloaded before and after a late registration is the same file, the page says one client changed since; a quarter not ended offers no file; a coordinator adds two laptops’ identical files', async ({
	page
}, info) => {
	await page.clock.install({ time: new Date(`${YEAR}-10-05T10:00:00`) });
	// Nine clients start in July: two women, seven men.
	const client = (i: number, gender: string) => [
		{
			kind: 'client' as const,
			data: {
				id: `j${i}`,
				name: `Juli ${i}`,
				birthYear: 1990,
				registration: { gender, education: null, experience: null }
			}
		},
		{
			kind: 'session' as const,
			data: {
				id: `js${i}`,
				clientId: `j${i}`,
				date: `${YEAR}-07-${String(i + 1).padStart(2, '0')}`,
				kind: 'individual',
				mode: 'physical',
				minutes: 60
			}
		}
	];
	await setUp(page);
	await seedRecords(
		page,
		[0, 1, 2, 3, 4, 5, 6, 7, 8].flatMap((i) => client(i, i < 2 ? 'female' : 'male'))
	);
	const quarter = async (n: number) => {
		await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Statistikk' }).click();
		await showYear(page, 'Kvartal');
		await page.getByRole('combobox', { name: 'Kvartal', exact: true }).selectOption(String(n));
	};
	const button = page.getByRole('button', { name: 'Last ned tabeller (CSV)' });

	await quarter(4);
	await expect(page.getByTestId('not-ended')).toContainText(
		`Perioden er ikke over: tallene kan deles fra 1. januar ${YEAR + 1}`
	);
	await expect(button).toBeDisabled();

	await quarter(3);
	await expect(page.getByTestId('stat-clients')).toHaveText('9');
	const first = await download(page, () => button.click());
	await expect(page.getByTestId('published-state')).toContainText(`Delt første gang 5. oktober ${YEAR}`);

	// One man registered late for July, on another day.
	await page.clock.setSystemTime(new Date(`${YEAR}-11-20T10:00:00`));
	await page.reload();
	await unlock(page);
	await seedRecords(page, client(9, 'male'));
	await quarter(3);
	await expect(page.getByTestId('stat-clients')).toHaveText('10');
	await expect(page.getByTestId('published-state')).toContainText(
		'1 veisøker er registrert, endret eller slettet siden; det teller ikke i noen delt fil.'
	);
	const second = await download(page, () => button.click());
	expect(second.text).toBe(first.text);
	await page.locator('section[aria-labelledby="export-h"]').screenshot({ path: info.outputPath('published.png') });

	// The coordinator: the same numbers from another laptop (another id) are added; the same file twice is not.
	const mine = info.outputPath('kontor-a.csv');
	const theirs = info.outputPath('kontor-b.csv');
	const again = info.outputPath('kontor-a-igjen.csv');
	writeFileSync(mine, first.text);
	writeFileSync(theirs, first.text.replace(fileIdOf(first.text), '0123456789abcdef'));
	writeFileSync(again, first.text);
	await page.getByLabel('Velg filer (CSV)').setInputFiles([mine, theirs]);
	await page.getByLabel('Ta med mine egne veisøkere').uncheck();
	const total = Number(/;(\d+);clients;total/.exec(first.text)![1]);
	await expect(page.getByTestId('combined-clients')).toHaveText(String(2 * total));
	await page.getByLabel('Velg filer (CSV)').setInputFiles([again]);
	await expect(page.getByRole('alert')).toContainText('kontor-a-igjen.csv: Samme fil som kontor-a.csv');
	await expect(page.getByTestId('combined-clients')).toHaveText(String(2 * total));
	const axe = await new AxeBuilder({ page }).analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
});

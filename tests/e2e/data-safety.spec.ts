import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { encodeBackup, type PlainRecord } from '../../src/lib/storage/backup';
import { createClient, PASSPHRASE, setUp, unlock, waitSaved } from './helpers';
import { confirmRestore, seedRecords } from './seed';

async function download(page: Page, click: () => Promise<void>): Promise<string> {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return readFileSync((await file.path())!, 'utf8');
}

async function makeBackup(page: Page, passphrase = 'korrekt hest batteri stift'): Promise<string> {
	await page.getByRole('link', { name: 'Innstillinger' }).click();
	await page.getByLabel('Passordfrasen din').fill(passphrase);
	return download(page, () => page.getByRole('button', { name: 'Last ned sikkerhetskopi' }).click());
}

test('back up on one laptop, restore on another; bad files change nothing and say why', async ({ browser }, info) => {
	const laptopA = await browser.newContext({ locale: 'nb-NO' });
	const a = await laptopA.newPage();
	await setUp(a);
	await createClient(a, 'Áila Niillasdóttir Čoarvi');
	await a.getByLabel('Nav-kontor').fill('Nav Kautokeino');
	await waitSaved(a);
	await a.getByRole('link', { name: 'Veisøkere' }).first().click();
	await expect(a.getByTestId('backup-reminder')).toBeVisible();
	await createClient(a, 'Łukasz Wróbel');
	const file = await makeBackup(a);
	expect(JSON.parse(file).format).toBe('veivalg-backup');
	expect(file).not.toContain('Kautokeino');
	// Downloaded is not yet saved: the reminder stays until the counsellor says the file is kept.
	await a.getByRole('link', { name: 'Veisøkere' }).first().click();
	await expect(a.getByTestId('backup-reminder')).toBeVisible();
	const file2 = await makeBackup(a);
	expect(JSON.parse(file2).format).toBe('veivalg-backup');
	await a.getByRole('button', { name: 'Ja, filen er lagret' }).click();
	await expect(a.getByTestId('last-backup')).toContainText('Siste sikkerhetskopi:');
	await a.getByRole('link', { name: 'Veisøkere' }).first().click();
	await expect(a.getByTestId('backup-reminder')).toHaveCount(0);
	const path = info.outputPath('backup.veivalg');
	writeFileSync(path, file);

	// Laptop B has its own passphrase and one client of its own.
	const laptopB = await browser.newContext({ locale: 'nb-NO' });
	const b = await laptopB.newPage();
	await setUp(b);
	await createClient(b, 'Kari Nordmann');
	await b.getByRole('link', { name: 'Innstillinger' }).click();
	const restore = async (filePath: string, passphrase: string) => {
		await b.getByLabel('Sikkerhetskopifil').setInputFiles(filePath);
		await b.getByLabel('Passordfrasen sikkerhetskopien ble tatt med').fill(passphrase);
		await b.getByRole('button', { name: 'Gjenopprett', exact: true }).click();
	};

	await restore(path, 'feil passordfrase');
	await expect(b.getByRole('alert')).toHaveText(
		'Passordfrasen passer ikke til denne sikkerhetskopien. Ingenting er endret. Har du glemt den, kan du skrive gjenopprettingsnøkkelen i stedet.'
	);

	const damaged = JSON.parse(file);
	damaged.ciphertext =
		damaged.ciphertext.slice(0, 100) + (damaged.ciphertext[100] === 'A' ? 'B' : 'A') + damaged.ciphertext.slice(101);
	writeFileSync(info.outputPath('damaged.veivalg'), JSON.stringify(damaged));
	await restore(info.outputPath('damaged.veivalg'), 'korrekt hest batteri stift');
	await expect(b.getByRole('alert')).toContainText('Sikkerhetskopien er skadet');

	writeFileSync(info.outputPath('newer.veivalg'), JSON.stringify({ ...JSON.parse(file), version: 9 }));
	await restore(info.outputPath('newer.veivalg'), 'korrekt hest batteri stift');
	await expect(b.getByRole('alert')).toContainText('nyere versjon av Veivalg');

	writeFileSync(info.outputPath('photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]));
	await restore(info.outputPath('photo.jpg'), 'korrekt hest batteri stift');
	await expect(b.getByRole('alert')).toContainText('Dette er ikke en sikkerhetskopi fra Veivalg');

	await b.getByRole('link', { name: 'Veisøkere' }).first().click();
	await expect(b.getByTestId('client-list').locator('tbody tr')).toHaveCount(1);

	await b.getByRole('link', { name: 'Innstillinger' }).click();
	await restore(path, 'korrekt hest batteri stift');
	// A merge says what it will add, change and erase before anything is written; cancelling writes nothing.
	const preview = b.getByRole('dialog').getByTestId('restore-preview');
	await expect(preview).toContainText('Legges til: 2. Oppdateres (nyere i filen): 0.');
	await expect(preview).toContainText('Nye veisøkere: Áila Niillasdóttir Čoarvi, Łukasz Wróbel');
	await b.getByRole('dialog').getByRole('button', { name: 'Avbryt' }).click();
	await b.getByRole('link', { name: 'Veisøkere' }).first().click();
	await expect(b.getByTestId('client-list').locator('tbody tr')).toHaveCount(1);
	await b.getByRole('link', { name: 'Innstillinger' }).click();
	await restore(path, 'korrekt hest batteri stift');
	await confirmRestore(b);
	const report = b.getByTestId('restore-report');
	await expect(report).toContainText('Lagt til: 2. Oppdatert: 0. Hoppet over (nyere her): 0. Fjernet: 0.');
	await expect(report).toContainText('Áila Niillasdóttir Čoarvi');
	await b.getByRole('link', { name: 'Veisøkere' }).first().click();
	await expect(b.getByTestId('client-list').locator('tbody tr')).toHaveCount(3);
	await b.getByRole('link', { name: 'Áila Niillasdóttir Čoarvi' }).click();
	await expect(b.getByText('Nav Kautokeino')).toBeVisible();
	await laptopA.close();
	await laptopB.close();
});

const HOSTILE = [
	'<script>window.__pwned=1</script>Ola',
	'<img src=x onerror="window.__pwned=1">Kari',
	'Åse 👩🏽‍🔧🚜 Ødegård',
	'مريم العلي'
];

test('hostile names and notes show as text everywhere and never run', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', (d) => (dialogs++, d.dismiss()));
	await setUp(page);
	for (const name of HOSTILE) {
		await createClient(page, name);
		await page.getByRole('link', { name: 'Veisøkere' }).first().click();
	}
	const long = 'Lang tekst '.repeat(450);
	await page.getByRole('link', { name: HOSTILE[0] }).click();
	await page.getByRole('button', { name: /Registrer samtale/ }).click();
	await page.getByLabel('Kort notat').fill(`<b onmouseover="window.__pwned=1">fet</b> ${long}`);
	await waitSaved(page);
	await page.goto(page.url().replace(/\/sessions\/.*/, '/mapping?step=goals'));
	await unlock(page);
	await page.getByRole('textbox', { name: 'Drømmer' }).fill('<svg onload="window.__pwned=1"></svg>Bli tømrer');
	await page
		.getByRole('link', { name: /Dette har du med deg/ })
		.first()
		.click();
	await expect(page.getByTestId('mapping-summary')).toContainText('<svg onload="window.__pwned=1"></svg>Bli tømrer');
	await page.getByRole('navigation', { name: 'Du er her' }).getByRole('link').nth(1).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOSTILE[0]!);
	await expect(page.locator('td.note')).toContainText('<b onmouseover="window.__pwned=1">fet</b>');
	const text = await download(page, () => page.getByRole('button', { name: 'Last ned alt om veisøkeren' }).click());
	expect(text).toContain(HOSTILE[0]);
	expect(text).toContain('<svg onload="window.__pwned=1"></svg>Bli tømrer');
	// Modules 2 and 3: open questions and plan steps.
	const clientId = page.url().split('/clients/')[1]!.split('/')[0]!;
	await page.goto(`/clients/${clientId}/exploring?step=questions`);
	await unlock(page);
	await page.getByRole('button', { name: 'Legg til spørsmål' }).click();
	await page.getByLabel('Spørsmål', { exact: true }).fill('<img src=x onerror="window.__pwned=1">Læreplass?');
	await expect(
		page.locator('legend').filter({ hasText: '<img src=x onerror="window.__pwned=1">Læreplass?' })
	).toBeVisible();
	await page.goto(`/clients/${clientId}/plan`);
	await unlock(page);
	await page.getByRole('button', { name: 'Legg til steg' }).click();
	await page.getByLabel('Hva', { exact: true }).fill('<script>window.__pwned=1</script>Søke');
	await expect(page.getByTestId('plan-warnings')).toContainText('<script>window.__pwned=1</script>Søke');
	await waitSaved(page);
	await page.getByRole('link', { name: 'Veisøkere' }).first().click();
	for (const name of HOSTILE) await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
	await expect(page.locator('img[src=x], svg[onload], b[onmouseover]')).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(dialogs).toBe(0);
});

test('inactive clients past the retention period are listed for review and deletion', async ({ page }) => {
	await setUp(page);
	await createClient(page, 'Aktiv Veisøker');
	// A client last touched three years ago, restored from a backup file.
	const old = '2023-01-15T10:00:00.000Z';
	await seedRecords(page, [
		{ kind: 'client', data: { id: crypto.randomUUID(), name: 'Gammel Veisøker', createdAt: old, updatedAt: old } }
	]);
	await page.reload();
	await unlock(page);
	await page.getByRole('link', { name: 'Innstillinger' }).click();
	await expect(page.getByTestId('retention-list')).toContainText('Gammel Veisøker');
	await expect(page.getByTestId('retention-list')).not.toContainText('Aktiv Veisøker');
	await page.getByRole('button', { name: 'Slett alle (1)' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Slett for godt' }).click();
	await expect(page.getByTestId('retention-none')).toBeVisible();
	await page.getByRole('link', { name: 'Veisøkere' }).first().click();
	await expect(page.getByTestId('client-list').locator('tbody tr')).toHaveCount(1);
});

test('the client can get everything stored about them as readable text', async ({ page }) => {
	await setUp(page);
	const id = await createClient(page, 'Olena Kovalenko');
	await page.getByLabel('Fødselsår').fill('1996');
	await waitSaved(page);
	await page.goto(`/clients/${id}/mapping?step=work`);
	await unlock(page);
	await page.getByRole('button', { name: 'Legg til erfaring' }).click();
	await page.getByLabel('Arbeidsgiver eller sted').fill('Kiwi Sandnes');
	await page.getByLabel('Fra (år og måned)').fill('2024-01');
	await page.getByLabel('Til (år og måned)').fill('2024-12');
	await waitSaved(page);
	await page.goto(`/clients/${id}`);
	await unlock(page);
	const text = await download(page, () => page.getByRole('button', { name: 'Last ned alt om veisøkeren' }).click());
	expect(text).toContain('Alt Veivalg har lagret om Olena Kovalenko');
	expect(text).toContain('Fødselsår: 1996');
	expect(text).toContain('Kiwi Sandnes');
	expect(text).toContain('12 måneder praksis til sammen');
});

test('a large restore shows how far it has come, and goes on while the counsellor looks at other pages', async ({
	page
}, info) => {
	test.setTimeout(240_000);
	await setUp(page);
	// 2,000 clients with a mapping and a plan: 6,000 records, made with the app's own backup code.
	const at = new Date().toISOString();
	const records = Array.from({ length: 2000 }, (_, i) => {
		const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
		const base = { clientId: id, createdAt: at, updatedAt: at };
		return [
			{
				kind: 'client',
				data: { id, name: `Veisøker ${String(i + 1).padStart(4, '0')}`, createdAt: at, updatedAt: at }
			},
			{ kind: 'mapping', data: { id: `${id}/mapping`, ...base } },
			{ kind: 'plan', data: { id: `${id}/plan`, ...base, goal: { occupation: 'Tømrer' } } }
		];
	}).flat() as PlainRecord[];
	const file = await encodeBackup(records, PASSPHRASE);
	// A slower laptop than this machine, so the restore takes long enough to be watched.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });

	await page.getByRole('link', { name: 'Innstillinger' }).click();
	await page
		.locator('#backup-file')
		.setInputFiles({ name: 'stor.veivalg', mimeType: 'application/json', buffer: Buffer.from(file) });
	await page.locator('#restore-passphrase').fill(PASSPHRASE);
	await page.locator('form:has(#backup-file) button[type=submit]').click();
	await confirmRestore(page);
	const progress = page.getByTestId('restore-progress');
	await expect(progress).toContainText('av 6000 poster lagt inn');
	await expect(progress.getByRole('progressbar')).toBeVisible();

	// Away at once, and back: the restore went on, and its outcome waits on Innstillinger.
	await page.getByRole('link', { name: 'Veisøkere' }).first().click();
	await page.getByRole('link', { name: 'Innstillinger' }).click();
	await expect(page.getByTestId('restore-report')).toContainText('Lagt til: 6000', { timeout: 120_000 });
	await expect(progress).toHaveCount(0);
	// Twenty names and a count, not 2,000 names.
	await expect(page.getByTestId('restore-report')).toContainText('Veisøker 0020 … (+1980)');
	await page.getByTestId('restore-report').screenshot({ path: info.outputPath('restore-done.png') });
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	await page.getByRole('link', { name: 'Veisøkere' }).first().click();
	await page.getByRole('searchbox').fill('Veisøker 2000');
	await expect(page.getByRole('link', { name: 'Veisøker 2000' })).toBeVisible();
});

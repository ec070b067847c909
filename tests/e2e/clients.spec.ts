import { expect, test } from '@playwright/test';
import { createClient, rawDatabaseDump, setUp, waitSaved } from './helpers';

test('create, find, sort and delete clients', async ({ page }) => {
	await setUp(page);
	for (const name of ['Åse Ødegård', 'Ola Nordmann', 'Áila Niillasdóttir Čoarvi']) {
		await createClient(page, name);
		await page.getByRole('link', { name: 'Veisøkere' }).first().click();
	}
	const rows = page.getByTestId('client-list').locator('tbody tr');
	await expect(rows).toHaveCount(3);
	// Newest activity first by default.
	await expect(rows.first()).toContainText('Áila');

	await page.getByLabel('Sorter etter').selectOption('name');
	await expect(rows.nth(0)).toContainText('Áila');
	await expect(rows.nth(1)).toContainText('Ola');
	await expect(rows.nth(2)).toContainText('Åse');

	await page.getByRole('searchbox').fill('aila');
	await expect(rows).toHaveCount(1);
	await page.getByRole('searchbox').fill('ødeg');
	await expect(rows).toHaveCount(1);
	await expect(rows.first()).toContainText('Åse Ødegård');
	await page.getByRole('searchbox').fill('finnes ikke');
	await expect(page.getByText('Ingen treff på «finnes ikke».')).toBeVisible();
	await page.getByRole('searchbox').fill('');

	await page.getByRole('link', { name: 'Ola Nordmann' }).click();
	await page.getByRole('button', { name: 'Slett veisøker' }).click();
	const dialog = page.getByRole('dialog', { name: 'Slette Ola Nordmann?' });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Avbryt' }).click();
	await expect(page.getByRole('heading', { name: 'Ola Nordmann', level: 1 })).toBeVisible();

	await page.getByRole('button', { name: 'Slett veisøker' }).click();
	await page.getByRole('button', { name: 'Slett for godt' }).click();
	await expect(rows).toHaveCount(2);
	await expect(page.getByText('Ola Nordmann')).toHaveCount(0);
});

test('client record: Nav adviser history, interpreter, target groups; saved as typed', async ({ page }) => {
	await setUp(page);
	const id = await createClient(page, 'Łukasz Wróbel');
	await page.getByLabel('Fødselsår').fill('1998');
	await page.getByLabel('Nav-kontor').fill('Nav Grünerløkka');
	await page.getByRole('button', { name: 'Legg til Nav-veileder' }).click();
	await page.getByLabel('Navn på Nav-veileder').fill('Kari Nordmann');
	await page.getByLabel('Trenger tolk').check();
	await page.getByLabel('Tolk på språk').fill('polsk');
	await page.getByLabel('Arbeidsavklaringspenger (AAP)').check();
	await page.getByLabel('Hvordan kom veisøkeren?').selectOption({ label: 'Henvist fra Nav' });
	await waitSaved(page);
	await page.getByRole('button', { name: 'Ny Nav-veileder' }).click();
	await page.getByLabel('Navn på Nav-veileder').fill('Per Hansen');
	await waitSaved(page);
	await expect(page.getByRole('heading', { name: 'Tidligere Nav-veiledere' })).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Kari Nordmann' })).toBeVisible();

	await page.goto(`/clients/${id}/profile`);
	await page.getByLabel('Passordfrase', { exact: true }).fill('korrekt hest batteri stift');
	await page.getByRole('button', { name: 'Lås opp' }).click();
	await expect(page.getByLabel('Fødselsår')).toHaveValue('1998');
	await expect(page.getByLabel('Navn på Nav-veileder')).toHaveValue('Per Hansen');
	await expect(page.getByLabel('Tolk på språk')).toHaveValue('polsk');
	await expect(page.getByLabel('Arbeidsavklaringspenger (AAP)')).toBeChecked();
	await expect(page.getByLabel('Hvordan kom veisøkeren?')).toHaveValue('nav');
});

test('future dates are flagged, never blocking', async ({ page }) => {
	await setUp(page);
	await createClient(page, 'Test Testesen');
	await page.getByLabel('Fødselsår').fill('2090');
	await expect(page.getByText('Fødselsåret ligger fram i tid.')).toBeVisible();
	await waitSaved(page);
});

test('record a session with feedback, and see it in the overview', async ({ page }) => {
	await setUp(page);
	const id = await createClient(page, 'Ola Nordmann');
	await page.goto(`/clients/${id}`);
	await page.getByLabel('Passordfrase', { exact: true }).fill('korrekt hest batteri stift');
	await page.getByRole('button', { name: 'Lås opp' }).click();
	await page.getByLabel('Status for Kartlegging').selectOption('inProgress');
	await page.getByRole('button', { name: /Registrer samtale/ }).click();
	await expect(page.getByRole('heading', { name: 'Samtale', level: 1 })).toBeVisible();
	// Modules in progress are ticked for a new session.
	await expect(page.getByRole('checkbox', { name: 'Kartlegging' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Mulighetsutforsking' })).not.toBeChecked();
	await page.getByLabel('Lengde').fill('90');
	await page.getByLabel('Digitalt').check();
	await page.getByRole('checkbox', { name: 'Nav-veileder' }).check();
	// With the Nav adviser present, the session becomes a three-way meeting (it can be changed back).
	await expect(page.getByRole('radio', { name: 'Trepartsmøte med Nav' })).toBeChecked();
	await page.getByLabel('Kort notat').fill('Gikk gjennom skolegang og arbeid.');
	await page.getByRole('group', { name: 'Hvordan har du det?' }).getByLabel('Ganske bra').check();
	await page.getByRole('group', { name: 'Hvordan var denne samtalen?' }).getByLabel('Bra', { exact: true }).check();
	await waitSaved(page);
	await page.getByRole('link', { name: 'Ferdig' }).click();
	const row = page.locator('tbody tr').first();
	await expect(row).toContainText('Kartl.');
	await expect(row).toContainText('Trepartsmøte med Nav, digitalt, 90 min');
	await expect(row).toContainText('Gikk gjennom skolegang og arbeid.');
	await row.getByRole('link').click();
	await expect(page.getByRole('group', { name: 'Hvordan har du det?' }).getByLabel('Ganske bra')).toBeChecked();
});

test('nothing readable in IndexedDB: no client name, no note text', async ({ page }) => {
	await setUp(page);
	const id = await createClient(page, 'Áila Niillasdóttir Čoarvi');
	await page.getByLabel('Nav-kontor').fill('Nav Kautokeino');
	await waitSaved(page);
	await page.goto(`/clients/${id}`);
	await page.getByLabel('Passordfrase', { exact: true }).fill('korrekt hest batteri stift');
	await page.getByRole('button', { name: 'Lås opp' }).click();
	await page.getByRole('button', { name: /Registrer samtale/ }).click();
	await page.getByLabel('Kort notat').fill('Fortalte om angst og gjeld');
	await waitSaved(page);
	const dump = await rawDatabaseDump(page);
	expect(dump.length).toBeGreaterThan(500);
	for (const secret of ['Áila', 'Niillasdóttir', 'Kautokeino', 'angst', 'gjeld', 'Fortalte'])
		expect(dump).not.toContain(secret);
});

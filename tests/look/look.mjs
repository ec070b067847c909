import { chromium } from 'playwright-core';
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--no-first-run'
	]
});
const page = await browser.newPage({ viewport: { width: 1280, height: 1500 } });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
const shot = (n) => page.screenshot({ path: `/tmp/shots/${n}.png` });
try {
	await page.goto('http://localhost:4173/');
	await page.getByLabel('Ny passordfrase').waitFor();
	await shot('01-setup');
	await page.getByLabel('Ny passordfrase').fill('korrekt hest batteri stift');
	await page.getByLabel('Gjenta passordfrasen').fill('korrekt hest batteri stift');
	let t = Date.now();
	await page.getByRole('button', { name: 'Lag passordfrase' }).click();
	await page.getByTestId('recovery-key').waitFor();
	console.log('setup ms', Date.now() - t);
	await shot('02-recovery');
	await page.getByLabel('Jeg har tatt vare på').check();
	await page.getByRole('button', { name: 'Fortsett' }).click();
	await page.getByRole('heading', { name: 'Veisøkere' }).waitFor();
	await shot('03-empty-list');
	await page.getByRole('button', { name: /Ny veisøker/ }).click();
	await page.getByRole('textbox', { name: /^Navn/ }).fill('Áila Niillasdóttir Čoarvi');
	await shot('04-new-dialog');
	await page.getByRole('button', { name: 'Opprett' }).click();
	await page.getByRole('heading', { name: 'Opplysninger om veisøkeren' }).waitFor();
	await page.getByLabel('Fødselsår').fill('1999');
	await page.getByLabel('Nav-kontor').fill('Nav Kautokeino');
	await page.getByRole('button', { name: 'Legg til Nav-veileder' }).click();
	await page.getByLabel('Navn på Nav-veileder').fill('Kari Nordmann');
	await page.getByText(/Lagret \d/).waitFor();
	await shot('05-profile');
	console.log(await page.getByRole('link', { name: 'Ferdig' }).evaluateAll((els) => els.map((e) => e.outerHTML)));
	await page.getByRole('link', { name: 'Ferdig' }).click();
	await page.waitForTimeout(1500);
	console.log('after click', page.url());
	await page.getByRole('heading', { name: 'Samtaler' }).waitFor();
	await shot('07a-overview-empty');
	await page.getByRole('button', { name: /Registrer samtale/ }).click();
	await page.getByLabel('Kort notat').fill('Første samtale. Snakket om bakgrunn.');
	await page.getByText(/Lagret \d/).waitFor();
	await shot('06-session');
	await page.getByRole('link', { name: 'Ferdig' }).click();
	await page.getByRole('heading', { name: 'Samtaler' }).waitFor();
	await shot('07-overview');
	await page.getByRole('link', { name: 'Veisøkere' }).first().click();
	await shot('08-list');
	await page.getByRole('link', { name: 'Innstillinger' }).click();
	await shot('09-settings');
	await page.getByRole('button', { name: 'Lås' }).click();
	await page.getByLabel('Passordfrase').waitFor();
	await shot('10-unlock');
} catch (e) {
	console.log('FAILED', e.message.split('\n')[0], page.url());
	await shot('zz-failure');
}
await browser.close();

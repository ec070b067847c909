import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createClient, setUp, unlock, waitSaved, locked } from './helpers';

test('a full flow makes no request to any other origin', async ({ page, baseURL }) => {
	const foreign: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (![new URL(baseURL!).origin, 'null'].includes(url.origin) && !['data:', 'blob:'].includes(url.protocol))
			foreign.push(r.url());
	});
	await setUp(page);
	const id = await createClient(page, 'Ola Nordmann');
	await page.getByLabel('Nav-kontor').fill('Nav Bærum');
	await waitSaved(page);
	await page.getByRole('link', { name: 'Ola Nordmann' }).click();
	await page.getByRole('button', { name: /Registrer samtale/ }).click();
	await page.getByLabel('Kort notat').fill('Notat');
	await waitSaved(page);
	await page.getByLabel('Språk').selectOption('nn');
	await page.getByLabel('Språk').selectOption('en');
	await page.getByRole('link', { name: 'Settings' }).click();
	await page.goto(`/clients/${id}`);
	expect(foreign).toEqual([]);
});

test('the content security policy forbids inline scripts and other origins', async ({ page }) => {
	await page.goto('/');
	const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(csp).toMatch(/script-src 'self' 'sha256-[^']+'(;|$)/);
	expect(csp).toContain("connect-src 'self'");
	expect(csp).toContain("default-src 'self'");
	const blocked = await page.evaluate(
		() =>
			new Promise<boolean>((resolve) => {
				document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
				const s = document.createElement('script');
				s.textContent = 'window.__injected = true';
				document.body.append(s);
				setTimeout(() => resolve(!(window as unknown as { __injected?: boolean }).__injected), 500);
			})
	);
	expect(blocked).toBe(true);
});

async function expectNoAxeViolations(page: Page, screen: string) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${screen}: ${v.id} – ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
	).toEqual([]);
}

test('axe finds no accessibility violations on any screen', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel('Ny passordfrase').waitFor();
	await expectNoAxeViolations(page, 'setup');
	await setUp(page);
	await expectNoAxeViolations(page, 'empty list');
	const id = await createClient(page, 'Ola Nordmann');
	await page.getByRole('button', { name: 'Legg til Nav-veileder' }).click();
	await page.getByLabel('Fødselsår').fill('2090');
	await expectNoAxeViolations(page, 'profile');
	await page.getByRole('link', { name: 'Ola Nordmann' }).click();
	await expect(page.getByRole('heading', { name: 'Samtaler' })).toBeVisible();
	await expectNoAxeViolations(page, 'overview');
	await page.getByRole('link', { name: 'Registrer resultat' }).click();
	await page.getByRole('button', { name: 'Avslutt i dag' }).click();
	await expect(page.getByRole('heading', { name: 'Etter 3 måneder' })).toBeVisible();
	await expectNoAxeViolations(page, 'follow-up');
	await page.getByRole('link', { name: 'Ferdig' }).click();
	await page.getByRole('button', { name: /Registrer samtale/ }).click();
	await expect(page.getByLabel('Kort notat')).toBeVisible();
	await page.getByRole('radio', { name: 'Gruppe' }).check();
	await expect(page.getByLabel('Søk etter veisøker')).toBeVisible();
	await expectNoAxeViolations(page, 'session');
	await page.getByRole('link', { name: 'Veisøkere' }).first().click();
	await expect(page.getByTestId('client-list')).toBeVisible();
	await expectNoAxeViolations(page, 'list');
	await page.getByRole('link', { name: 'Innstillinger' }).click();
	await expectNoAxeViolations(page, 'settings');
	await page.getByRole('link', { name: 'Statistikk' }).click();
	await expect(page.getByTestId('stat-clients')).toHaveText('1');
	await expectNoAxeViolations(page, 'statistics');
	await page.goto(`/clients/${id}`);
	await locked(page);
	await expectNoAxeViolations(page, 'unlock');
});

test('no field with client text is sent to a spell-checking service: spellcheck is off on every text field', async ({
	page
}) => {
	await setUp(page);
	const id = await createClient(page, 'Kari Nordmann');
	for (const path of [
		'profile',
		'mapping?step=education',
		'mapping?step=goals',
		'mapping?step=life',
		'exploring?step=options',
		'plan'
	]) {
		await page.goto(`/clients/${id}/${path}`);
		await unlock(page);
		// A school subject row: the subject and grade fields are text fields too.
		if (path.endsWith('education')) await page.getByRole('button', { name: 'Legg til fag' }).click();
		const fields = page.locator(
			'main textarea, main input[type="text"], main input[type="search"], main input:not([type])'
		);
		await expect(fields.first()).toBeVisible();
		const missing = await fields.evaluateAll((els) =>
			els.filter((e) => (e as HTMLElement).spellcheck !== false).map((e) => e.id || e.outerHTML.slice(0, 80))
		);
		expect(missing, path).toEqual([]);
	}
});

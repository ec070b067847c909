import { expect, test } from '@playwright/test';
import { createClient, setUp, unlock, waitSaved } from './helpers';

test('after the first visit the app works with no network, including a cold reload of a deep link', async ({
	page,
	context
}) => {
	await setUp(page);
	const id = await createClient(page, 'Olena Kovalenko');
	await page.getByLabel('Nav-kontor').fill('Nav Sandnes');
	await waitSaved(page);
	// The service worker has precached everything once it controls the page.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
	});

	await context.setOffline(true);
	const fresh = await context.newPage();
	const failed: string[] = [];
	fresh.on('requestfailed', (r) => failed.push(r.url()));
	await fresh.goto(`/clients/${id}`);
	await unlock(fresh);
	await expect(fresh.getByRole('heading', { name: 'Olena Kovalenko', level: 1 })).toBeVisible();
	await expect(fresh.getByText('Nav Sandnes')).toBeVisible();
	// Other languages load lazily; they must be precached too.
	await fresh.getByLabel('Språk').selectOption('en');
	await expect(fresh.getByRole('heading', { name: 'Sessions' })).toBeVisible();
	expect(failed).toEqual([]);
	await context.setOffline(false);
});

test('the app can be installed: manifest with icons, and a service worker', async ({ page }) => {
	await page.goto('/');
	const manifest = await (await page.request.get('/manifest.webmanifest')).json();
	expect(manifest.display).toBe('standalone');
	expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
	for (const icon of manifest.icons) expect((await page.request.get(icon.src)).ok()).toBe(true);
	await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()))).toBe(true);
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SECURITY_HEADERS } from '../../src/security-headers.mjs';
import { setUp } from './helpers';

/**
 * Served as a county serves it. Runs against `npm start` and against Debian's nginx with the
 * shipped config (project "nginx"): the same headers, compression and caching from both.
 */

test('every response carries the security headers; text is compressed; only hashed assets are cached long', async ({
	page,
	request,
	baseURL
}) => {
	const seen: { url: string; headers: Record<string, string>; type: string }[] = [];
	page.on('response', async (r) =>
		seen.push({ url: r.url(), headers: await r.allHeaders(), type: r.request().resourceType() })
	);
	await page.goto('/');
	await expect(page.getByLabel('Ny passordfrase')).toBeVisible();
	const local = seen.filter((s) => s.url.startsWith(baseURL!));
	expect(local.length).toBeGreaterThan(3);
	for (const { url, headers } of local)
		for (const [name, value] of Object.entries(SECURITY_HEADERS))
			expect(headers[name], `${name} on ${url}`).toBe(value);
	// Every script, style sheet and the document come compressed (Lighthouse's "text compression").
	for (const { url, headers, type } of local.filter((s) => ['document', 'script', 'stylesheet'].includes(s.type)))
		expect(headers['content-encoding'], `${type} ${url}`).toMatch(/^(br|gzip)$/);
	for (const { url, headers } of local)
		expect(headers['cache-control'], url).toBe(
			url.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
		);

	// The shell and the service worker are always revalidated; a deep link gets the shell; a missing file is a 404.
	for (const path of ['/service-worker.js', '/clients/some-id/plan']) {
		const r = await request.get(path);
		expect(r.status(), path).toBe(200);
		expect(r.headers()['cache-control'], path).toBe('no-cache');
		expect(r.headers()['content-security-policy'], path).toBe(SECURITY_HEADERS['content-security-policy']);
	}
	expect((await request.get('/clients/some-id/plan')).headers()['content-type']).toMatch(/^text\/html/);
	const missing = await request.get('/no-such-file.js');
	expect(missing.status()).toBe(404);
	// A hashed asset that is not there (a non-atomic deploy) is not cached for a year.
	const missingAsset = await request.get('/_app/immutable/chunks/no-such-chunk.js');
	expect(missingAsset.status()).toBe(404);
	expect(missingAsset.headers()['cache-control'] ?? '').not.toContain('immutable');
	expect(missing.headers()['x-frame-options']).toBe('DENY');
	// A path that climbs out of the build folder never reaches a file outside it.
	for (const path of ['/..%2f..%2fpackage.json', '/../package.json', '/%2e%2e/package.json'])
		expect(await (await request.get(path)).text(), path).not.toContain('"name": "veivalg"');
});

test('framing the app from another origin is refused', async ({ page, baseURL }) => {
	// A page on another origin that frames the app, served from this machine (a page from a
	// public address would be stopped by Chromium's private-network rules before our headers matter).
	const portal = createServer((_, res) =>
		res.writeHead(200, { 'content-type': 'text/html' }).end(`<h1>Portal</h1><iframe src="${baseURL}/"></iframe>`)
	);
	await new Promise<void>((r) => portal.listen(0, '127.0.0.1', r));
	const { port } = portal.address() as AddressInfo;
	try {
		const blocked = page.waitForEvent('console', (m) =>
			/frame-ancestors|X-Frame-Options|refused to display/i.test(m.text())
		);
		await page.goto(`http://127.0.0.1:${port}/`);
		await expect(page.getByRole('heading', { name: 'Portal' })).toBeVisible();
		// Chromium reports the refusal, and nothing of Veivalg renders inside the frame.
		expect((await blocked).text()).toMatch(/frame-ancestors|X-Frame-Options|refused/i);
		const frame = page.frames().find((f) => f !== page.mainFrame())!;
		await page.waitForTimeout(300);
		expect(await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '')).not.toContain('passordfrase');
	} finally {
		portal.close();
	}
});

test('the production bundle carries no test hook: no global reaches the vault or the database', async ({ page }) => {
	// What the shipped files contain…
	const files = (dir: string): string[] =>
		readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
	const js = files('build').filter((f) => f.endsWith('.js'));
	for (const f of js) expect(readFileSync(f, 'utf8'), f).not.toMatch(/__veivalg|window\.(app|vault|backup)\s*=/);
	// …and what an unlocked page exposes: no global object leads to the vault, its key or the data.
	const blank = await page.evaluate(() => Object.getOwnPropertyNames(window));
	await setUp(page);
	const reachable = await page.evaluate((before) => {
		const extra = Object.getOwnPropertyNames(window).filter((n) => !before.includes(n));
		const suspicious: string[] = [];
		const look = (v: unknown, path: string, depth: number) => {
			if (!v || (typeof v !== 'object' && typeof v !== 'function') || depth > 3) return;
			for (const k of Object.getOwnPropertyNames(v).slice(0, 200)) {
				if (/^(vault|unseal|records|db|key|app|backup)$/i.test(k)) suspicious.push(`${path}.${k}`);
				let child: unknown;
				try {
					child = (v as Record<string, unknown>)[k];
				} catch {
					continue;
				}
				look(child, `${path}.${k}`, depth + 1);
			}
		};
		for (const name of extra) look((window as unknown as Record<string, unknown>)[name], name, 0);
		return { extra, suspicious };
	}, blank);
	expect(reachable.suspicious).toEqual([]);
});

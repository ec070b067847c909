import { existsSync } from 'node:fs';
import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';

/**
 * End-to-end tests in Debian's Chromium against the production build
 * (`vite build` first; the web server only serves it).
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync',
	'--disable-quic'
];

/**
 * Ports: .ci/test-all.sh picks two free ones, so two copies of the suite can run on one machine at
 * once; run by hand, the usual 4173 (npm start's) and 4180.
 */
const PORT = Number(process.env.E2E_PORT ?? 4173);
const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? 4180);

/** Debian's nginx: CI installs it (.ci/test-all.sh); without it the nginx project is skipped locally. */
const NGINX = existsSync('/usr/sbin/nginx') || !!process.env.CI;

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results/e2e',
	// A test's limit is there to end one that hangs, not to time it (times belong in `npm run bench`):
	// the axe loop over every mapping step took 23 s alone and passed 60 s with a second suite beside it.
	timeout: 180_000,
	expect: { timeout: 10_000 },
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		baseURL: `http://localhost:${PORT}`,
		locale: 'nb-NO',
		timezoneId: 'Europe/Oslo',
		viewport: { width: 1280, height: 900 },
		launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
		trace: 'off'
	},
	projects: [
		{ name: 'chromium' },
		// The same build behind Debian's nginx with the shipped config: headers, offline, privacy.
		...(NGINX
			? [
					{
						name: 'nginx',
						use: { baseURL: `http://127.0.0.1:${NGINX_PORT}` },
						testMatch: /(deploy|offline|privacy)\.spec\.ts$/
					}
				]
			: [])
	],
	webServer: [
		{
			command: 'node src/serve.mjs build',
			env: { PORT: String(PORT) },
			url: `http://localhost:${PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000
		},
		...(NGINX
			? [
					{
						command: `bash tests/e2e/nginx.sh ${NGINX_PORT}`,
						url: `http://127.0.0.1:${NGINX_PORT}/`,
						reuseExistingServer: !process.env.CI,
						timeout: 60_000
					}
				]
			: [])
	] satisfies PlaywrightTestConfig['webServer']
});

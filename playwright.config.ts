import { defineConfig } from '@playwright/test';

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

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results/e2e',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		baseURL: 'http://localhost:4173',
		locale: 'nb-NO',
		timezoneId: 'Europe/Oslo',
		viewport: { width: 1280, height: 900 },
		launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
		trace: 'off'
	},
	webServer: {
		command: 'node src/serve.mjs build',
		url: 'http://localhost:4173/',
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});

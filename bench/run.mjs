#!/usr/bin/env node
// Performance benchmarks in headless Chromium against the production build.
// Prints a table and writes bench/results.json: { metric: { value, unit, target } }.
// Run: npm run bench   (builds first; BENCH_NO_BUILD=1 measures build/ as it is)
import { chromium } from '@playwright/test';
import { spawn, execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadBackupCode, makeSeedFile, restoreThroughUi } from './seed.mjs';

const PORT = 4191;
const BASE = `http://localhost:${PORT}`;
const PASSPHRASE = 'benchmark passphrase';
const ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync',
	'--disable-quic'
];
const results = {};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
function record(name, value, unit, target) {
	results[name] = { value: round(value), unit, target };
}

// Always measure the current code.
if (!process.env.BENCH_NO_BUILD) execSync('npx vite build', { stdio: 'ignore' });
const server = spawn('node', ['src/serve.mjs', 'build'], {
	env: { ...process.env, PORT: String(PORT) },
	stdio: 'ignore'
});
await new Promise((r) => setTimeout(r, 500));

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });

async function setUp(page) {
	await page.goto(BASE + '/');
	await page.getByLabel('Ny passordfrase').fill(PASSPHRASE);
	await page.getByLabel('Gjenta passordfrasen').fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Lag passordfrase' }).click();
	await page.getByLabel('Jeg har tatt vare på gjenopprettingsnøkkelen').check();
	await page.getByRole('button', { name: 'Fortsett' }).click();
	await page.getByRole('heading', { name: 'Veisøkere', level: 1 }).waitFor();
}

/** Types each query into the page's search box a letter at a time; ms from each keystroke to the next painted frame. */
function timeKeystrokes(page, queries) {
	return page.evaluate(async (queries) => {
		const input = document.querySelector('input[type="search"]');
		const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
		const type = (value) => {
			input.value = value;
			input.dispatchEvent(new Event('input', { bubbles: true }));
		};
		const out = [];
		for (const query of queries) {
			for (let i = 1; i <= query.length; i++) {
				const t0 = performance.now();
				type(query.slice(0, i));
				await frame();
				out.push(performance.now() - t0);
			}
			type('');
			await frame();
		}
		return out;
	}, queries);
}

/** BENCH_ONLY=pdf,catalogue runs only those parts (firstScreen, offline, clients, handover, catalogue, pdf), for quick iteration. */
const ONLY = process.env.BENCH_ONLY?.split(',');
const want = (name) => !ONLY || ONLY.includes(name);

/**
 * BENCH_PROFILE=1: a CPU profile (Chrome's own sampler) of the named work, written to
 * bench/profile-<name>.cpuprofile (open it in DevTools' Performance panel), and the 12 costliest
 * functions by own time, over every call under the same name, printed at the end, so what is slow
 * is measured, not guessed. A build without minifying names them: npx vite build --minify false.
 */
const profiles = new Map();
async function profiled(page, name, work) {
	if (process.env.BENCH_TRACE) return traced(page, name, work);
	if (!process.env.BENCH_PROFILE) return work();
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
	await cdp.send('Profiler.start');
	const out = await work();
	const { profile } = await cdp.send('Profiler.stop');
	await cdp.detach();
	writeFileSync(`bench/profile-${name}.cpuprofile`, JSON.stringify(profile));
	const self = profiles.get(name) ?? new Map();
	profiles.set(name, self);
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	profile.samples.forEach((id, i) => {
		const f = byId.get(id).callFrame;
		const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
		self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
	});
	return out;
}
/**
 * Waits until every process of the browser together used under 5 ms of CPU in 100 ms (at most 5 s),
 * then for the page to be idle: work another process still does (the PDF viewer drawing a preview)
 * competes for the same two cores with what is measured next.
 */
async function browserQuiet(page) {
	const cdp = await browser.newBrowserCDPSession();
	const cpu = async () => (await cdp.send('SystemInfo.getProcessInfo')).processInfo.reduce((s, p) => s + p.cpuTime, 0);
	const start = Date.now();
	for (let before = await cpu(); Date.now() - start < 5000;) {
		await new Promise((r) => setTimeout(r, 100));
		const now = await cpu();
		if (now - before < 0.005) break;
		before = now;
	}
	await cdp.detach();
	await page.evaluate(() => new Promise((r) => requestIdleCallback(r)));
}

/**
 * BENCH_TRACE=1: a Chrome trace of the named work (bench/trace-<name>.json, for DevTools), summed
 * over every call: where the renderer's main thread spent the time (script, style and layout,
 * paint, garbage collection, IndexedDB, …) by the trace's own event names, own time only.
 */
const traces = new Map();
async function traced(page, name, work) {
	await browser.startTracing(page, {
		categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'IndexedDB']
	});
	const out = await work();
	const json = JSON.parse((await browser.stopTracing()).toString());
	writeFileSync(`bench/trace-${name}.json`, JSON.stringify(json));
	const events = (json.traceEvents ?? json).filter((e) => e.ph === 'X' && e.dur);
	// The page's main thread: where the click was dispatched.
	const click = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
	const mine = events.filter((e) => click && e.pid === click.pid && e.tid === click.tid);
	// Own time: an event's duration less its direct children's (events nest on one thread).
	mine.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
	const sums = traces.get(name) ?? new Map();
	traces.set(name, sums);
	const stack = [];
	for (const e of mine) {
		while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
		if (stack.length) stack.at(-1).own -= e.dur;
		e.own = e.dur;
		stack.push(e);
	}
	for (const e of mine) sums.set(e.name, (sums.get(e.name) ?? 0) + e.own / 1000);
	return out;
}

function printProfiles() {
	for (const [name, sums] of traces) {
		console.log(`\ntrace ${name}: renderer main thread, own time`);
		for (const [key, ms] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 16))
			console.log(`  ${String(round(ms)).padStart(8)} ms  ${key}`);
	}
	for (const [name, self] of profiles) {
		const total = [...self.values()].reduce((a, b) => a + b, 0);
		console.log(`\nprofile ${name}: ${round(total)} ms sampled`);
		for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 12))
			console.log(`  ${String(round(ms)).padStart(8)} ms  ${key}`);
	}
}

async function unlock(page) {
	await page.getByLabel('Passordfrase', { exact: true }).fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Lås opp' }).click();
}

try {
	// 1. JS + CSS loaded before a screen can be used (gzip as a server would send it): the setup
	// screen of a first visit, and the lock screen a returning counsellor opens every day.
	if (want('firstScreen')) {
		/** Gzip sizes of every script and stylesheet the page loads from now on (worker scripts included). */
		const watch = (page) => {
			const bodies = [];
			page.on('response', (res) => {
				const type = res.request().resourceType();
				if (type === 'script' || type === 'stylesheet' || res.url().includes('/workers/'))
					bodies.push(
						res
							.body()
							.then((b) => gzipSync(b, { level: 9 }).length)
							.catch(() => 0)
					);
			});
			return async () => (await Promise.all(bodies)).reduce((a, b) => a + b, 0) / 1024;
		};
		const context = await browser.newContext();
		const page = await context.newPage();
		const setupKb = watch(page);
		await page.goto(BASE + '/');
		await page.getByLabel('Ny passordfrase').waitFor();
		record('first_screen_js_css_gzip_kb', await setupKb(), 'KB', 100);
		await context.close();

		// A returning counsellor: set up once, then a fresh tab with an empty cache opens the lock screen.
		const returning = await browser.newContext({ serviceWorkers: 'block' });
		await setUp(await returning.newPage());
		const again = await returning.newPage();
		const cdp = await returning.newCDPSession(again);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		const lockKb = watch(again);
		await again.goto(BASE + '/');
		await again.getByLabel('Passordfrase', { exact: true }).waitFor();
		record('lock_screen_js_css_gzip_kb', await lockKb(), 'KB', 100);
		await returning.close();
	}

	// 2. Repeat visit with no network: navigation to the unlock field ready for typing.
	if (want('offline')) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await setUp(page);
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller)
				await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
		});
		await context.setOffline(true);
		const times = [];
		for (let i = 0; i < 7; i++) {
			const p = await context.newPage();
			const t0 = Date.now();
			await p.goto(BASE + '/');
			await p.getByLabel('Passordfrase', { exact: true }).waitFor({ state: 'visible' });
			await p.getByLabel('Passordfrase', { exact: true }).focus();
			times.push(Date.now() - t0);
			await p.close();
		}
		record('offline_repeat_tti_ms', median(times), 'ms', 1000);
		await context.close();
	}

	// 3 and 4. 2,000 clients (BENCH_CLIENTS=10000 for the large case) with every record kind filled:
	// first render of the list, and search per keystroke.
	if (want('clients')) {
		const N = Number(process.env.BENCH_CLIENTS ?? 2000);
		const context = await browser.newContext({ acceptDownloads: true });
		const page = await context.newPage();
		await setUp(page);
		const seed = await makeSeedFile(N, PASSPHRASE);
		await restoreThroughUi(page, seed.content, PASSPHRASE);
		await page.locator('header nav a[href="/"]').click();
		await page.getByTestId('client-list').waitFor();
		const renders = [];
		for (let i = 0; i < 5; i++) {
			await page.getByRole('link', { name: 'Innstillinger' }).click();
			await page.getByRole('heading', { name: 'Innstillinger', level: 1 }).waitFor();
			renders.push(
				await page.evaluate(async () => {
					const link = document.querySelector('nav a[href="/"]');
					const t0 = performance.now();
					link.click();
					// The list shows a first page of rows; the rest come on "show more".
					while (document.querySelectorAll('[data-testid="client-list"] tbody tr').length < 100)
						await new Promise((r) => requestAnimationFrame(r));
					await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
					return performance.now() - t0;
				})
			);
		}
		record(`client_list_render_${N}_ms`, median(renders), 'ms', 300);

		const perKey = await timeKeystrokes(page, ['nordmann', 'ol', 'kaut', 'ås']);
		record(`client_search_${N}_ms`, median(perKey), 'ms', 50);
		results[`client_search_${N}_ms`].max = round(Math.max(...perKey));

		// Opening a full client (profile, 3 sessions, all three modules, consent, plan): click in the
		// list to the client's screen ready, all records decrypted and checked.
		const opens = [];
		for (let i = 0; i < 7; i++) {
			opens.push(
				await page.evaluate(async (row) => {
					const link = document.querySelectorAll('[data-testid="client-list"] tbody a')[row];
					const t0 = performance.now();
					link.click();
					while (document.querySelectorAll('[aria-labelledby="sessions-h"] tbody tr').length < 3)
						await new Promise((r) => requestAnimationFrame(r));
					await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
					const ms = performance.now() - t0;
					document.querySelector('nav a[href="/"]').click();
					while (!document.querySelector('[data-testid="client-list"]'))
						await new Promise((r) => requestAnimationFrame(r));
					return ms;
				}, i * 3)
			);
		}
		record('open_client_full_ms', median(opens), 'ms', 150);
		results.open_client_full_ms.max = round(Math.max(...opens));

		// Statistikk for this year over 2,000 full clients: click in the menu to every chart and
		// table drawn (records read and decrypted, rows made anonymous, counted, rendered).
		// First the first visit after unlock, as a counsellor makes it: lock, unlock, the list is
		// on screen and looked at for a moment (1.5 s), then Statistikk. And once at once, as a
		// worst case: the click the moment the list is drawn.
		/** Menu click to every chart drawn, then back to the list: the time, and the client count shown. */
		const visitStatistics = () =>
			page.evaluate(async () => {
				const t0 = performance.now();
				document.querySelector('nav a[href="/statistics"]').click();
				while (!document.querySelector('[data-testid="breakdown-age-band"] tbody tr'))
					await new Promise((r) => requestAnimationFrame(r));
				await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
				const ms = performance.now() - t0;
				const clients = document.querySelector('[data-testid="stat-clients"]').textContent;
				document.querySelector('nav a[href="/"]').click();
				while (!document.querySelector('[data-testid="client-list"]'))
					await new Promise((r) => requestAnimationFrame(r));
				return { ms, clients };
			});
		const unlocks = [];
		const lockedThenStats = async (pause) => {
			await page.getByRole('button', { name: 'Lås', exact: true }).click();
			// Unlock: from «Lås opp» to the list on screen (the passphrase's PBKDF2, every client opened).
			await page.getByLabel('Passordfrase', { exact: true }).fill(PASSPHRASE);
			// Timed in the page, like every other figure here: the click on «Lås opp» to the list drawn
			// (Playwright's own click and wait add its round trips and actionability checks).
			unlocks.push(
				await page.evaluate(async () => {
					const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Lås opp');
					const t0 = performance.now();
					button.click();
					while (!document.querySelector('[data-testid="client-list"] tbody tr'))
						await new Promise((r) => requestAnimationFrame(r));
					await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
					return performance.now() - t0;
				})
			);
			await page.waitForTimeout(pause);
			return (await visitStatistics()).ms;
		};
		const firsts = [];
		for (let i = 0; i < 3; i++) firsts.push(await lockedThenStats(1500));
		record(`statistics_${N}_first_ms`, median(firsts), 'ms', N > 2000 ? 1500 : 300);
		results[`statistics_${N}_first_ms`].runs = firsts.map(round);
		results[`statistics_${N}_first_ms`].at_once = round(
			await profiled(page, `unlock-statistics-${N}`, () => lockedThenStats(0))
		);
		record(`unlock_${N}_ms`, median(unlocks), 'ms', 1000);
		results[`unlock_${N}_ms`].runs = unlocks;
		const statsRuns = [];
		for (let i = 0; i < 6; i++) statsRuns.push(await visitStatistics());
		// The first run also loads the page's code; the median is a counsellor's every-day open.
		record(`statistics_${N}_ms`, median(statsRuns.slice(1).map((r) => r.ms)), 'ms', 300);
		results[`statistics_${N}_ms`].first = round(statsRuns[0].ms);
		results[`statistics_${N}_ms`].clients_counted = statsRuns[0].clients;

		// 5 and 6. Backup of everything through Innstillinger, and restore on a second "laptop".
		await page.getByRole('link', { name: 'Innstillinger' }).click();
		const backupMs = [];
		let file = '';
		for (let i = 0; i < 3; i++) {
			await page.locator('#backup-passphrase').fill(PASSPHRASE);
			const t0 = Date.now();
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: 'Last ned sikkerhetskopi' }).click()
			]);
			const path = await download.path();
			backupMs.push(Date.now() - t0);
			if (i === 0) file = readFileSync(path, 'utf8');
		}
		// Like restore's, the target grows with the clients: 5 s at 2,000 (backup reads and seals every row).
		record(`backup_${N}_ms`, median(backupMs), 'ms', N * 2.5);
		results[`backup_${N}_ms`].file_mb = round(file.length / 1e6, 2);
		results[`backup_${N}_ms`].records = seed.records;

		const other = await browser.newContext();
		const page2 = await other.newPage();
		await setUp(page2);
		const restoreMs = await restoreThroughUi(page2, file, PASSPHRASE);
		const added = Number((await page2.getByTestId('restore-report').textContent()).match(/(\d+)/)[1]);
		if (added !== seed.records) throw new Error(`restore added ${added} records, expected ${seed.records}`);
		record(`restore_${N}_ms`, restoreMs, 'ms', N * 5);
		await other.close();
		await context.close();
	}

	// Handover between two laptops: 1 and 200 full clients made into a file on A (records read,
	// sealed under a new code), and taken on B (file read and checked, preview, merged in), through
	// the «Overføring» page as a counsellor does it; then A erases the 200 once delivered.
	if (want('handover')) {
		const [ctxA, ctxB] = [await browser.newContext({ acceptDownloads: true }), await browser.newContext()];
		const [a, b] = [await ctxA.newPage(), await ctxB.newPage()];
		await setUp(a);
		await setUp(b);
		const seed = await makeSeedFile(201, PASSPHRASE);
		await restoreThroughUi(a, seed.content, PASSPHRASE);
		const recordsPerClient = seed.records / 201;
		const handOver = async (count) => {
			await a.locator('header nav a[href="/handover"]').click();
			if (count === 1) await a.locator('.clients input[type=checkbox]').first().check();
			else await a.getByRole('button', { name: 'Velg alle som vises' }).click();
			await a
				.getByTestId('handover-selected')
				.getByText(count === 1 ? '1 veisøker valgt' : `${count} veisøkere valgt`)
				.waitFor();
			const t0 = Date.now();
			const [download] = await Promise.all([
				a.waitForEvent('download'),
				a.getByRole('button', { name: 'Lag overføringsfil' }).click()
			]);
			const code = (await a.getByTestId('handover-code').textContent()).trim();
			const made = Date.now() - t0;
			const content = readFileSync(await download.path());
			await b.locator('header nav a[href="/handover"]').click();
			await b
				.locator('#handover-file')
				.setInputFiles({ name: 'h.veivalg', mimeType: 'application/json', buffer: content });
			await b.locator('#handover-code').fill(code);
			const t1 = Date.now();
			await b.getByRole('button', { name: 'Åpne filen' }).click();
			await b.getByTestId('handover-preview').waitFor({ timeout: 120_000 });
			const previewed = Date.now() - t1;
			await b.getByRole('button', { name: /^Ta imot \d+ veisøker/ }).click();
			await b.getByTestId('handover-report').waitFor({ timeout: 120_000 });
			const taken = Date.now() - t1;
			const t2 = Date.now();
			await a.getByRole('button', { name: 'Filen er levert' }).click();
			await a.getByTestId('handover-done').waitFor({ timeout: 120_000 });
			return { made, previewed, taken, erased: Date.now() - t2, kb: content.length / 1024 };
		};
		const one = await handOver(1);
		record('handover_make_1_ms', one.made, 'ms', 2000);
		record('handover_take_1_ms', one.taken, 'ms', 2000);
		results.handover_take_1_ms.preview_ms = one.previewed;
		const many = await handOver(200);
		record('handover_make_200_ms', many.made, 'ms', 5000);
		results.handover_make_200_ms.file_kb = round(many.kb);
		results.handover_make_200_ms.records = 200 * recordsPerClient;
		record('handover_take_200_ms', many.taken, 'ms', 5000);
		results.handover_take_200_ms.preview_ms = many.previewed;
		record('handover_erase_200_ms', many.erased, 'ms', 2000);
		await ctxA.close();
		await ctxB.close();
	}

	// 7. Trade catalogue search, per keystroke, over all 191 trades (rendered results).
	if (want('catalogue')) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await setUp(page);
		await page.locator('header nav a[href="/catalogue"]').click();
		await page.getByTestId('trade-list').waitFor();
		const perKey = await timeKeystrokes(page, [
			'snekker',
			'helsefagarbeider',
			'tomrer',
			'bil mekaniker',
			'rør',
			'elektrikker',
			'tømmrer'
		]);
		record('catalogue_search_ms', median(perKey), 'ms', 20);
		results.catalogue_search_ms.max = round(Math.max(...perKey));
		await context.close();
	}

	// 8. The client's plan PDF: click to file, first time (loads jsPDF and the font) and warm; size of a 4-page plan.
	if (want('pdf')) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await setUp(page);
		// A 4-page plan: many steps and companies with Sámi, Polish and Cyrillic names.
		const { encodeBackup } = await loadBackupCode();
		const at = new Date().toISOString();
		const clientId = crypto.randomUUID();
		const long = 'Veisøkeren ringer bedriften, avtaler et møte og tar med CV og attester fra tidligere arbeid. ';
		const base = (kind) => ({ id: `${clientId}/${kind}`, clientId, createdAt: at, updatedAt: at });
		const content = await encodeBackup(
			[
				{ kind: 'client', data: { id: clientId, name: 'Áila Niillasdóttir Čoarvi', createdAt: at, updatedAt: at } },
				{
					kind: 'mapping',
					data: {
						...base('mapping'),
						experience: Array.from({ length: 6 }, (_, i) => ({
							id: `e${i}`,
							type: 'job',
							employer: `Bedrift ${i} AS`,
							role: 'Tømrerhjelper',
							start: `201${i}-01`,
							end: `201${i}-12`,
							percent: 80,
							tasks: ''
						}))
					}
				},
				{
					kind: 'consent',
					data: {
						...base('consent'),
						entries: [
							{
								id: 'c',
								at,
								purpose: 'plan',
								sections: ['experience', 'education', 'strengths', 'interests', 'goals'],
								withdrawn: false
							}
						]
					}
				},
				{
					kind: 'plan',
					data: {
						...base('plan'),
						goal: { occupation: 'Tømrer', tradeCode: 'BATMF3----', route: 'praksiskandidat' },
						nextStep: long,
						planB: long.repeat(3),
						steps: Array.from({ length: 34 }, (_, i) => ({
							id: `s${i}`,
							what: `Steg ${i + 1}: ${long}`,
							owner: 'client',
							deadline: `2027-${String((i % 12) + 1).padStart(2, '0')}-15`,
							status: 'planned',
							needsNavDecision: i % 5 === 0,
							needsFunding: false
						})),
						companies: Array.from({ length: 6 }, (_, i) => ({
							id: `c${i}`,
							name: `Łukasz Wróbel Bygg ${i} AS`,
							contact: 'Олена Коваленко',
							phone: '900 00 000',
							email: '',
							note: ''
						}))
					}
				}
			],
			PASSPHRASE
		);
		await restoreThroughUi(page, content, PASSPHRASE);
		await page.goto(`${BASE}/clients/${clientId}/plan`);
		await unlock(page);
		const panel = page.getByTestId('plan-pdf');
		await panel.waitFor();
		const once = (testid = 'plan-pdf') =>
			page.evaluate(async (testid) => {
				const panel = document.querySelector(`[data-testid="${testid}"]`);
				const old = panel.querySelector('a[download]')?.getAttribute('href');
				const t0 = performance.now();
				panel.querySelector('button').click();
				for (;;) {
					const href = panel.querySelector('a[download]')?.getAttribute('href');
					if (href && href !== old) break;
					await new Promise((r) => setTimeout(r, 2));
				}
				const ms = performance.now() - t0;
				// Our CSP forbids fetching blob: URLs, so the panel reports size and pages itself.
				const link = panel.querySelector('a[download]');
				return { ms, kb: Number(link.dataset.bytes) / 1024, pages: Number(link.dataset.pages) };
			}, testid);
		const first = await once();
		const warm = [];
		// Between clicks the page settles as it does for a counsellor, who looks at the preview: the
		// preview of the last PDF has loaded (its frame's load event, heard by the document), and the
		// PDF viewer, which draws it in a process of its own for some 600 ms after that, is done. A
		// fixed 300 ms was too short for it on two cores, so the next click raced the last preview's
		// drawing and the warm numbers scattered from 19 to 97 ms.
		await page.evaluate(() =>
			document.addEventListener(
				'load',
				(e) => e.target.tagName === 'IFRAME' && (window.__previewLoaded = e.target.src),
				true
			)
		);
		const settle = async () => {
			await page.evaluate(async () => {
				const href = document.querySelector('[data-testid="plan-pdf"] a[download]')?.getAttribute('href');
				const until = performance.now() + 5000;
				while (window.__previewLoaded !== href && performance.now() < until)
					await new Promise((r) => setTimeout(r, 20));
			});
			await browserQuiet(page);
		};
		for (let i = 0; i < Number(process.env.BENCH_PDF_RUNS ?? 5); i++) {
			await settle();
			warm.push((await profiled(page, 'plan-pdf-warm', once)).ms);
		}
		// Made again after a small edit, as a counsellor does after fixing a typo: the next step gets
		// one more word each time (saved before the click, so the click reads a changed file).
		const edited = [];
		const nextStep = page.getByLabel('Neste steg', { exact: true });
		for (let i = 0; i < Number(process.env.BENCH_PDF_RUNS ?? 5); i++) {
			await nextStep.fill(`${long}Ord ${i}.`);
			await page.locator('[data-save-status="saved"]').first().waitFor();
			await settle();
			edited.push((await once()).ms);
		}
		record('plan_pdf_first_ms', first.ms, 'ms', 1500);
		record('plan_pdf_warm_ms', median(warm), 'ms', 100);
		record('plan_pdf_after_edit_ms', median(edited), 'ms', 100);
		record('plan_pdf_size_kb', first.kb, 'KB', 40);
		results.plan_pdf_size_kb.pages = first.pages;
		// The fridge note from the same plan, warm (jsPDF and the font already loaded): median of 5.
		const fridge = [];
		let notePages = 0;
		for (let i = 0; i < 5; i++) {
			await settle();
			const r = await once('fridge-note');
			fridge.push(r.ms);
			notePages = r.pages;
		}
		record('fridge_note_ms', median(fridge), 'ms', 100);
		results.fridge_note_ms.pages = notePages;
		await context.close();
	}
	printProfiles();
} finally {
	await browser.close();
	server.kill();
}

// Later benchmarks add to the same file; keep what other runs wrote.
const file = 'bench/results.json';
const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
writeFileSync(file, JSON.stringify({ ...previous, ...results }, null, 2) + '\n');

console.log('\nmetric                          value      target   ok');
for (const [name, r] of Object.entries(results))
	console.log(
		`${name.padEnd(32)}${`${r.value} ${r.unit}`.padEnd(11)}${`≤ ${r.target}`.padEnd(9)}${r.value <= r.target ? 'yes' : 'NO'}`
	);

#!/usr/bin/env node
// Lighthouse (desktop) against `npm start`'s server on the production build, in Debian's Chromium.
// Lighthouse is fetched with npx on demand (12.x: the last line that runs on Node 20) rather than
// installed with the project: it is a measuring tool, not something the tests or the app need.
// Run: npm run bench:lighthouse   (after npm run build). Adds to bench/results.json.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = 4193;
const server = spawn('node', ['src/serve.mjs', 'build'], {
	env: { ...process.env, PORT: String(PORT) },
	stdio: 'ignore'
});
await new Promise((r) => setTimeout(r, 600));
const scratch = mkdtempSync(join(tmpdir(), 'lh-'));
const out = join(scratch, 'report.json');
try {
	execFileSync(
		'npx',
		[
			'--yes',
			'lighthouse@12.8.2',
			`http://localhost:${PORT}/`,
			'--quiet',
			'--preset=desktop',
			`--chrome-path=${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}`,
			'--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run',
			'--output=json',
			`--output-path=${out}`
		],
		{ stdio: 'inherit', cwd: tmpdir() }
	);
} finally {
	server.kill();
}
const report = JSON.parse(readFileSync(out, 'utf8'));
rmSync(scratch, { recursive: true, force: true });
const results = {};
const targets = { performance: 95, accessibility: 100, 'best-practices': 100 };
for (const [id, target] of Object.entries(targets))
	results[`lighthouse_${id.replace('-', '_')}`] = {
		value: Math.round(report.categories[id].score * 100),
		unit: 'score',
		target,
		atLeast: true
	};
results.lighthouse_text_compression = {
	value: report.audits['uses-text-compression'].score === 1 ? 1 : 0,
	unit: 'pass',
	target: 1,
	atLeast: true
};
const file = 'bench/results.json';
const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
writeFileSync(file, JSON.stringify({ ...previous, ...results }, null, 2) + '\n');
console.log('\nmetric                          value      target   ok');
for (const [name, r] of Object.entries(results))
	console.log(
		`${name.padEnd(32)}${`${r.value} ${r.unit}`.padEnd(11)}${`≥ ${r.target}`.padEnd(9)}${r.value >= r.target ? 'yes' : 'NO'}`
	);

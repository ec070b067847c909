#!/usr/bin/env node
// Serves the production build (build/) as a county's web server would: precompressed
// assets (brotli/gzip, made by the build), the single-page-app fallback, the security
// headers of src/security-headers.mjs, long caching only for hashed assets.
// sirv does the file serving: path normalisation (no escape from build/), ranges, ETags
// and content negotiation of the precompressed files, which a hand-written server got wrong.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { cacheControl, SECURITY_HEADERS } from './security-headers.mjs';

const root = resolve(process.argv[2] ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

if (!existsSync(join(root, 'index.html'))) {
	console.error(`No build found in ${root}. Run "npm run build" first.`);
	process.exit(1);
}

const assets = sirv(root, {
	single: true,
	brotli: true,
	gzip: true,
	etag: true,
	setHeaders(res, pathname) {
		res.setHeader('cache-control', cacheControl(pathname));
	}
});

createServer((req, res) => {
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
	assets(req, res, () => {
		res.statusCode = 404;
		res.setHeader('content-type', 'text/plain; charset=utf-8');
		res.end('not found');
	});
}).listen(port, host, () => console.log(`Veivalg is running at http://localhost:${port}/`));

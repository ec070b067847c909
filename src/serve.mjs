#!/usr/bin/env node
// Serves the production build (build/) on localhost with the single-page-app
// fallback, exactly as any static host would. No dependencies.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.txt': 'text/plain; charset=utf-8'
};

if (!existsSync(join(root, 'index.html'))) {
	console.error(`No build found in ${root}. Run "npm run build" first.`);
	process.exit(1);
}

createServer((req, res) => {
	const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
	let file = normalize(join(root, path));
	if (!file.startsWith(root)) return void res.writeHead(403).end();
	if (!existsSync(file) || statSync(file).isDirectory()) {
		// Unknown paths without a file extension are app routes: serve the shell.
		if (extname(path)) return void res.writeHead(404).end('not found');
		file = join(root, 'index.html');
	}
	const immutable = path.startsWith('/_app/immutable/');
	res.writeHead(200, {
		'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
		'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'no-referrer'
	});
	createReadStream(file).pipe(res);
}).listen(port, host, () => console.log(`Veivalg is running at http://localhost:${port}/`));

/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, version } from '$service-worker';

/**
 * Precaches the whole app (code, styles, fonts, locale chunks, icons) so it
 * opens with no network. Every navigation gets the app shell, so a cold
 * reload of a deep link (/clients/…) works offline. A new version waits until
 * the page asks for it (see updates.svelte.ts).
 */

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `veivalg-${version}`;
const SHELL = '/';
const ASSETS = new Set([...build, ...files, SHELL]);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...ASSETS])));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const req = event.request;
	if (req.method !== 'GET') return;
	const url = new URL(req.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			const key = req.mode === 'navigate' ? SHELL : url.pathname;
			const hit = ASSETS.has(key) ? await cache.match(key) : undefined;
			return hit ?? fetch(req);
		})()
	);
});

import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Content security policy: everything from our own origin, no inline scripts
 * (SvelteKit's bootstrap script is allowed by hash), no connections elsewhere.
 * @type {import('@sveltejs/kit').Config}
 */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A single-page app: every route falls back to index.html, which the
		// service worker precaches, so deep links open offline on a cold reload.
		adapter: adapter({ fallback: 'index.html', strict: true, precompress: true }),
		// Absolute asset paths: the same shell is served for every deep link.
		paths: { relative: false },
		alias: { $locales: 'locales' },
		serviceWorker: { register: false },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'frame-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'manifest-src': ['self']
			}
		},
		version: { pollInterval: 0 }
	}
};

export default config;

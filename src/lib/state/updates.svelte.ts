import { flushAll } from './autosave.svelte';

/**
 * A new version of the app is offered, never forced: the new service worker
 * waits until the counsellor says yes, and every pending save completes
 * before the page reloads.
 */
class Updates {
	available = $state(false);
	#waiting: ServiceWorker | null = null;

	async register() {
		if (!('serviceWorker' in navigator)) return;
		const reg = await navigator.serviceWorker.register('/service-worker.js', {
			type: import.meta.env.DEV ? 'module' : 'classic'
		});
		const offer = (w: ServiceWorker | null) => {
			if (w && navigator.serviceWorker.controller) {
				this.#waiting = w;
				this.available = true;
			}
		};
		offer(reg.waiting);
		reg.addEventListener('updatefound', () => {
			const w = reg.installing;
			w?.addEventListener('statechange', () => {
				if (w.state === 'installed') offer(w);
			});
		});
		let reloading = false;
		navigator.serviceWorker.addEventListener('controllerchange', () => {
			if (reloading || !this.#waiting) return;
			reloading = true;
			location.reload();
		});
	}

	async apply() {
		await flushAll();
		this.#waiting?.postMessage({ type: 'SKIP_WAITING' });
	}
}

export const updates = new Updates();

import { SvelteMap } from 'svelte/reactivity';
import { app } from './app.svelte';
import { clients } from './clients.svelte';
import { events } from './events';

/**
 * Which client each open tab is editing, so two tabs never silently overwrite
 * each other. Tabs announce themselves on a BroadcastChannel; nothing leaves
 * the browser.
 */

type Message =
	| { type: 'presence'; tab: string; clientId: string | null }
	| { type: 'who' }
	| { type: 'lock' }
	| { type: 'clientDeleted'; clientId: string };

class TabPresence {
	/** Client ids open in other tabs. */
	others = new SvelteMap<string, string | null>();
	#me = crypto.randomUUID();
	#current: string | null = null;
	#channel: BroadcastChannel | null = null;

	start() {
		if (this.#channel || typeof BroadcastChannel === 'undefined') return;
		this.#channel = new BroadcastChannel('veivalg-tabs');
		this.#channel.onmessage = (e: MessageEvent<Message>) => {
			const m = e.data;
			if (m.type === 'who') this.#announce();
			else if (m.type === 'lock') void app.lock(true);
			else if (m.type === 'clientDeleted') {
				clients.remove(m.clientId);
				void events.emit('clientDeleted', { clientId: m.clientId, remote: true });
			} else if (m.tab !== this.#me) this.others.set(m.tab, m.clientId);
		};
		// A lock or a deletion here reaches every other tab of the app.
		events.on('locked', ({ remote }) => {
			if (!remote) this.#post({ type: 'lock' });
		});
		// A new data key here: the others hold the old one, so they lock (and write what they have first).
		events.on('keysChanging', () => this.#post({ type: 'lock' }));
		events.on('clientDeleted', ({ clientId, remote }) => {
			if (!remote) this.#post({ type: 'clientDeleted', clientId });
		});
		window.addEventListener('pagehide', () => this.#post({ type: 'presence', tab: this.#me, clientId: null }));
		this.#post({ type: 'who' });
	}

	editing(clientId: string | null) {
		this.#current = clientId;
		this.#announce();
	}

	isOpenElsewhere(clientId: string): boolean {
		for (const id of this.others.values()) if (id === clientId) return true;
		return false;
	}

	#announce() {
		this.#post({ type: 'presence', tab: this.#me, clientId: this.#current });
	}

	#post(m: Message) {
		this.#channel?.postMessage(m);
	}
}

export const tabs = new TabPresence();

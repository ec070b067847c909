import { SvelteMap } from 'svelte/reactivity';

/**
 * Which client each open tab is editing, so two tabs never silently overwrite
 * each other. Tabs announce themselves on a BroadcastChannel; nothing leaves
 * the browser.
 */

type Message = { type: 'presence'; tab: string; clientId: string | null } | { type: 'who' };

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
			else if (m.tab !== this.#me) this.others.set(m.tab, m.clientId);
		};
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

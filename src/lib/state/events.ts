/**
 * App-wide happenings that several state modules react to, typed. Replaces
 * single callback slots: any number of listeners, and `emit` waits for them
 * all (unlock finishes only when every listener has loaded what it needs).
 */

export interface AppEvents {
	/** The vault is open; load what depends on it. */
	unlocked: void;
	/** The vault is closed; forget decrypted data. `remote`: another tab locked, and this one followed. */
	locked: { remote: boolean };
	/** This tab is about to seal everything under a new data key: other tabs must lock first. */
	keysChanging: void;
	/** A client and all their records were deleted, here or (`remote`) in another tab. */
	clientDeleted: { clientId: string; remote: boolean };
}

type Listener<E extends keyof AppEvents> = (payload: AppEvents[E]) => void | Promise<void>;

class EventBus {
	#listeners = new Map<keyof AppEvents, Set<Listener<never>>>();

	/** Returns a function that removes the listener. */
	on<E extends keyof AppEvents>(event: E, listener: Listener<E>): () => void {
		let set = this.#listeners.get(event);
		if (!set) this.#listeners.set(event, (set = new Set()));
		set.add(listener as Listener<never>);
		return () => set.delete(listener as Listener<never>);
	}

	async emit<E extends keyof AppEvents>(
		event: E,
		...[payload]: AppEvents[E] extends void ? [] : [AppEvents[E]]
	): Promise<void> {
		const set = this.#listeners.get(event);
		if (!set) return;
		await Promise.all([...set].map((l) => (l as Listener<E>)(payload as AppEvents[E])));
	}
}

export const events = new EventBus();

import { AppError } from '../domain/app-error';
import { defaultSettings, idleLimitMinutes, type Settings } from '../domain/settings';
import type { VeivalgDb } from '../storage/db';
import { rotateKeys } from '../storage/keyring';
import {
	changeKeyPassphrase,
	KEYRING,
	loadKeyring,
	loadSettings,
	recoverKey,
	saveSettings,
	setupKeys,
	unlockKey,
	type MetaStore
} from '../storage/keystore';
import { readMetaRaw } from '../storage/meta-raw';
import type { ClientListRead, Vault } from '../storage/vault';

/** localStorage key of the last activity in any tab: a time, nothing else. */
const SHARED_ACTIVITY = 'veivalg:lastActivity';
const SHARE_EVERY_MS = 5_000;

/** The vault and every record schema: loaded at unlock, not on the first screen. */
const vaultModule = () => import('../storage/vault');
async function openVault(db: VeivalgDb, key: CryptoKey): Promise<Vault> {
	const { Vault } = await vaultModule();
	return new Vault(db, key);
}
import { flushAll, hasFailedWrites, reloadPage } from './autosave.svelte';
import { clients } from './clients.svelte';
import { events } from './events';
import { i18n } from './i18n.svelte';

/**
 * The app's lock and the things every screen needs: the open vault, the
 * counsellor's settings, and the state of the database connection.
 */

export type LockStatus = 'loading' | 'setup' | 'recoveryKey' | 'locked' | 'unlocked' | 'failed';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

class AppState {
	status = $state<LockStatus>('loading');
	settings = $state<Settings>(defaultSettings());
	/** Set once at setup, shown once, then forgotten. */
	recoveryKey = $state<string | null>(null);
	/** Another tab upgraded the database: this tab must reload. */
	needsReload = $state(false);
	/**
	 * Locked, and the page is about to reload: until it has, nothing may be unlocked. A reload is the
	 * one way to be sure no decrypted client text stays reachable in memory (a PDF's object URL, a
	 * closed screen a download link kept alive, Svelte's and the browser's caches).
	 */
	clearing = $state(false);
	persisted = $state<boolean | null>(null);

	#dexie: VeivalgDb | null = null;
	#opening: Promise<VeivalgDb> | null = null;
	#vault: Vault | null = null;
	/** The writes a lock let finish (each holds the vault it began with); the next unlock waits for them. */
	#finishing: Promise<void> = Promise.resolve();
	#idleTimer: ReturnType<typeof setInterval> | undefined;
	/** Wall-clock time of the last activity: a laptop that slept an hour must lock on waking, whatever timers did meanwhile. */
	#lastActivity = Date.now();

	/**
	 * Dexie and the database layout, loaded when first needed (unlock, setup,
	 * a saved setting) so the lock screen stays small.
	 */
	database(): Promise<VeivalgDb> {
		this.#opening ??= import('../storage/db').then(({ VeivalgDb }) => {
			const db = new VeivalgDb();
			db.on('versionchange', () => {
				// Let the other tab upgrade; we must not write with the old schema.
				void flushAll().finally(() => db.close());
				this.needsReload = true;
				return false;
			});
			this.#dexie = db;
			return db;
		});
		return this.#opening;
	}

	/** The open database; only after unlock (or setup). */
	get db(): VeivalgDb {
		if (!this.#dexie) throw new Error('database not open');
		return this.#dexie;
	}

	/** Keyring and settings: read without Dexie until it is loaded; a write loads it. */
	readonly meta: MetaStore = {
		// Dexie's own table once it is loaded (its connection sees its own writes at once).
		get: async (key) => (this.#dexie ? (await this.#dexie.meta.get(key))?.value : readMetaRaw(key)),
		put: async (key, value) => {
			await (await this.database()).meta.put({ key, value });
		}
	};

	get vault(): Vault {
		if (!this.#vault) throw new AppError('locked');
		return this.#vault;
	}

	/** Whether this vault is still the open one (a write that outlived a lock must not touch the screen). */
	isOpen(vault: Vault): boolean {
		return this.#vault === vault;
	}

	async start() {
		try {
			this.settings = await loadSettings(this.meta);
			await i18n.init(this.settings.language);
			this.status = (await loadKeyring(this.meta)) ? 'locked' : 'setup';
			void this.checkPersistence();
		} catch (err) {
			console.error(err);
			if (!i18n.ready) await i18n.init('nb');
			this.status = 'failed';
		}
	}

	async setup(passphrase: string) {
		const { key, recoveryKey } = await setupKeys(this.meta, passphrase);
		this.#vault = await openVault(await this.database(), key);
		this.recoveryKey = recoveryKey;
		this.status = 'recoveryKey';
		void this.requestPersistence();
	}

	/** The counsellor has stored the recovery key; it is not kept anywhere. */
	async finishSetup() {
		this.recoveryKey = null;
		await this.#opened();
	}

	/** Throws an AppError (code 'wrongSecret' for a wrong passphrase), like every operation that can fail. */
	async unlock(passphrase: string): Promise<void> {
		const db = await this.database();
		await this.#finishing;
		// The sealed client list is read while the passphrase is checked (PBKDF2 runs off this thread;
		// reading needs no key). A wrong passphrase leaves it unread by anyone.
		const read = vaultModule().then(
			({ readClientList }) => readClientList(db),
			() => undefined
		);
		this.#vault = await openVault(db, await unlockKey(this.meta, passphrase));
		await this.#opened(read);
	}

	async recover(recoveryKey: string, newPassphrase: string): Promise<void> {
		this.#vault = await openVault(await this.database(), await recoverKey(this.meta, recoveryKey, newPassphrase));
		await this.#opened();
	}

	async changePassphrase(current: string, next: string): Promise<void> {
		this.#vault = await openVault(await this.database(), await changeKeyPassphrase(this.meta, current, next));
	}

	/**
	 * A new recovery key, and with it a new data key: every record is sealed anew, so the old recovery
	 * key – and any backup made before – opens nothing written from now on. Other tabs lock first (they
	 * hold the old key); edits here are written first. Returns the new key, to be shown once.
	 */
	async newRecoveryKey(passphrase: string): Promise<{ recoveryKey: string; unreadable: number }> {
		await flushAll();
		await events.emit('keysChanging');
		const keyring = await loadKeyring(this.meta);
		if (!keyring) throw new Error('not set up');
		const next = await rotateKeys(keyring, passphrase);
		const { unreadable } = await this.vault.resealUnder(next.key, { key: KEYRING, value: next.keyring });
		this.#vault = await openVault(await this.database(), next.key);
		return { recoveryKey: next.recoveryKey, unreadable };
	}

	/**
	 * Locks this tab at once; every other open tab follows (see tabs.svelte.ts). Pending edits are
	 * taken first, each with the vault it writes to, and finish on their own: the screen and the
	 * app's hold on the key are gone before they do, however large the edit (issue 23).
	 */
	async lock(remote = false) {
		if (this.status !== 'unlocked') return;
		this.#finishing = flushAll().catch(() => undefined);
		this.#vault = null;
		clients.clear();
		clearInterval(this.#idleTimer);
		this.clearing = true;
		this.status = 'locked';
		await events.emit('locked', { remote });
		// Once the writes the lock let finish have landed, the page starts afresh: nothing decrypted
		// survives in this page's memory. The lock screen is up meanwhile; its form waits for the reload.
		// An edit whose write failed (a full disk) lives only in this page: then the page stays, so the
		// edit can be saved after unlock, and the form opens at once.
		void this.#finishing.then(afterPaint).then(() => {
			if (hasFailedWrites()) this.clearing = false;
			else reloadPage();
		});
	}

	async updateSettings(patch: Partial<Settings>) {
		this.settings = { ...this.settings, ...patch };
		// Stored before the screen changes language, so a screen in the new language is a choice kept:
		// a reload right after it (F5, or a link opened in place) no longer comes back in the old one.
		await saveSettings(this.meta, $state.snapshot(this.settings));
		if (patch.language) await i18n.setLanguage(patch.language);
		this.#resetIdle();
	}

	async requestPersistence() {
		if (!navigator.storage?.persist) return;
		this.persisted = await navigator.storage.persist();
	}

	async checkPersistence() {
		if (!navigator.storage?.persisted) return;
		this.persisted = await navigator.storage.persisted();
	}

	async #opened(read?: Promise<ClientListRead | undefined>) {
		// What the last lock left writing lands before anything is read, so no screen shows it stale.
		await this.#finishing;
		const resealed = await this.vault.bindToClients();
		// A tombstone removed in the raw database is put back before anything is read (record-list.ts).
		const restored = await this.vault.restoreErasures();
		if (restored) console.warn(`Veivalg: ${restored} erased client(s) had been put back and were removed again`);
		// What was read ahead is used only if neither step above changed the rows.
		const ahead = resealed || restored ? undefined : await read;
		await Promise.all([clients.load(this.vault, ahead), events.emit('unlocked'), i18n.loadModules()]);
		this.status = 'unlocked';
		this.#watchIdle();
		// Statistikk's first visit should only count: read its facts once the list is on screen (its code stays off the first screen).
		whenIdle(() => void import('./statistics.svelte').then(({ statistics }) => statistics.warm()));
	}

	#watchIdle() {
		for (const ev of ACTIVITY_EVENTS) window.addEventListener(ev, this.#onActivity, { passive: true, capture: true });
		// On waking from sleep or returning to the tab, check before anything is shown.
		for (const ev of ['visibilitychange', 'pageshow', 'focus', 'resume'] as const)
			(ev === 'visibilitychange' || ev === 'resume' ? document : window).addEventListener(ev, this.#checkIdle);
		window.addEventListener('storage', this.#onSharedActivity);
		this.#resetIdle();
	}

	/**
	 * Activity in any tab of the app keeps every tab unlocked, so a tab left in the background never
	 * locks the one being typed in (the locked state itself is shared by tabs.svelte.ts). A tab says
	 * it was used by writing its time to localStorage; the others hear it (the storage event) and
	 * count it at their own clock's now – the time written is never compared with another tab's
	 * clock, which may not agree with it (a clock set back, a tab whose timers were held).
	 */
	#sharedWritten = 0;
	#shareActivity(now: number) {
		if (Math.abs(now - this.#sharedWritten) < SHARE_EVERY_MS) return;
		this.#sharedWritten = now;
		try {
			localStorage.setItem(SHARED_ACTIVITY, String(now));
		} catch {
			// Storage refused (private mode, quota): each tab then keeps its own time, as before.
		}
	}
	#onSharedActivity = (e: StorageEvent) => {
		if (e.key === SHARED_ACTIVITY && this.status === 'unlocked') this.#lastActivity = Date.now();
	};
	/** This tab's last activity (its own or heard from another tab); a time ahead of the clock counts as now. */
	#lastActivityAnywhere(): number {
		// A time ahead of the clock (a laptop clock set back) would hold the idle lock off until the
		// next keystroke: the idle time counts from now instead.
		const now = Date.now();
		if (this.#lastActivity > now) this.#lastActivity = now;
		return this.#lastActivity;
	}

	#onActivity = () => {
		if (this.status !== 'unlocked') return;
		// Activity after a sleep must not count before the check that locks.
		this.#checkIdle();
		if (this.status === 'unlocked') {
			this.#lastActivity = Date.now();
			this.#shareActivity(this.#lastActivity);
		}
	};

	/** Locks when the idle time has passed by the wall clock (timers do not run while a laptop sleeps). */
	#checkIdle = () => {
		if (
			this.status === 'unlocked' &&
			Date.now() - this.#lastActivityAnywhere() >= idleLimitMinutes(this.settings) * 60_000
		)
			void this.lock();
	};

	#resetIdle() {
		clearInterval(this.#idleTimer);
		this.#lastActivity = Date.now();
		if (this.status !== 'unlocked') return;
		this.#idleTimer = setInterval(this.#checkIdle, 5_000);
	}
}

export const app = new AppState();

/** Once the browser has drawn what changed (a tenth of a second at most: a background tab draws nothing). */
export function afterPaint(): Promise<void> {
	return new Promise((done) => {
		const timer = setTimeout(done, 100);
		requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), done())));
	});
}

/** After the browser has drawn and has nothing more urgent; a second at most. */
export function whenIdle(run: () => void) {
	if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 1000 });
	else setTimeout(run, 200);
}

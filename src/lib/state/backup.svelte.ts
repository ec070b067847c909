import { backupDue } from '../domain/client/retention';
import type { BackupContents, RestoreMode, RestoreReport } from '../storage/backup';
import { loadKeyring, unlockKey } from '../storage/keystore';
import { app } from './app.svelte';
import { flushAll } from './autosave.svelte';
import { clients } from './clients.svelte';
import { events } from './events';

/** When the last backup was made (a timestamp, kept in clear), and making and restoring backups. */
class BackupState {
	lastBackupAt = $state<string | null>(null);
	/**
	 * A restore under way: records sealed so far of those it writes. Held here, not on the screen, so
	 * the counsellor can leave Innstillinger while it runs and find it still moving on return.
	 */
	restoring = $state<{ done: number; total: number } | null>(null);
	/** What the last restore did, until another file is chosen (gone with the page at lock). */
	lastRestore = $state<RestoreReport | null>(null);

	async load() {
		this.lastBackupAt = ((await app.meta.get('lastBackupAt')) as string | undefined) ?? null;
	}

	get due(): boolean {
		return backupDue(this.lastBackupAt, app.settings.backupReminderDays);
	}

	/**
	 * The backup is locked with the counsellor's own passphrase, checked first:
	 * a typo here would make a backup nobody can open.
	 */
	async create(passphrase: string): Promise<{ name: string; content: string; skipped: number }> {
		await unlockKey(app.meta, passphrase);
		await flushAll();
		// Loaded on demand: the reminder banner on every screen must not carry the backup code.
		const { backupFileName, createBackup } = await import('../storage/backup');
		// The keyring's recovery wrap goes in too, so the recovery key opens this backup as well.
		const recovery = (await loadKeyring(app.meta))?.recovery;
		const { content, skipped } = await createBackup(app.vault, passphrase, new Date(), recovery);
		return { name: backupFileName(), content, skipped };
	}

	/** Stamped only once the file has been handed to the browser: a failed export must not silence the reminder. */
	async markBackedUp() {
		this.lastBackupAt = new Date().toISOString();
		await app.meta.put('lastBackupAt', this.lastBackupAt);
	}

	/** Reads and checks the whole file first – nothing is written – so the counsellor decides knowing what is in it. */
	async read(file: Uint8Array, passphrase: string): Promise<BackupContents> {
		const { readBackup } = await import('../storage/backup');
		return readBackup(file, passphrase);
	}

	/** What restoring would add, change and erase here: nothing is written. */
	async preview(contents: BackupContents, mode: RestoreMode): Promise<RestoreReport> {
		await flushAll();
		const { restoreBackup } = await import('../storage/backup');
		return restoreBackup(app.vault, contents, mode, [], true);
	}

	async restore(contents: BackupContents, mode: RestoreMode): Promise<RestoreReport> {
		await flushAll();
		const { restoreBackup } = await import('../storage/backup');
		const before = await app.vault.erasedClients();
		this.restoring = { done: 0, total: 0 };
		let report: RestoreReport;
		try {
			report = await restoreBackup(app.vault, contents, mode, [], false, (done, total) => {
				this.restoring = { done, total };
			});
		} finally {
			this.restoring = null;
		}
		await clients.load();
		// Clients the file says are deleted are deleted here now: every open tab hears it.
		for (const id of await app.vault.erasedClients())
			if (!before.has(id)) await events.emit('clientDeleted', { clientId: id, remote: false });
		return report;
	}
}

export const backup = new BackupState();
events.on('unlocked', () => backup.load());

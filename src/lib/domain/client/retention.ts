import type { Client } from './client';

/** Clients with no activity for longer than the retention period, oldest first: offered for review and deletion. */
export function inactiveClients(clients: Client[], retentionMonths: number, now = new Date()): Client[] {
	const cutoff = new Date(now);
	cutoff.setMonth(cutoff.getMonth() - retentionMonths);
	const iso = cutoff.toISOString();
	return clients.filter((c) => c.updatedAt < iso).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
}

/** Whether the last backup is older than the counsellor's reminder interval (or there is none). */
export function backupDue(lastBackupAt: string | null, reminderDays: number, now = new Date()): boolean {
	if (!lastBackupAt) return true;
	return now.getTime() - new Date(lastBackupAt).getTime() > reminderDays * 86_400_000;
}

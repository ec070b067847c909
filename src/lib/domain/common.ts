import { z } from 'zod';

/**
 * Shared field shapes. Error messages are i18n keys (translated at render
 * time), never sentences: zod messages cannot be translated afterwards.
 */

export const id = z.string().min(1);

/** ISO calendar date, YYYY-MM-DD, or empty when not known yet. */
export const isoDate = z.union([z.literal(''), z.iso.date({ error: 'errors.date' })]);

export const isoDateTime = z.iso.datetime({ offset: true });

/** Free text: trimmed length cap keeps a pasted novel from breaking outputs. */
export const text = (max = 5000) => z.string().max(max, { error: 'errors.tooLong' }).default('');

export const nowIso = () => new Date().toISOString();

export const todayIso = (d = new Date()) => {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

export function newId(): string {
	return crypto.randomUUID();
}

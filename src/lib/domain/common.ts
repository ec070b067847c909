import * as z from 'zod/mini';

/**
 * Shared field shapes. Error messages are i18n keys (translated at render
 * time), never sentences: zod messages cannot be translated afterwards.
 * zod/mini (same package as zod) keeps the first screen small: its functions
 * tree-shake, the classic chained API does not.
 */

export const id = z.string().check(z.minLength(1));

/** ISO calendar date, YYYY-MM-DD, or empty when not known yet. */
export const isoDate = z.union([z.literal(''), z.iso.date({ error: 'errors.date' })]);

export const isoDateTime = z.iso.datetime({ offset: true });

/** Free text: trimmed length cap keeps a pasted novel from breaking outputs. */
export const text = (max = 5000) => z._default(z.string().check(z.maxLength(max, { error: 'errors.tooLong' })), '');

/**
 * A whole number or null. Ranges are flagged in the form, not enforced here:
 * a typo like 3000 must still be saved, never dropped by a failing write.
 */
export const intOrNull = () => z._default(z.nullable(z.int({ error: 'errors.number' })), null);

export const nowIso = () => new Date().toISOString();

export const todayIso = (d = new Date()) => {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

export function newId(): string {
	return crypto.randomUUID();
}

/** A new, empty record of one of a client's modules: defaults from the schema, stamped now. */
export function blankRecord<S extends z.ZodMiniType>(schema: S, id: string, clientId: string, now = new Date()): z.output<S> {
	const stamp = now.toISOString();
	return schema.parse({ id, clientId, createdAt: stamp, updatedAt: stamp }) as z.output<S>;
}

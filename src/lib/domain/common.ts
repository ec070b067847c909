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

/**
 * Free text. No length cap on purpose: a draft is never refused for what was
 * typed or pasted (a counsellor pasting 20,000 characters from another system
 * must not lose them). Limits that matter for an output (Nav's activity plan,
 * the one-page summary) are applied when that output is made, with a note.
 */
export const text = () => z._default(z.string(), '');

/** A list of items that defaults to empty: every record's repeatable rows. */
export const list = <T extends z.ZodMiniType>(item: T) => z._default(z.array(item), () => []);

/**
 * A whole number or null. Ranges are flagged in the form, not enforced here:
 * a typo like 3000 must still be saved, never dropped by a failing write.
 */
export const intOrNull = (fallback: number | null = null) =>
	z._default(z.nullable(z.int({ error: 'errors.number' })), fallback);

/** A translate function: an i18n key and its values to the text, in one language. */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

export const nowIso = () => new Date().toISOString();

/** Two digits: 3 → '03', for months and days in ISO dates. */
export const pad2 = (n: number) => String(n).padStart(2, '0');

/** A local date as 'YYYY-MM-DD'. */
export const todayIso = (d = new Date()) => `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;

/** A local month as 'YYYY-MM'. */
export const monthIso = (d = new Date()) => `${d.getFullYear()}-${pad2(d.getMonth() + 1)}`;

export function newId(): string {
	return crypto.randomUUID();
}

/**
 * A new row of a repeatable group (CV entry, subject, plan step…): every
 * default comes from the item's schema, so forms and storage agree.
 */
export function blankItem<S extends z.ZodMiniType>(schema: S, itemId = newId()): z.output<S> {
	return schema.parse({ id: itemId }) as z.output<S>;
}

/** A new, empty record of one of a client's modules: defaults from the schema, stamped now. */
export function blankRecord<S extends z.ZodMiniType>(
	schema: S,
	id: string,
	clientId: string,
	now = new Date()
): z.output<S> {
	const stamp = now.toISOString();
	return schema.parse({ id, clientId, createdAt: stamp, updatedAt: stamp }) as z.output<S>;
}

/**
 * «§ 18-3» never breaks after the sign: a no-break space after «§» and «§§», on screen and in
 * every PDF (jsPDF wraps only at ordinary spaces). Applied to every text the i18n layer returns.
 */
export const keepSectionSign = (text: string) => text.replace(/(§§?) /g, '$1\u00A0');

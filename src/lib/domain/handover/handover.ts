import * as z from 'zod/mini';
import { isoDate, isoDateTime } from '../common';

/**
 * A client's file moving from one county counsellor to another (handover.ts in storage writes and
 * reads the file). The client record keeps every handover as an entry: it is the counsellor history
 * beside the Nav adviser history, it names the receiving counsellor among the recipients in the
 * client's copy (GDPR art. 15 (1) c), and it tells which laptop counts the client in statistics.
 */

/** Who a counsellor is, as they write it in Innstillinger: a name and an office, nothing else. */
export const counsellorSchema = z.object({
	name: z._default(z.string().check(z.maxLength(120)), ''),
	office: z._default(z.string().check(z.maxLength(120)), '')
});
export type Counsellor = z.output<typeof counsellorSchema>;

/** A quarter code as the statistics ledger writes it («2026-K1»), or '' for none. */
const quarterCode = z.union([z.literal(''), z.string().check(z.regex(/^\d{4}-K[1-4]$/))]);

export const handoverEntrySchema = z.object({
	/** The handover's random id: the same on both laptops, and what tells a file taken twice. */
	id: z.string().check(z.regex(/^[0-9a-f-]{36}$/)),
	/** When the file was made. */
	at: isoDateTime,
	from: counsellorSchema,
	to: counsellorSchema,
	/** The day the receiving laptop took the file; '' on the handing-over side's own copy. */
	receivedOn: z._default(isoDate, ''),
	/**
	 * The statistics quarter in which the handing-over laptop had already published this client, or
	 * '' when it had not. A published quarter is final (ledger.ts): the client is then counted there
	 * and nowhere else; otherwise the laptop that holds the client counts them when it publishes.
	 */
	countedIn: z._default(quarterCode, '')
});
export type HandoverEntry = z.output<typeof handoverEntrySchema>;

type WithHandovers = { handovers: readonly HandoverEntry[] };

export const latestHandover = (c: WithHandovers): HandoverEntry | undefined => c.handovers.at(-1);

/**
 * Whether this laptop holds the client: yes unless its last handover was made here (the copy kept
 * after handing over carries the entry without a receiving day).
 */
export const heldHere = (c: WithHandovers) => {
	const last = latestHandover(c);
	return !last || last.receivedOn !== '';
};

/** The copy a counsellor kept after handing the client over: shown as handed over, never counted twice. */
export const handedOverFromHere = (c: WithHandovers) => !heldHere(c);

/**
 * Whether this laptop counts the client in its statistics: the laptop that holds them, unless a
 * laptop before had already published them — then that laptop, from its kept copy, and no other.
 * Exactly one laptop of a chain A → B → C counts the client (tests/unit/handover.test.ts adds them).
 */
export function countsHere(c: WithHandovers): boolean {
	const last = latestHandover(c);
	if (heldHere(c)) return !c.handovers.some((h) => h.countedIn !== '');
	// A kept copy: counted here only if this laptop published it before handing it over, and no laptop before it had.
	return !!last && last.countedIn !== '' && c.handovers.findIndex((h) => h.countedIn !== '') === c.handovers.length - 1;
}

/** The client record with a new handover entry, as the file carries it. */
export function withHandover<C extends WithHandovers & { updatedAt: string }>(client: C, entry: HandoverEntry): C {
	return { ...client, handovers: [...client.handovers, entry], updatedAt: entry.at };
}

/** The client record as the receiving laptop stores it: this handover marked received, by whom. */
export function received<C extends WithHandovers & { updatedAt: string }>(
	client: C,
	handoverId: string,
	me: Counsellor,
	now: Date
): C {
	const on = now.toISOString().slice(0, 10);
	return {
		...client,
		handovers: client.handovers.map((h) =>
			h.id === handoverId ? { ...h, receivedOn: on, to: me.name || me.office ? me : h.to } : h
		),
		updatedAt: now.toISOString()
	};
}

/**
 * The one-time code. 16 characters from 30 (digits 2–9 and capital letters without I, L, O and U),
 * so no two look alike when read aloud or written down: log2(30) × 16 ≈ 78.5 bits, stretched by
 * PBKDF2 with 600,000 iterations (≈ 19.2 bits more) — docs/privacy.md says why that is enough.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 16;
export const CODE_BITS = Math.log2(CODE_ALPHABET.length) * CODE_LENGTH;

/** A new code in four groups of four, each character chosen without bias (rejection sampling). */
export function newHandoverCode(random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))) {
	const limit = 256 - (256 % CODE_ALPHABET.length);
	let out = '';
	while (out.length < CODE_LENGTH)
		for (const b of random(CODE_LENGTH)) if (b < limit && out.length < CODE_LENGTH) out += CODE_ALPHABET[b % 30];
	return formatCode(out);
}

const formatCode = (raw: string) => (raw.match(/.{1,4}/g) ?? []).join('-');

/** What the counsellor typed, made comparable: case, spaces and dashes do not matter. */
export type CodeCheck = { ok: true; code: string } | { ok: false; reason: 'length' | 'characters' };

export function readCode(typed: string): CodeCheck {
	const raw = typed.toUpperCase().replace(/[\s\-–.]/g, '');
	if ([...raw].some((ch) => !CODE_ALPHABET.includes(ch))) return { ok: false, reason: 'characters' };
	if (raw.length !== CODE_LENGTH) return { ok: false, reason: 'length' };
	return { ok: true, code: formatCode(raw) };
}

/** «Kari Nordmann, Sandnes» – or just one of them; '' when neither is known. */
export const counsellorLabel = (c: Counsellor) => [c.name.trim(), c.office.trim()].filter(Boolean).join(', ');

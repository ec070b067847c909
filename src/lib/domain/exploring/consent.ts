import * as z from 'zod/mini';
import { blankRecord, id, isoDateTime } from '../common';
import { chainOnto, checkChain } from './consent-chain';

/**
 * What the client agrees to share. Each decision is kept as
 * an entry in a log – what, for which purpose, when – so later outputs reuse
 * it and a withdrawal is recorded too. The current consent for a purpose is
 * the latest entry for it that the log's hash chain still vouches for
 * (consent-chain.ts).
 */

export const CONSENT_SECTIONS = [
	'question',
	'education',
	'experience',
	'strengths',
	'interests',
	'goals',
	'challenges',
	'health',
	'finances',
	'housing',
	'family'
] as const;
export type ConsentSection = (typeof CONSENT_SECTIONS)[number];

/** Off unless the client turns them on. */
export const SENSITIVE_SECTIONS: readonly ConsentSection[] = ['health', 'finances', 'housing', 'family', 'challenges'];

export const PURPOSES = ['presentation', 'navSummary', 'plan'] as const;
export type Purpose = (typeof PURPOSES)[number];

const entrySchema = z.object({
	id,
	at: isoDateTime,
	purpose: z.enum(PURPOSES),
	sections: z.array(z.enum(CONSENT_SECTIONS)),
	withdrawn: z._default(z.boolean(), false),
	/** The hash chain (consent-chain.ts); absent on entries recorded before it. */
	prev: z.optional(z.nullable(z.string())),
	hash: z.optional(z.string())
});

export const consentSchema = z.object({
	id,
	clientId: id,
	schemaVersion: z._default(z.literal(1), 1),
	entries: z._default(z.array(entrySchema), () => []),
	createdAt: isoDateTime,
	updatedAt: isoDateTime
});

export type Consent = z.output<typeof consentSchema>;
export type ConsentEntry = z.output<typeof entrySchema>;

export const consentId = (clientId: string) => `${clientId}/consent`;

export function newConsent(clientId: string, now = new Date()): Consent {
	return blankRecord(consentSchema, consentId(clientId), clientId, now);
}

export const defaultSections = (): ConsentSection[] => CONSENT_SECTIONS.filter((s) => !SENSITIVE_SECTIONS.includes(s));

/** How far ahead of this laptop's clock an entry's time may be before it is flagged (clocks drift a little). */
export const CLOCK_SLACK_MS = 10 * 60_000;

/**
 * An entry dated ahead of this laptop's clock: recorded on a laptop whose clock ran fast. Its place in
 * the log follows the chain, not its time (consent-chain.ts mergeLogs); the date shown is flagged.
 */
export const datedAhead = (e: { at: string }, now = new Date()) => Date.parse(e.at) - now.getTime() > CLOCK_SLACK_MS;

/** Entries changed after they were recorded (none in a log only this app has written). */
export const alteredEntries = (consent: Consent | undefined): ConsentEntry[] =>
	consent ? checkChain(consent.entries).altered : [];

/** The decision that counts for a purpose: the latest one recorded after any altered entry. */
export function latestEntry(consent: Consent | undefined, purpose: Purpose): ConsentEntry | undefined {
	if (!consent) return undefined;
	const { trustedFrom } = checkChain(consent.entries);
	return consent.entries.slice(trustedFrom).findLast((e) => e.purpose === purpose);
}

/** Where a purpose stands in the log: never decided, withdrawn on a date, or given for these sections. */
export type ConsentState =
	{ state: 'never' } | { state: 'withdrawn'; at: string } | { state: 'given'; at: string; sections: ConsentSection[] };

/** Every sentence about what an output shares is worded from this, so it says what the log says. */
export function consentState(consent: Consent | undefined, purpose: Purpose): ConsentState {
	const e = latestEntry(consent, purpose);
	if (!e) return { state: 'never' };
	return e.withdrawn
		? { state: 'withdrawn', at: e.at }
		: { state: 'given', at: e.at, sections: [...new Set(e.sections)] };
}

/** Sections shared for a purpose now: none until the client has decided, none after a withdrawal. */
export function sharedSections(consent: Consent | undefined, purpose: Purpose): Set<ConsentSection> {
	const e = latestEntry(consent, purpose);
	return new Set(e && !e.withdrawn ? e.sections : []);
}

export function recordConsent(
	consent: Consent,
	purpose: Purpose,
	sections: ConsentSection[],
	now = new Date()
): Consent {
	const entry = chainOnto(consent.entries, {
		id: crypto.randomUUID(),
		at: now.toISOString(),
		purpose,
		sections: [...new Set(sections)],
		withdrawn: false
	});
	return { ...consent, entries: [...consent.entries, entry] };
}

export function withdrawConsent(consent: Consent, purpose: Purpose, now = new Date()): Consent {
	const entry = chainOnto(consent.entries, {
		id: crypto.randomUUID(),
		at: now.toISOString(),
		purpose,
		sections: [],
		withdrawn: true
	});
	return { ...consent, entries: [...consent.entries, entry] };
}

import * as z from 'zod/mini';
import { id, intOrNull, isoDate, isoDateTime, text } from '../common';
import { guidanceSchema, registrationSchema } from './registration';
import { handoverEntrySchema } from '../handover/handover';

/** The client record: who the client is and who at Nav follows them up. */

export const REFERRALS = ['nav', 'county', 'self', 'other'] as const;
export const TARGET_GROUPS = [
	'ungdomsgaranti',
	'aap',
	'kvp',
	'tiltakspenger',
	'dagpenger',
	'sosialhjelp',
	'introduksjonsprogram',
	'other'
] as const;
export const MODULES = ['mapping', 'exploring', 'plan'] as const;
export const MODULE_STATUSES = ['notStarted', 'inProgress', 'done'] as const;

export type ModuleKey = (typeof MODULES)[number];
export type ModuleStatus = (typeof MODULE_STATUSES)[number];

export const navAdviserSchema = z.object({
	id,
	name: text(),
	phone: text(),
	email: text(),
	/** When this adviser took over; advisers change often and the history matters. */
	from: z._default(isoDate, ''),
	to: z._default(isoDate, '')
});

export const clientSchema = z.object({
	id,
	schemaVersion: z._default(z.literal(1), 1),
	/** May be empty while typing; the form flags it as required. */
	name: text(),
	birthYear: intOrNull(),
	phone: text(),
	email: text(),
	address: text(),
	/** Preferred language for the conversation and the plan, free text (e.g. "arabisk"). */
	language: text(),
	interpreterNeeded: z._default(z.boolean(), false),
	interpreterLanguage: text(),
	navOffice: text(),
	navAdvisers: z._default(z.array(navAdviserSchema), () => []),
	referral: z._default(z.nullable(z.enum(REFERRALS)), null),
	targetGroups: z._default(z.array(z.enum(TARGET_GROUPS)), () => []),
	moduleStatus: z._default(
		z.object({
			mapping: z._default(z.enum(MODULE_STATUSES), 'notStarted'),
			exploring: z._default(z.enum(MODULE_STATUSES), 'notStarted'),
			plan: z._default(z.enum(MODULE_STATUSES), 'notStarted')
		}),
		(): { mapping: ModuleStatus; exploring: ModuleStatus; plan: ModuleStatus } => ({
			mapping: 'notStarted',
			exploring: 'notStarted',
			plan: 'notStarted'
		})
	),
	/** The day each module was last marked done ('' = not done): statistics count time to a plan from here. */
	moduleDoneOn: z._default(
		z.object({ mapping: z._default(isoDate, ''), exploring: z._default(isoDate, ''), plan: z._default(isoDate, '') }),
		() => ({ mapping: '', exploring: '', plan: '' })
	),
	/** Anonymous facts for statistics (registration.ts); null = not stated / as module 1 says. */
	registration: z._default(registrationSchema, () => ({ gender: null, education: null, experience: null })),
	/** When guidance ended and what it led to, at the end and at each follow-up. */
	guidance: z._default(guidanceSchema, () => ({ endedOn: '', outcomes: [] })),
	/** Every handover between county counsellors, oldest first (handover/handover.ts): the counsellor history. */
	handovers: z._default(z.array(handoverEntrySchema), () => []),
	createdAt: isoDateTime,
	updatedAt: isoDateTime
});

export type Client = z.output<typeof clientSchema>;
export type NavAdviser = z.output<typeof navAdviserSchema>;

export function newClient(name: string, now = new Date()): Client {
	const stamp = now.toISOString();
	return clientSchema.parse({ id: crypto.randomUUID(), name, createdAt: stamp, updatedAt: stamp });
}

/** The current adviser is the latest one without an end date. */
export function currentAdviser(client: Pick<Client, 'navAdvisers'>): NavAdviser | undefined {
	return client.navAdvisers.findLast((a) => !a.to);
}

/** Birth year must not lie in the future (a typo, not a blocker). */
export function birthYearIssue(year: number | null, now = new Date()): string | null {
	if (year === null) return null;
	if (year > now.getFullYear()) return 'errors.futureYear';
	if (year < 1900) return 'errors.birthYear';
	return null;
}

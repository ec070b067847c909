import { z } from 'zod';
import { id, isoDate, isoDateTime, text } from './common';

/** The client record (product.md §3): who the client is and who at Nav follows them up. */

export const REFERRALS = ['nav', 'self', 'other'] as const;
export const TARGET_GROUPS = ['ungdomsgaranti', 'aap', 'kvp', 'tiltakspenger', 'dagpenger', 'sosialhjelp', 'other'] as const;
export const MODULES = ['mapping', 'exploring', 'plan'] as const;
export const MODULE_STATUSES = ['notStarted', 'inProgress', 'done'] as const;

export type ModuleKey = (typeof MODULES)[number];
export type ModuleStatus = (typeof MODULE_STATUSES)[number];

export const navAdviserSchema = z.object({
	id,
	name: text(200),
	phone: text(50),
	email: text(200),
	/** When this adviser took over; advisers change often and the history matters. */
	from: isoDate.default(''),
	to: isoDate.default('')
});

export const clientSchema = z.object({
	id,
	schemaVersion: z.literal(1).default(1),
	name: z.string().trim().min(1, { error: 'errors.required' }).max(200, { error: 'errors.tooLong' }),
	birthYear: z
		.number({ error: 'errors.number' })
		.int({ error: 'errors.number' })
		.min(1900, { error: 'errors.birthYear' })
		.max(2100, { error: 'errors.birthYear' })
		.nullable()
		.default(null),
	phone: text(50),
	email: text(200),
	address: text(300),
	/** Preferred language for the conversation and the plan, free text (e.g. "arabisk"). */
	language: text(100),
	interpreterNeeded: z.boolean().default(false),
	interpreterLanguage: text(100),
	navOffice: text(200),
	navAdvisers: z.array(navAdviserSchema).default([]),
	referral: z.enum(REFERRALS).nullable().default(null),
	targetGroups: z.array(z.enum(TARGET_GROUPS)).default([]),
	moduleStatus: z
		.object({
			mapping: z.enum(MODULE_STATUSES).default('notStarted'),
			exploring: z.enum(MODULE_STATUSES).default('notStarted'),
			plan: z.enum(MODULE_STATUSES).default('notStarted')
		})
		.default({ mapping: 'notStarted', exploring: 'notStarted', plan: 'notStarted' }),
	createdAt: isoDateTime,
	updatedAt: isoDateTime
});

export type Client = z.infer<typeof clientSchema>;
export type NavAdviser = z.infer<typeof navAdviserSchema>;

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

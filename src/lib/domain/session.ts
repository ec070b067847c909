import { z } from 'zod';
import { MODULES } from './client';
import { id, isoDate, isoDateTime, text } from './common';

/** A guidance session (samtale) with the client (product.md §3 "Sessions"). */

export const PARTICIPANTS = ['client', 'counsellor', 'navAdviser', 'interpreter', 'other'] as const;
export const SESSION_MODES = ['physical', 'digital'] as const;

/** Two optional questions at the end, on a 1-5 scale (001:2227-2246). */
const rating = z.number().int().min(1).max(5).nullable().default(null);

export const sessionSchema = z.object({
	id,
	clientId: id,
	schemaVersion: z.literal(1).default(1),
	date: isoDate,
	modules: z.array(z.enum(MODULES)).default([]),
	participants: z.array(z.enum(PARTICIPANTS)).default(['client', 'counsellor']),
	otherParticipants: text(300),
	mode: z.enum(SESSION_MODES).default('physical'),
	minutes: z.number({ error: 'errors.number' }).int().min(0).max(24 * 60, { error: 'errors.minutes' }).nullable().default(null),
	note: text(5000),
	feedback: z
		.object({ wellbeing: rating, meeting: rating })
		.default({ wellbeing: null, meeting: null }),
	createdAt: isoDateTime,
	updatedAt: isoDateTime
});

export type Session = z.infer<typeof sessionSchema>;

export function newSession(clientId: string, date: string, now = new Date()): Session {
	const stamp = now.toISOString();
	return sessionSchema.parse({ id: crypto.randomUUID(), clientId, date, createdAt: stamp, updatedAt: stamp });
}

/** Newest first: the overview lists the latest conversation on top. */
export function sortSessions(sessions: Session[]): Session[] {
	return [...sessions].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

/** A session dated after today is a typo more often than a plan; flag, never block. */
export function sessionDateIssue(date: string, today: string): string | null {
	if (!date) return null;
	return date > today ? 'errors.futureDate' : null;
}

import * as z from 'zod/mini';
import { MODULES } from './client';
import { id, intOrNull, isoDate, isoDateTime, text } from './common';

/** A guidance session (samtale) with the client (product.md §3 "Sessions"). */

export const PARTICIPANTS = ['client', 'counsellor', 'navAdviser', 'interpreter', 'other'] as const;
export const SESSION_MODES = ['physical', 'digital'] as const;

/** Two optional questions at the end, on a 1-5 scale (001:2227-2246). */
const rating = intOrNull();

export const sessionSchema = z.object({
	id,
	clientId: id,
	schemaVersion: z._default(z.literal(1), 1),
	date: isoDate,
	modules: z._default(z.array(z.enum(MODULES)), () => []),
	participants: z._default(z.array(z.enum(PARTICIPANTS)), (): (typeof PARTICIPANTS)[number][] => ['client', 'counsellor']),
	otherParticipants: text(),
	mode: z._default(z.enum(SESSION_MODES), 'physical'),
	minutes: intOrNull(),
	note: text(),
	feedback: z._default(z.object({ wellbeing: rating, meeting: rating }), () => ({ wellbeing: null, meeting: null })),
	createdAt: isoDateTime,
	updatedAt: isoDateTime
});

export type Session = z.output<typeof sessionSchema>;

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

import * as z from 'zod/mini';
import { MODULES } from './client';
import { id, intOrNull, isoDate, isoDateTime, text } from '../common';

/** A guidance session (samtale) with the client. */

export const PARTICIPANTS = ['client', 'counsellor', 'navAdviser', 'interpreter', 'other'] as const;
export const SESSION_MODES = ['physical', 'digital'] as const;
/** Individual, three-way with the Nav adviser, or a group; a group session is one record per client who took part. */
export const SESSION_KINDS = ['individual', 'threeWay', 'group'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** Two optional questions at the end, on a 1-5 scale. */
const rating = intOrNull();

export const sessionSchema = z.object({
	id,
	clientId: id,
	schemaVersion: z._default(z.literal(2), 2),
	date: isoDate,
	kind: z._default(z.enum(SESSION_KINDS), 'individual'),
	/**
	 * Shared by the records of one group session (a random id, nothing else):
	 * each client who took part has their own record and their own note, so
	 * the session counts once per participant and no note crosses clients.
	 */
	groupId: text(),
	modules: z._default(z.array(z.enum(MODULES)), () => []),
	participants: z._default(z.array(z.enum(PARTICIPANTS)), (): (typeof PARTICIPANTS)[number][] => [
		'client',
		'counsellor'
	]),
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

/** Version 1 had no kind: a session with the Nav adviser present was a three-way meeting. */
export function sessionV1toV2(data: Record<string, unknown>): Record<string, unknown> {
	const participants = Array.isArray(data.participants) ? data.participants : [];
	return { ...data, kind: participants.includes('navAdviser') ? 'threeWay' : 'individual', groupId: '' };
}

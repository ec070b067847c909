import * as z from 'zod/mini';
import { MODULES, REFERRALS, TARGET_GROUPS, type Client } from '../client/client';
import { QUESTION_CATEGORIES } from '../mapping/mapping';
import {
	AGE_BANDS,
	EDUCATION_LEVELS,
	EXPERIENCE_BANDS,
	FOLLOW_UP_POINTS,
	GENDERS,
	OUTCOMES,
	ageBand,
	daysBetween,
	latestOutcomes
} from '../client/registration';
import { effectiveRegistration, type MappingFacts } from '../client/registration-derived';
import type { Session } from '../client/session';

/**
 * One anonymous row per client: everything the statistics page shows, and
 * nothing that points to a person — no name, id, birth date, contact or free
 * text; dates only as months. The page is always computed from these rows,
 * whether they come from this laptop or from other counsellors' files, so
 * "the same page for all of them together" is the same code.
 */

const month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));
const count = z.int().check(z.gte(0), z.lte(100_000));

export const anonRowSchema = z.object({
	/** The month guidance started (first session; the client's creation when there is none). */
	month,
	ageBand: z.nullable(z.enum(AGE_BANDS)),
	gender: z.nullable(z.enum(GENDERS)),
	education: z.nullable(z.enum(EDUCATION_LEVELS)),
	experience: z.nullable(z.enum(EXPERIENCE_BANDS)),
	aims: z.array(z.enum(QUESTION_CATEGORIES)),
	/** Normalised office name; '' = not stated, OTHER_OFFICE = an office too small to name (in exports). */
	navOffice: z.string().check(z.maxLength(80)),
	navSituation: z.array(z.enum(TARGET_GROUPS)),
	referral: z.nullable(z.enum(REFERRALS)),
	sessionsIndividual: count,
	sessionsThreeWay: count,
	sessionsGroup: count,
	sessionsPhysical: count,
	sessionsDigital: count,
	minutes: z.int().check(z.gte(0), z.lte(10_000_000)),
	modulesDone: z.array(z.enum(MODULES)),
	daysToPlan: z.nullable(z.int().check(z.gte(0), z.lte(100_000))),
	/** The month guidance ended, or '' while it goes on. */
	ended: z.union([z.literal(''), month]),
	/**
	 * What was recorded at each point, by months after the end ('0' = at the end); absent = not
	 * recorded. Keys are only ever the fixed points (files are read by their fixed columns).
	 */
	outcomes: z.record(z.string(), z.array(z.enum(OUTCOMES)))
});

export type AnonRow = z.output<typeof anonRowSchema>;

/** Offices named by fewer clients than this are merged in exports (a rare office plus age and gender could point to a person). */
export const MIN_OFFICE_CLIENTS = 5;
export const OTHER_OFFICE = '*';

/** "NAV  Sandnes " and "Nav Sandnes" are one office; only letters, digits, spaces and a few marks survive. */
export function normaliseOffice(raw: string): string {
	const cleaned = raw
		.normalize('NFC')
		.replace(/[^\p{L}\p{N} .,'()/-]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 80);
	return cleaned.replace(/^nav\b/i, 'Nav');
}

/** What a row is made from: the client record, the session facts and module 1's facts. */
export type SessionFacts = Pick<Session, 'date' | 'kind' | 'mode' | 'minutes'>;

export interface ClientFacts {
	client: Client;
	sessions: SessionFacts[];
	mapping?: MappingFacts;
}

export const sessionFacts = ({ date, kind, mode, minutes }: Session): SessionFacts => ({ date, kind, mode, minutes });

export function anonRow({ client, sessions, mapping }: ClientFacts, now = new Date()): AnonRow {
	const dated = sessions
		.map((s) => s.date)
		.filter(Boolean)
		.sort();
	const start = dated[0] ?? client.createdAt.slice(0, 10);
	const reg = effectiveRegistration(client.registration, mapping, now);
	const latest = latestOutcomes(client.guidance);
	const outcomes: AnonRow['outcomes'] = {};
	for (const p of FOLLOW_UP_POINTS) {
		const e = latest.get(p);
		if (e && e.outcomes.length > 0) outcomes[String(p)] = [...new Set(e.outcomes)];
	}
	const planDone = client.moduleStatus.plan === 'done' && client.moduleDoneOn.plan ? client.moduleDoneOn.plan : '';
	const by = (pred: (s: SessionFacts) => boolean) => sessions.filter(pred).length;
	return {
		month: start.slice(0, 7),
		ageBand: ageBand(client.birthYear, start),
		gender: reg.gender,
		education: reg.education,
		experience: reg.experience,
		aims: [...new Set(mapping?.question.categories ?? [])],
		navOffice: normaliseOffice(client.navOffice),
		navSituation: [...new Set(client.targetGroups)],
		referral: client.referral,
		sessionsIndividual: by((s) => s.kind === 'individual'),
		sessionsThreeWay: by((s) => s.kind === 'threeWay'),
		sessionsGroup: by((s) => s.kind === 'group'),
		sessionsPhysical: by((s) => s.mode === 'physical'),
		sessionsDigital: by((s) => s.mode === 'digital'),
		minutes: sessions.reduce((sum, s) => sum + Math.max(0, s.minutes ?? 0), 0),
		modulesDone: MODULES.filter((m) => client.moduleStatus[m] === 'done'),
		daysToPlan: planDone ? Math.max(0, daysBetween(start, planDone)) : null,
		ended: client.guidance.endedOn.slice(0, 7),
		outcomes
	};
}

/** An office name may leave the laptop only when at least MIN_OFFICE_CLIENTS clients share it. */
export const shownOffice = (office: string, clients: number) =>
	office && clients < MIN_OFFICE_CLIENTS ? OTHER_OFFICE : office;

/** Offices compare without regard to case. */
export const officeKey = (office: string) => office.toLocaleLowerCase('nb');

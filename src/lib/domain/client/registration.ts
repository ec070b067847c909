import * as z from 'zod/mini';
import { id, isoDate } from '../common';

/**
 * Registration and outcomes (issue 10): the few anonymous facts a county
 * needs to show what guidance leads to — the evaluation of the five
 * county–Nav projects had to collect them with a separate form (004, "Registreringsskjema
 * til veiledere") and still could not count results. Kept on the client's
 * own record, encrypted like everything else. Facts the modules already hold
 * (birth year, Nav office and situation, the aim, CV months) are derived
 * (registration-derived.ts), never asked twice; a counsellor may override a
 * derived value.
 */

export const GENDERS = ['female', 'male', 'other', 'notStated'] as const;
export const EDUCATION_LEVELS = [
	'primary',
	/** Primary school (or the like) completed abroad: the rights of primary school here (§ 5-1 (1)). */
	'primaryAbroad',
	'startedUpperSecondary',
	'vocational',
	'general',
	/** Upper secondary completed abroad, not recognised in Norway (§ 5-1 (1), § 18-3 (1) second sentences). */
	'abroadNotRecognised',
	/** Upper secondary completed abroad and recognised: a completed qualification (§ 18-4). */
	'abroadRecognised',
	'higher'
] as const;
export const EXPERIENCE_BANDS = ['none', 'underOne', 'oneToThree', 'overThree'] as const;
/** The evaluation reported 20–24, 25–30 and 31+; 31+ is split so older clients are visible too. */
export const AGE_BANDS = ['under20', '20to24', '25to30', '31to39', '40plus'] as const;

/** What guidance led to; several may apply at one point in time. */
export const OUTCOMES = [
	'planMade',
	'applied',
	'started',
	'praksiskandidat',
	'realkompetanse',
	'higherEducation',
	'navCourse',
	'job',
	'navMeasure',
	'noChange',
	'notKnown'
] as const;

/** When outcomes are recorded: 0 = when guidance ends, then months after that. */
export const FOLLOW_UP_POINTS = [0, 3, 6, 12] as const;

export type Gender = (typeof GENDERS)[number];
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
export type ExperienceBand = (typeof EXPERIENCE_BANDS)[number];
export type AgeBand = (typeof AGE_BANDS)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type FollowUpPoint = (typeof FOLLOW_UP_POINTS)[number];

/** null everywhere means "not stated" or, for education and experience, "as module 1 says". */
export const registrationSchema = z.object({
	gender: z._default(z.nullable(z.enum(GENDERS)), null),
	education: z._default(z.nullable(z.enum(EDUCATION_LEVELS)), null),
	experience: z._default(z.nullable(z.enum(EXPERIENCE_BANDS)), null)
});

export const outcomeEntrySchema = z.object({
	id,
	/** Months after the end of guidance; 0 = at the end. */
	months: z._default(z.int(), 0),
	date: z._default(isoDate, ''),
	outcomes: z._default(z.array(z.enum(OUTCOMES)), () => [])
});

export const guidanceSchema = z.object({
	/** When guidance ended; follow-ups fall due from here. Empty = still going on. */
	endedOn: z._default(isoDate, ''),
	/** A dated log: a newer entry for the same point replaces the older one in statistics, both are kept. */
	outcomes: z._default(z.array(outcomeEntrySchema), () => [])
});

export type Registration = z.output<typeof registrationSchema>;
export type OutcomeEntry = z.output<typeof outcomeEntrySchema>;
export type Guidance = z.output<typeof guidanceSchema>;

/**
 * Age band at a date from the birth year alone (the only thing stored):
 * the age the client turns that year, so it can be one year high before the
 * birthday — the same rounding for everyone, and no birth date is kept.
 */
export function ageBand(birthYear: number | null, on: string): AgeBand | null {
	const year = Number(on.slice(0, 4));
	if (birthYear === null || !Number.isFinite(year) || birthYear > year || birthYear < 1900) return null;
	const age = year - birthYear;
	if (age < 20) return 'under20';
	if (age <= 24) return '20to24';
	if (age <= 30) return '25to30';
	if (age <= 39) return '31to39';
	return '40plus';
}

export function experienceBand(months: number): ExperienceBand {
	if (months <= 0) return 'none';
	if (months < 12) return 'underOne';
	if (months <= 36) return 'oneToThree';
	return 'overThree';
}

/** 'YYYY-MM-DD' plus whole months; the 31st becomes the last day of a shorter month. */
export function addMonths(date: string, months: number): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const target = new Date(Date.UTC(y, m - 1 + months, 1));
	const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
	target.setUTCDate(Math.min(d, last));
	return target.toISOString().slice(0, 10);
}

/** The latest entry recorded for each point. */
export function latestOutcomes(guidance: Guidance): Map<number, OutcomeEntry> {
	const out = new Map<number, OutcomeEntry>();
	for (const e of guidance.outcomes) {
		const prev = out.get(e.months);
		if (!prev || e.date >= prev.date) out.set(e.months, e);
	}
	return out;
}

export type FollowUpState = 'recorded' | 'overdue' | 'due' | 'later';

export interface FollowUp {
	months: FollowUpPoint;
	due: string;
	state: FollowUpState;
	entry?: OutcomeEntry;
}

/** Days ahead that a follow-up shows as due on the client list. */
export const DUE_SOON_DAYS = 14;

/** Each point with its due date and state; empty while guidance has not ended. */
export function followUps(guidance: Guidance, today: string): FollowUp[] {
	if (!guidance.endedOn) return [];
	const latest = latestOutcomes(guidance);
	const soon = addDays(today, DUE_SOON_DAYS);
	return FOLLOW_UP_POINTS.map((months) => {
		const due = addMonths(guidance.endedOn, months);
		const entry = latest.get(months);
		const state: FollowUpState = entry ? 'recorded' : due < today ? 'overdue' : due <= soon ? 'due' : 'later';
		return { months, due, state, entry };
	});
}

/** The first follow-up that needs doing now (overdue or due within two weeks), for the reminder on the list. */
export function pendingFollowUp(guidance: Guidance, today: string): FollowUp | undefined {
	return followUps(guidance, today).find((f) => f.state === 'overdue' || f.state === 'due');
}

export function addDays(date: string, days: number): string {
	const d = new Date(`${date}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/** Whole days from one date to another ('YYYY-MM-DD'). */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

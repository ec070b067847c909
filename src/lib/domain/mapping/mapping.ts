import * as z from 'zod/mini';
import { blankRecord, id, intOrNull, isoDateTime, list, text } from '../common';

/**
 * Module 1 — kartlegging. One record per client. Everything
 * is optional: the conversation decides the order, and a step can be marked
 * "ikke aktuelt" (not relevant) and skipped.
 */

export const MAPPING_STEPS = [
	'question',
	'education',
	'work',
	'strengths',
	'interests',
	'life',
	'challenges',
	'goals'
] as const;
export type MappingStep = (typeof MAPPING_STEPS)[number];

export const QUESTION_CATEGORIES = [
	'explore',
	'confirmTrade',
	'finishSchool',
	'getJob',
	'newOccupation',
	'higherEducation'
] as const;
export const PRIMARY_SCHOOL = ['completed', 'notCompleted', 'abroad'] as const;
/**
 * The highest education completed abroad, asked apart from the free text: primary school abroad
 * («tilsvarande opplæring», opplæringslova § 5-1 (1) first sentence) gives the same rights as
 * primary school here; upper secondary abroad that is not recognised is § 5-1 (1) second sentence
 * and § 18-3 (1); recognised upper secondary is a completed qualification (§ 18-4).
 */
export const ABROAD_COMPLETED = ['none', 'primary', 'upperSecondaryNotRecognised', 'upperSecondaryRecognised'] as const;
export const LEVELS = ['vg1', 'vg2', 'vg3', 'completed'] as const;
/** How the year at the level reached ended: passed, started and left, or still going on. */
export const SCHOOL_STATUSES = ['passed', 'left', 'ongoing'] as const;
export const LICENCES = ['AM', 'A1', 'A', 'B', 'BE', 'C1', 'C', 'CE', 'D', 'T'] as const;
export const EXPERIENCE_TYPES = ['job', 'workTraining', 'volunteer'] as const;
export const CHALLENGES = ['health', 'formalCompetence', 'schoolExperience', 'language', 'other'] as const;
export const LIFE_AREAS = ['health', 'finances', 'housing', 'family'] as const;

export const upperSecondarySchema = z.object({
	id,
	/** Programme code from programmes.ts, or empty. */
	programme: text(),
	level: z._default(z.nullable(z.enum(LEVELS)), null),
	/** The Vg2 programme area (catalogue code) when Vg2 or more was reached; empty when not known. */
	vg2: text(),
	/** null: not given (rows from before it was asked; the counsellor is asked once). */
	status: z._default(z.nullable(z.enum(SCHOOL_STATUSES)), null),
	/** When a year that was left ended, as the client remembers it ('YYYY-MM' or words). */
	leftOn: text(),
	school: text(),
	years: text()
});

export type SchoolRow = z.output<typeof upperSecondarySchema>;

export const subjectSchema = z.object({ id, name: text(), grade: text() });
export const courseSchema = z.object({ id, name: text(), year: text() });

export const experienceSchema = z.object({
	id,
	type: z._default(z.enum(EXPERIENCE_TYPES), 'job'),
	employer: text(),
	role: text(),
	/** 'YYYY-MM'; end empty = still ongoing. */
	start: text(),
	end: text(),
	/** A new CV entry starts at full time, the most common case; null means not known. */
	percent: intOrNull(100),
	tasks: text(),
	/** Trade codes the counsellor confirmed this work is relevant practice for; only those count towards them. */
	relevantFor: list(z.string())
});

export const mappingSchema = z.object({
	id,
	clientId: id,
	schemaVersion: z._default(z.literal(2), 2),
	notRelevant: list(z.enum(MAPPING_STEPS)),
	question: z._default(z.object({ categories: list(z.enum(QUESTION_CATEGORIES)), text: text() }), () => ({
		categories: [],
		text: ''
	})),
	education: z._default(
		z.object({
			primarySchool: z._default(z.nullable(z.enum(PRIMARY_SCHOOL)), null),
			upperSecondary: list(upperSecondarySchema),
			subjectsPassed: list(subjectSchema),
			abroad: text(),
			/** null: not answered (and rows from version 1 whose free text could be either level). */
			abroadCompleted: z._default(z.nullable(z.enum(ABROAD_COMPLETED)), null),
			courses: list(courseSchema),
			drivingLicences: list(z.enum(LICENCES))
		}),
		() => ({
			primarySchool: null,
			upperSecondary: [],
			subjectsPassed: [],
			abroad: '',
			abroadCompleted: null,
			courses: [],
			drivingLicences: []
		})
	),
	experience: list(experienceSchema),
	strengths: z._default(
		z.object({
			qualities: text(),
			skills: text(),
			likes: text(),
			dislikes: text(),
			prefTasks: text(),
			prefHours: text(),
			prefPercent: text(),
			prefEnvironment: text(),
			prefGeography: text()
		}),
		() => ({
			qualities: '',
			skills: '',
			likes: '',
			dislikes: '',
			prefTasks: '',
			prefHours: '',
			prefPercent: '',
			prefEnvironment: '',
			prefGeography: ''
		})
	),
	interests: z._default(
		z.object({
			text: text(),
			/** Inventory answers by item id: 0 not for me, 1 maybe, 2 like. */
			answers: z._default(z.record(z.string(), z.int()), () => ({}))
		}),
		() => ({ text: '', answers: {} })
	),
	/** Sensitive: the client decides what is written here. */
	life: z._default(z.object({ health: text(), finances: text(), housing: text(), family: text() }), () => ({
		health: '',
		finances: '',
		housing: '',
		family: ''
	})),
	challenges: z._default(z.object({ list: list(z.enum(CHALLENGES)), other: text() }), () => ({ list: [], other: '' })),
	goals: z._default(z.object({ dreams: text(), goals: text() }), () => ({ dreams: '', goals: '' })),
	createdAt: isoDateTime,
	updatedAt: isoDateTime
});

export type Mapping = z.output<typeof mappingSchema>;
export type Experience = z.output<typeof experienceSchema>;

export const mappingId = (clientId: string) => `${clientId}/mapping`;

export function newMapping(clientId: string, now = new Date()): Mapping {
	return blankRecord(mappingSchema, mappingId(clientId), clientId, now);
}

/** Whether a step has anything written in it, for the progress indicator. */
export function stepHasContent(m: Mapping, step: MappingStep): boolean {
	const filled = (v: unknown): boolean =>
		typeof v === 'string'
			? v.trim() !== ''
			: Array.isArray(v)
				? v.length > 0
				: v && typeof v === 'object'
					? Object.values(v).some(filled)
					: v !== null && v !== undefined;
	switch (step) {
		case 'question':
			return filled(m.question);
		case 'education':
			return filled(m.education);
		case 'work':
			return m.experience.length > 0;
		case 'strengths':
			return filled(m.strengths);
		case 'interests':
			return m.interests.text.trim() !== '' || Object.keys(m.interests.answers).length > 0;
		case 'life':
			return filled(m.life);
		case 'challenges':
			return filled(m.challenges);
		case 'goals':
			return filled(m.goals);
	}
}

export type StepState = 'empty' | 'started' | 'notRelevant';

export function stepState(m: Mapping, step: MappingStep): StepState {
	if (m.notRelevant.includes(step)) return 'notRelevant';
	return stepHasContent(m, step) ? 'started' : 'empty';
}

/**
 * Version 1 had only the free text for education abroad, and the rules read any of it as upper
 * secondary abroad. Primary school marked «from abroad» with no text is primary school abroad;
 * text could describe either level, so it is left for the counsellor to answer (the step asks).
 */
export function mappingV1toV2(data: Record<string, unknown>): Record<string, unknown> {
	if (typeof data.education !== 'object' || data.education === null) return data;
	const education = data.education as Record<string, unknown>;
	const text = typeof education.abroad === 'string' ? education.abroad.trim() : '';
	const abroadCompleted = education.primarySchool === 'abroad' && text === '' ? 'primary' : null;
	return { ...data, education: { ...education, abroadCompleted } };
}

import type { Mapping } from '../mapping/mapping';
import { totalMonths } from '../mapping/practice';
import { PROGRAMMES } from '../mapping/programmes';
import { experienceBand, type EducationLevel, type ExperienceBand, type Registration } from './registration';

/** The part of module 1 that registration and statistics read. */
export type MappingFacts = Pick<Mapping, 'education' | 'experience' | 'notRelevant'> & {
	question: Pick<Mapping['question'], 'categories'>;
};

/** Only the facts, without the free text around them: what a cache of many clients needs to hold. */
export function mappingFacts(m: Mapping): MappingFacts {
	return {
		education: m.education,
		experience: m.experience.map((e) => ({ ...e, tasks: '', employer: '', role: '' })),
		notRelevant: m.notRelevant,
		question: { categories: m.question.categories }
	};
}

/**
 * Registration facts read from module 1, so the counsellor is never asked
 * twice. Apart from registration.ts because it needs the programme list and
 * the practice counter, which the client list (the first screen after
 * unlock) does not.
 */

/** Work experience as module 1's CV records it (jobs and work training, part-time counted by percent); null when the CV step is untouched. */
export function experienceFromMapping(
	mapping: Pick<Mapping, 'experience' | 'notRelevant'> | undefined,
	now = new Date()
): ExperienceBand | null {
	if (!mapping) return null;
	const work = mapping.experience.filter((e) => e.type !== 'volunteer');
	if (work.length === 0) return mapping.notRelevant.includes('work') ? 'none' : null;
	return experienceBand(totalMonths(work, now));
}

const vocational = new Set(PROGRAMMES.filter((p) => p.vocational).map((p) => p.code));

/** Highest completed education as far as module 1 shows it; higher education is never guessed. */
export function educationFromMapping(mapping: Pick<Mapping, 'education'> | undefined): EducationLevel | null {
	if (!mapping) return null;
	const { upperSecondary, primarySchool, abroadCompleted } = mapping.education;
	const completed = upperSecondary.filter((u) => u.level === 'completed');
	if (completed.some((u) => u.programme && !vocational.has(u.programme))) return 'general';
	if (completed.length > 0) return 'vocational';
	if (abroadCompleted === 'upperSecondaryRecognised') return 'abroadRecognised';
	if (upperSecondary.length > 0) return 'startedUpperSecondary';
	if (abroadCompleted === 'upperSecondaryNotRecognised') return 'abroadNotRecognised';
	// Primary school abroad is not upper secondary abroad: it gives the rights of primary school here.
	if (abroadCompleted === 'primary' || primarySchool === 'abroad') return 'primaryAbroad';
	if (primarySchool === 'completed') return 'primary';
	return null;
}

/** The registration as statistics use it: the counsellor's choice, else what module 1 shows. */
export function effectiveRegistration(reg: Registration, mapping: MappingFacts | undefined, now = new Date()) {
	return {
		gender: reg.gender,
		education: reg.education ?? educationFromMapping(mapping),
		experience: reg.experience ?? experienceFromMapping(mapping, now)
	};
}

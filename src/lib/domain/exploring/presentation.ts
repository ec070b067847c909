import type { ConsentSection } from './consent';
import { scoreInventory, type HollandType } from '../mapping/interests';
import type { Mapping } from '../mapping/mapping';
import { roundMonths, totalMonths } from '../mapping/practice';

/**
 * The module 1 summary as shown on the shared screen (presentation mode) and
 * later in outputs: built from the mapping, with every section the client has
 * not agreed to share left out entirely – not hidden, not blanked, absent.
 */

export type SharedSummary = Partial<{
	question: { categories: string[]; text: string };
	education: {
		programmes: { programme: string; level: string | null }[];
		subjects: string[];
		courses: string[];
		licences: string[];
		/** Schooling from another country, in the counsellor's words. */
		abroad: string;
	};
	experience: { months: number; entries: { role: string; employer: string }[] };
	strengths: { qualities: string; skills: string; likes: string };
	interests: { text: string; top: HollandType[] };
	goals: { dreams: string; goals: string };
	challenges: { list: string[]; other: string };
	health: string;
	finances: string;
	housing: string;
	family: string;
}>;

export function sharedSummary(m: Mapping, shared: Set<ConsentSection>): SharedSummary {
	const out: SharedSummary = {};
	if (shared.has('question')) out.question = { categories: [...m.question.categories], text: m.question.text };
	if (shared.has('education'))
		out.education = {
			programmes: m.education.upperSecondary
				.filter((u) => u.programme)
				.map((u) => ({ programme: u.programme, level: u.level })),
			subjects: m.education.subjectsPassed.map((s) => s.name).filter(Boolean),
			courses: m.education.courses.map((c) => c.name).filter(Boolean),
			licences: [...m.education.drivingLicences],
			abroad: m.education.abroad.trim()
		};
	if (shared.has('experience'))
		out.experience = {
			months: roundMonths(totalMonths(m.experience)),
			entries: m.experience.filter((e) => e.role || e.employer).map((e) => ({ role: e.role, employer: e.employer }))
		};
	if (shared.has('strengths'))
		out.strengths = { qualities: m.strengths.qualities, skills: m.strengths.skills, likes: m.strengths.likes };
	if (shared.has('interests')) out.interests = { text: m.interests.text, top: scoreInventory(m.interests.answers).top };
	if (shared.has('goals')) out.goals = { dreams: m.goals.dreams, goals: m.goals.goals };
	if (shared.has('challenges')) out.challenges = { list: [...m.challenges.list], other: m.challenges.other };
	for (const area of ['health', 'finances', 'housing', 'family'] as const)
		if (shared.has(area)) out[area] = m.life[area];
	return out;
}

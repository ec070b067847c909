import { ruleBirthYear } from './birth-year';
import { todayIso } from '../common';
import type { EducationLevel } from '../client/registration';
import { RULES } from './data';
import { isQualified, rightYears } from './rights';
import { schoolYearLabel } from './school-year';
import type { RuleResult } from './types';

/**
 * Application deadlines by who applies (opplæringsforskrifta § 4-9, § 7-5, § 13-3): youth
 * 1 March, 1 February for the groups in § 4-9 second ledd and for lærekandidat and
 * praksisbrevkandidat placement; adults apply on a rolling basis.
 */

/** A deadline date in a given year, moved from a weekend to the Monday after (§ 4-9 third ledd). */
export function deadlineIn(year: number, which: 'early' | 'ordinary'): string {
	const { month, day } = RULES.deadlines.value[which];
	const d = new Date(year, month - 1, day, 12);
	const dow = d.getDay();
	if (dow === 6) d.setDate(d.getDate() + 2);
	if (dow === 0) d.setDate(d.getDate() + 1);
	return todayIso(d);
}

/** The deadlines of one intake: never 1 March of one year beside 1 February of the next. */
export interface Intake {
	/** The school year the intake admits to, «2027–28». */
	schoolYear: string;
	early: string;
	ordinary: string;
	/** Today is past the early deadline of this intake (between 2 February and 1 March). */
	earlyPassed: boolean;
}

/** The next intake whose ordinary deadline (1 March) is on or after today, with its early deadline (1 February). */
export function nextDeadlines(today = new Date()): Intake {
	const t = todayIso(today);
	const year = t <= deadlineIn(today.getFullYear(), 'ordinary') ? today.getFullYear() : today.getFullYear() + 1;
	const early = deadlineIn(year, 'early');
	return { schoolYear: schoolYearLabel(year), early, ordinary: deadlineIn(year, 'ordinary'), earlyPassed: t > early };
}

/** i18next context for a sentence about an intake whose early deadline has passed. */
export const intakeContext = (i: Pick<Intake, 'earlyPassed'>): Record<string, string> =>
	i.earlyPassed ? { context: 'earlyPassed' } : {};

/**
 * Whether the client applies as a youth (§ 5-1), as an adult (§ 18-3 / § 18-4), or may choose,
 * for the school year the next ordinary deadline admits to. Unknown birth year: both are shown.
 */
export function applicantTracks(typedBirthYear: number | null, education: EducationLevel | null, today = new Date()) {
	const birthYear = ruleBirthYear(typedBirthYear, today);
	if (isQualified(education)) return { youth: false, adult: true };
	if (birthYear === null) return { youth: true, adult: true };
	const schoolYear = Number(nextDeadlines(today).schoolYear.slice(0, 4));
	const { adultFrom, youthUntil } = rightYears(birthYear);
	return { youth: schoolYear <= youthUntil, adult: schoolYear >= adultFrom };
}

/** The deadlines that apply to this client, each with the ledd that sets it. */
export function deadlinesFor(
	birthYear: number | null,
	education: EducationLevel | null,
	today = new Date(),
	countyIntake = ''
): RuleResult[] {
	const { youth, adult } = applicantTracks(birthYear, education, today);
	const intake = nextDeadlines(today);
	const { early, ordinary, schoolYear } = intake;
	const law = RULES.deadlines.law;
	const out: RuleResult[] = [];
	if (youth) {
		out.push({
			rule: 'deadlines',
			level: 'ok',
			key: 'rules.deadlines.youth',
			values: { early, ordinary, schoolYear, ...intakeContext(intake) },
			law: [law[0], law[1]]
		});
		out.push({
			rule: 'deadlines',
			level: 'ok',
			key: 'rules.deadlines.placement',
			values: { early, ordinary, schoolYear, ...intakeContext(intake) },
			law: [law[2]]
		});
	}
	if (adult) {
		const county = countyIntake.trim();
		out.push({
			rule: 'deadlines',
			level: 'ok',
			key: county ? 'rules.deadlines.adultCounty' : 'rules.deadlines.adult',
			values: { intake: county },
			source: 1,
			law: [law[3], law[4]]
		});
	}
	return out;
}

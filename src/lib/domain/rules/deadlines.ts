import { ruleBirthYear } from './birth-year';
import { todayIso } from '../common';
import type { EducationLevel } from '../client/registration';
import { RULES } from './data';
import { isQualified, rightYears } from './rights';
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

/** The next early (1 February) and ordinary (1 March) deadline on or after today. */
export function nextDeadlines(today = new Date()): { early: string; ordinary: string } {
	const t = todayIso(today);
	const next = (which: 'early' | 'ordinary') => {
		const thisYear = deadlineIn(today.getFullYear(), which);
		return t <= thisYear ? thisYear : deadlineIn(today.getFullYear() + 1, which);
	};
	return { early: next('early'), ordinary: next('ordinary') };
}

/**
 * Whether the client applies as a youth (§ 5-1), as an adult (§ 18-3 / § 18-4), or may choose,
 * for the school year the next ordinary deadline admits to. Unknown birth year: both are shown.
 */
export function applicantTracks(typedBirthYear: number | null, education: EducationLevel | null, today = new Date()) {
	const birthYear = ruleBirthYear(typedBirthYear, today);
	if (isQualified(education)) return { youth: false, adult: true };
	if (birthYear === null) return { youth: true, adult: true };
	const schoolYear = Number(nextDeadlines(today).ordinary.slice(0, 4));
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
	const { early, ordinary } = nextDeadlines(today);
	const law = RULES.deadlines.law;
	const out: RuleResult[] = [];
	if (youth) {
		out.push({
			rule: 'deadlines',
			level: 'ok',
			key: 'rules.deadlines.youth',
			values: { early, ordinary },
			law: [law[0], law[1]]
		});
		out.push({
			rule: 'deadlines',
			level: 'ok',
			key: 'rules.deadlines.placement',
			values: { early, ordinary },
			law: [law[2]]
		});
	}
	if (adult) {
		const intake = countyIntake.trim();
		out.push({
			rule: 'deadlines',
			level: 'ok',
			key: intake ? 'rules.deadlines.adultCounty' : 'rules.deadlines.adult',
			values: { intake },
			source: 1,
			law: [law[3], law[4]]
		});
	}
	return out;
}

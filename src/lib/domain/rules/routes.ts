import { ruleBirthYear } from './birth-year';
import type { EducationLevel } from '../client/registration';
import { RULES } from './data';
import { praksiskandidat } from './practice-rules';
import { isQualified } from './rights';
import type { RuleResult } from './types';

/**
 * Checks for the routes that are not a trade certificate: work training,
 * working directly, fagskole and higher education. The values and sources
 * live in RULES; these say what they mean for one client. Age limits count
 * from 1 January of the year the person turns that age, as the sources do.
 */

const yearOf = (birthYear: number, age: number) => birthYear + age;

/** Arbeidstrening is meant for little or patchy work experience (or reduced work ability); Nav decides. */
export function workTraining(practiceMonths: number): RuleResult {
	const { maxMonths, extensionMonths, littleExperienceBelowMonths } = RULES.workTraining.value;
	const values = { have: Math.round(practiceMonths), max: maxMonths, extended: maxMonths + extensionMonths };
	// Under one whole month is said in words, never «Med 0 måneders arbeidserfaring».
	if (values.have < 1) return { rule: 'workTraining', level: 'ok', key: 'rules.workTraining.underAMonth', values };
	return practiceMonths < littleExperienceBelowMonths
		? { rule: 'workTraining', level: 'ok', key: 'rules.workTraining.fits', values: { ...values, count: values.have } }
		: { rule: 'workTraining', level: 'check', key: 'rules.workTraining.experienced', values };
}

/** Working directly: what Nav can add, and how far the work takes the client towards the praksiskandidat route. */
export function workDirect(practiceMonths: number, trainingMonths: number | null): RuleResult[] {
	const { wageSubsidyMonths, wageSubsidyReducedMonths } = RULES.workDirect.value;
	const support: RuleResult = {
		rule: 'workDirect',
		level: 'ok',
		key: 'rules.workDirect.support',
		values: { max: wageSubsidyMonths, reduced: wageSubsidyReducedMonths }
	};
	if (trainingMonths === null) return [support];
	// The practice counts as praksiskandidat counts it; here it is progress, not a verdict.
	const p = praksiskandidat(practiceMonths, trainingMonths);
	const towards: RuleResult = {
		...p,
		level: 'ok',
		key: p.level === 'ok' ? 'rules.workDirect.enoughPractice' : 'rules.workDirect.towardsPraksiskandidat',
		source: 0
	};
	return [support, towards];
}

/** Fagskole: admitted on completed upper secondary, or on prior learning from the year one turns 23; Nav can fund it from 19. */
export function fagskole(
	typedBirthYear: number | null,
	education: EducationLevel | null,
	today = new Date()
): RuleResult[] {
	const birthYear = ruleBirthYear(typedBirthYear, today);
	const { realkompetanseFromAge } = RULES.fagskole.value;
	const { fagskoleFromAge: navFromAge, maxMonths } = RULES.navTraining.value;
	const year = today.getFullYear();
	const admission: RuleResult = isQualified(education)
		? { rule: 'fagskole', level: 'ok', key: 'rules.fagskole.qualified', values: {} }
		: birthYear === null
			? { rule: 'fagskole', level: 'check', key: 'rules.fagskole.unknownAge', values: { age: realkompetanseFromAge } }
			: year >= yearOf(birthYear, realkompetanseFromAge)
				? {
						rule: 'fagskole',
						level: 'check',
						key: 'rules.fagskole.realkompetanse',
						values: { age: realkompetanseFromAge }
					}
				: {
						rule: 'fagskole',
						level: 'no',
						key: 'rules.fagskole.notYet',
						values: { fromYear: yearOf(birthYear, realkompetanseFromAge) }
					};
	if (birthYear === null) return [admission];
	const navYear = yearOf(birthYear, navFromAge);
	const nav: RuleResult =
		year >= navYear
			? { rule: 'navTraining', level: 'check', key: 'rules.fagskole.nav', values: { max: maxMonths }, source: 1 }
			: {
					rule: 'navTraining',
					level: 'no',
					key: 'rules.fagskole.navNotYet',
					values: { fromYear: navYear, age: navFromAge },
					source: 1
				};
	return [admission, nav];
}

/**
 * Higher education: generell studiekompetanse; else the 23/5 rule (23 in the
 * admission year, five years of work and/or education, the six subjects);
 * else prior learning from 25. Nav rarely funds it as a measure.
 */
export function higherEducation(
	typedBirthYear: number | null,
	education: EducationLevel | null,
	practiceMonths: number,
	today = new Date()
): RuleResult[] {
	const birthYear = ruleBirthYear(typedBirthYear, today);
	const { rule235Age, practiceMonths: needed, realkompetanseFromAge, proposedChangeYear } = RULES.higherEducation.value;
	const year = today.getFullYear();
	const nav: RuleResult = {
		rule: 'navTraining',
		level: 'check',
		key: 'rules.higherEducation.nav',
		values: {},
		source: 2
	};
	if (education === 'general' || education === 'higher')
		return [{ rule: 'higherEducation', level: 'ok', key: 'rules.higherEducation.qualified', values: {} }, nav];
	if (birthYear === null)
		return [
			{ rule: 'higherEducation', level: 'check', key: 'rules.higherEducation.unknownAge', values: { age: rule235Age } },
			nav
		];
	const values = {
		fromYear: yearOf(birthYear, rule235Age),
		have: Math.round(practiceMonths),
		needed,
		change: proposedChangeYear,
		realFromYear: yearOf(birthYear, realkompetanseFromAge)
	};
	const route: RuleResult =
		year < values.fromYear
			? { rule: 'higherEducation', level: 'no', key: 'rules.higherEducation.tooYoung', values, source: 2 }
			: practiceMonths >= needed
				? { rule: 'higherEducation', level: 'check', key: 'rules.higherEducation.rule235', values }
				: { rule: 'higherEducation', level: 'check', key: 'rules.higherEducation.practiceShort', values };
	return [route, nav];
}

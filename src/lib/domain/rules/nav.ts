import { ruleBirthYear } from './birth-year';
import type { RouteKind } from '../exploring/exploration';
import { RULES } from './data';
import type { RuleResult } from './types';

/**
 * Nav's part of a plan. Nav's limit on training (3 years, in some cases one more to reach a trade
 * certificate) is on the training measure, whoever runs the school: since 2019 the measure can be
 * ordinary upper secondary (forskrift om arbeidsmarkedstiltak kap. 7; Nav's circular R76-12-01).
 * Which months a measure holds is Nav's decision, so a route through school is checked against the
 * limit as «if this becomes a measure», never as a firm yes or no.
 */

/** Who pays for a route's months: the county (school), an employer (apprenticeship, work), or Nav (a measure). */
export type Funding = 'county' | 'wage' | 'nav' | 'unknown';

export const ROUTE_FUNDING: Record<RouteKind, Funding> = {
	apprenticeship: 'county',
	laerekandidat: 'county',
	adultEducation: 'county',
	realkompetanse: 'county',
	praksiskandidat: 'wage',
	fagbrevPaJobb: 'wage',
	workDirect: 'wage',
	workTraining: 'nav',
	fagskole: 'nav',
	higherEducation: 'nav'
};

/**
 * The months of a plan that Nav's training limit may count: a route through school or Nav-run
 * training, whole (the measure's months, whoever runs the school). Work with a wage is no training
 * measure; arbeidstrening has a limit of its own.
 */
export function navFundedMonths(route: RouteKind | null, lengthMonths: number | null): number {
	if (lengthMonths === null || route === 'workTraining') return 0;
	const funding: Funding = route ? ROUTE_FUNDING[route] : 'unknown';
	return funding === 'wage' ? 0 : lengthMonths;
}

/** Nav's training limit for a plan's route: firm for what Nav runs, «if it becomes a measure» for school routes. */
export function navLimitFor(route: RouteKind | null, lengthMonths: number | null): RuleResult | null {
	const months = navFundedMonths(route, lengthMonths);
	if (months === 0) return null;
	const r = navTrainingLength(months);
	if (r.level === 'ok') return null;
	return route && ROUTE_FUNDING[route] === 'county' ? { ...r, level: 'check', key: 'rules.navTraining.ifMeasure' } : r;
}

/** Whether Nav can support training of this many Nav-funded months (3 years, +1 in special cases). */
export function navTrainingLength(navMonths: number): RuleResult {
	const { maxMonths, extensionMonths } = RULES.navTraining.value;
	const values = { months: navMonths, max: maxMonths, extra: extensionMonths, extended: maxMonths + extensionMonths };
	if (navMonths <= maxMonths) return { rule: 'navTraining', level: 'ok', key: 'rules.navTraining.within', values };
	if (navMonths <= maxMonths + extensionMonths)
		return { rule: 'navTraining', level: 'check', key: 'rules.navTraining.extension', values };
	return { rule: 'navTraining', level: 'no', key: 'rules.navTraining.tooLong', values };
}

/**
 * Education on dagpenger: from 25 (30 for higher education), fully unemployed or laid off,
 * normally after 3 months as a jobseeker (waived without completed upper secondary), approved
 * by Nav before it starts. Always «avklar med Nav-veileder før opplæringen starter».
 */
export function dagpengerEducation(
	typedBirthYear: number | null,
	route: RouteKind | null,
	today = new Date()
): RuleResult {
	const birthYear = ruleBirthYear(typedBirthYear, today);
	const { fromAge, higherEducationFromAge, jobseekerMonths } = RULES.dagpenger.value;
	const age = route === 'higherEducation' ? higherEducationFromAge : fromAge;
	const values = { age, months: jobseekerMonths };
	// Nav counts from the birthday («fylt 25 år»); only the year is stored, so the year one turns 25 is «check».
	const turns = birthYear === null ? null : today.getFullYear() - birthYear;
	if (turns !== null && turns < age) return { rule: 'dagpenger', level: 'no', key: 'rules.dagpenger.tooYoung', values };
	if (turns === age) return { rule: 'dagpenger', level: 'check', key: 'rules.dagpenger.birthdayThisYear', values };
	return { rule: 'dagpenger', level: 'check', key: 'rules.dagpenger.check', values };
}

/** What the income security allows while training, for the ones with rules of their own; each with its own legal basis. */
export function incomeSecurityNote(income: string | null): RuleResult | null {
	const { aap, kvp } = RULES.incomeSecurity.value;
	const basis = RULES.incomeSecurity.basisOf;
	if (income === 'aap')
		return {
			rule: 'incomeSecurity',
			level: 'check',
			key: 'rules.income.aap',
			values: { max: aap.maxMonths },
			basis: basis.aap
		};
	if (income === 'kvp')
		return {
			rule: 'incomeSecurity',
			level: 'check',
			key: 'rules.income.kvp',
			values: { max: kvp.maxMonths, extended: kvp.maxMonths + kvp.extensionMonths },
			source: 1,
			basis: basis.kvp
		};
	if (income === 'introduksjonsprogram')
		return {
			rule: 'incomeSecurity',
			level: 'check',
			key: 'rules.income.introduksjonsprogram',
			values: {},
			source: 2,
			basis: basis.introduksjonsprogram
		};
	return null;
}

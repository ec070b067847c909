import { ruleBirthYear } from './birth-year';
import type { RouteKind } from '../exploring/exploration';
import { RULES } from './data';
import type { RuleResult } from './types';

/**
 * Nav's part of a plan. Nav's limit on training (3 years, +1 in special cases) is on what Nav
 * funds as a measure – not on county-funded upper secondary or on paid apprenticeship. Nav decides.
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

/** The months of a plan that count against Nav's training limit. */
export function navFundedMonths(route: RouteKind | null, lengthMonths: number | null): number {
	if (lengthMonths === null) return 0;
	const funding: Funding = route ? ROUTE_FUNDING[route] : 'unknown';
	return funding === 'nav' || funding === 'unknown' ? lengthMonths : 0;
}

/** Whether Nav can support training of this many Nav-funded months (3 years, +1 in special cases). */
export function navTrainingLength(navMonths: number): RuleResult {
	const { maxMonths, extensionMonths } = RULES.navTraining.value;
	const values = { months: navMonths, max: maxMonths, extended: maxMonths + extensionMonths };
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
	if (birthYear !== null && today.getFullYear() - birthYear < age)
		return { rule: 'dagpenger', level: 'no', key: 'rules.dagpenger.tooYoung', values };
	return { rule: 'dagpenger', level: 'check', key: 'rules.dagpenger.check', values };
}

/** What the income security allows while training, for the ones with rules of their own. */
export function incomeSecurityNote(income: string | null): RuleResult | null {
	const { aap, kvp } = RULES.incomeSecurity.value;
	if (income === 'aap')
		return { rule: 'incomeSecurity', level: 'check', key: 'rules.income.aap', values: { max: aap.maxMonths } };
	if (income === 'kvp')
		return {
			rule: 'incomeSecurity',
			level: 'check',
			key: 'rules.income.kvp',
			values: { max: kvp.maxMonths, extended: kvp.maxMonths + kvp.extensionMonths },
			source: 1
		};
	if (income === 'introduksjonsprogram')
		return { rule: 'incomeSecurity', level: 'check', key: 'rules.income.introduksjonsprogram', values: {}, source: 2 };
	return null;
}

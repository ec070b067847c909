import { ruleBirthYear } from '../rules/birth-year';
import type { Trade } from '../catalogue/schema';
import type { Mapping } from '../mapping/mapping';
import type { RouteKind } from './exploration';
import { educationFromMapping } from '../client/registration-derived';
import { pathMonths, routePath, type RoutePath } from './route-path';
import {
	countPractice,
	creditedSchoolMonths,
	educationRights,
	fagbrevPaJobb,
	fagskole,
	higherEducation,
	praksiskandidat,
	praksiskandidatMonths,
	RULES,
	realkompetanse,
	relevantTo,
	workDirect,
	workTraining,
	writtenExamFirst,
	type RightsInput,
	type RuleResult
} from '../rules';

/**
 * Which routes to a trade look open for this client, and how long each would
 * take, from the catalogue and the rules. Advice for the three-way meeting,
 * never a decision.
 */

export interface RouteAssessment {
	kind: RouteKind;
	/** Expected length in months, when the rules can say. */
	months: number | null;
	results: RuleResult[];
	/** For the routes through school and a company: which school years, then how long in the company. */
	path?: RoutePath;
}

/** The facts about the client the rights rules read from module 1. */
export function rightsInput(mapping: Mapping | undefined, birthYear: number | null, today = new Date()): RightsInput {
	return {
		birthYear: ruleBirthYear(birthYear, today),
		education: educationFromMapping(mapping),
		primaryNotCompleted: mapping?.education.primarySchool === 'notCompleted',
		today
	};
}

/**
 * How long a route to a trade takes this client as the rules see it now: school still needed plus
 * company time for an apprenticeship, the practice still missing for praksiskandidat (0: enough
 * practice, the client can sign up for the exams now); null where the rules cannot say. A plan or an option whose length differs is flagged, never changed silently.
 */
export function expectedMonths(
	trade: Trade,
	route: RouteKind | null,
	mapping: Mapping | undefined,
	birthYear: number | null,
	today = new Date()
): number | null {
	if (!route) return null;
	return assessRoutes(trade, mapping, birthYear, today).find((x) => x.kind === route)?.months ?? null;
}

/** The practice that counts in this trade: the CV entries marked relevant for it, counted as the rules count. */
export function tradePractice(
	trade: Pick<Trade, 'code'>,
	mapping: Pick<Mapping, 'experience'> | undefined,
	today = new Date()
) {
	return countPractice(relevantTo(mapping?.experience ?? [], trade.code), today);
}

export function assessRoutes(
	trade: Trade,
	mapping: Mapping | undefined,
	birthYear: number | null,
	today = new Date()
): RouteAssessment[] {
	// Practice in the trade: only the work the counsellor marked relevant for it. Work in general
	// (for arbeidstrening, realkompetanse, higher education) counts every entry.
	const practice = tradePractice(trade, mapping, today).months;
	const general = praksiskandidatMonths(mapping?.experience ?? [], today);
	const path = routePath(trade, mapping);
	const school = path.school.length * 12;
	const apprenticeship = pathMonths(path);
	const rights = rightsInput(mapping, birthYear, today);
	const { education } = rights;
	const credit = creditedSchoolMonths(mapping?.education.upperSecondary ?? [], trade);
	// If the route becomes a Nav training measure, Nav's limit is on the whole measure (R76-12-01 kap. 7).
	const parts: RuleResult = {
		rule: 'navTraining',
		level: 'check',
		key: 'rules.navTraining.measure',
		values: {
			school,
			company: trade.companyMonths,
			max: RULES.navTraining.value.maxMonths,
			extra: RULES.navTraining.value.extensionMonths
		}
	};
	const exam = writtenExamFirst(trade);
	const candidate = praksiskandidat(practice, trade.trainingMonths, credit);
	return [
		{ kind: 'apprenticeship', months: apprenticeship, results: [parts], path },
		{
			kind: 'praksiskandidat',
			months: Math.ceil(Number(candidate.values.missing)),
			results: [candidate, ...exam]
		},
		{ kind: 'fagbrevPaJobb', months: null, results: [fagbrevPaJobb(practice, trade.trainingMonths)] },
		{ kind: 'laerekandidat', months: apprenticeship, results: [parts], path },
		{
			kind: 'adultEducation',
			months: null,
			results: educationRights(rights).filter((r) => r.rule !== 'realkompetanse')
		},
		{ kind: 'realkompetanse', months: null, results: [realkompetanse(rights, general)] },
		{ kind: 'workTraining', months: null, results: [workTraining(general)] },
		{ kind: 'workDirect', months: null, results: workDirect(practice, trade.trainingMonths) },
		{ kind: 'fagskole', months: null, results: fagskole(rights.birthYear, education, today) },
		{
			kind: 'higherEducation',
			months: null,
			results: higherEducation(rights.birthYear, education, general, today)
		}
	];
}

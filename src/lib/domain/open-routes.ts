import type { Trade } from './catalogue/schema';
import type { Mapping } from './mapping';
import type { RouteKind } from './exploration';
import { educationFromMapping } from './registration-derived';
import { fagskole, higherEducation, workDirect, workTraining } from './route-rules';
import {
	fagbrevPaJobb,
	navTrainingLength,
	praksiskandidat,
	praksiskandidatMonths,
	realkompetanse,
	voksenrett,
	type RuleResult
} from './rules';

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
}

/** School years the client still needs before the company part, from the level reached in the same programme. */
function schoolMonthsLeft(trade: Trade, mapping: Mapping | undefined): number {
	const schoolYears = Number(trade.model.split('+')[0]);
	const same = mapping?.education.upperSecondary.filter((u) => u.programme === trade.programme) ?? [];
	const reached = Math.max(
		0,
		...same.map((u) =>
			u.level === 'vg1' ? 1 : u.level === 'vg2' ? 2 : u.level === 'vg3' || u.level === 'completed' ? 3 : 0
		)
	);
	return Math.max(0, schoolYears - reached) * 12;
}

export function assessRoutes(
	trade: Trade,
	mapping: Mapping | undefined,
	birthYear: number | null,
	today = new Date()
): RouteAssessment[] {
	const practice = Math.round(praksiskandidatMonths(mapping?.experience ?? [], today) * 10) / 10;
	const apprenticeship = schoolMonthsLeft(trade, mapping) + trade.companyMonths;
	const education = educationFromMapping(mapping);
	const adult = voksenrett(birthYear, today, education);
	return [
		{ kind: 'apprenticeship', months: apprenticeship, results: [navTrainingLength(apprenticeship)] },
		{ kind: 'praksiskandidat', months: null, results: [praksiskandidat(practice, trade.trainingMonths)] },
		{ kind: 'fagbrevPaJobb', months: null, results: [fagbrevPaJobb(practice)] },
		{ kind: 'laerekandidat', months: apprenticeship, results: [navTrainingLength(apprenticeship)] },
		{ kind: 'adultEducation', months: null, results: [adult] },
		{ kind: 'realkompetanse', months: null, results: [realkompetanse(birthYear, practice, today)] },
		{ kind: 'workTraining', months: null, results: [workTraining(practice)] },
		{ kind: 'workDirect', months: null, results: workDirect(practice, trade.trainingMonths) },
		{ kind: 'fagskole', months: null, results: fagskole(birthYear, education, today) },
		{ kind: 'higherEducation', months: null, results: higherEducation(birthYear, education, practice, today) }
	];
}

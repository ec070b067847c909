/**
 * The rules a plan is checked against: data with sources and the words of the law (data.ts),
 * and the pure functions that apply them to one client.
 */
export { RULES, sourceTitle, type Rule, type RuleId, type RuleSource } from './data';
export type { RuleResult } from './types';
export { schoolYearLabel, schoolYearStart } from './school-year';
export {
	QUALIFIED,
	adultRight,
	educationRights,
	isQualified,
	pabygging,
	realkompetanse,
	rightYears,
	youthRight
} from './rights';
export type { RightsInput } from './rights';
export {
	countPractice,
	creditedSchoolMonths,
	fagbrevPaJobb,
	praksiskandidat,
	praksiskandidatMonths,
	praksiskandidatRequiredMonths,
	relevantTo,
	writtenExamFirst
} from './practice-rules';
export type { CvEntry, PracticeCount } from './practice-rules';
export { applicantTracks, deadlineIn, deadlinesFor, intakeContext, nextDeadlines, type Intake } from './deadlines';
export {
	ROUTE_FUNDING,
	dagpengerEducation,
	incomeSecurityNote,
	navFundedMonths,
	navLimitFor,
	navTrainingLength
} from './nav';
export { fagskole, higherEducation, workDirect, workTraining } from './routes';
export { REVIEW_AFTER_MONTHS, rulesDueForReview } from './review';

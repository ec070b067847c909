import { RULES, type Rule, type RuleId } from './data';

/** Rules not checked against their sources for more than a year: due for review. */
export const REVIEW_AFTER_MONTHS = 12;

export function rulesDueForReview(today = new Date()): RuleId[] {
	const limit = new Date(today);
	limit.setMonth(limit.getMonth() - REVIEW_AFTER_MONTHS);
	return (Object.values(RULES) as Rule<unknown>[])
		.filter((r) => new Date(`${r.lastChecked}T12:00:00`) < limit)
		.map((r) => r.id as RuleId);
}

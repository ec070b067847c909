import * as z from 'zod/mini';
import { blankRecord, id, intOrNull, isoDate, isoDateTime, list, text, todayIso } from '../common';
import { ROUTE_KINDS } from '../exploring/exploration';
import { fitted } from './nav-activities';
import type { EducationLevel } from '../client/registration';
import type { Citation } from '../law';
import {
	dagpengerEducation,
	fagbrevPaJobb,
	fagskole,
	higherEducation,
	navLimitFor,
	praksiskandidat,
	type RuleId,
	type RuleResult
} from '../rules';

/** Module 3 — plan for opplæring: the plan the three agree on. */

export const STEP_OWNERS = ['client', 'counsellor', 'navAdviser', 'schoolOrEmployer', 'other'] as const;
export const STEP_STATUSES = ['planned', 'applied', 'approved', 'inProgress', 'done', 'cancelled'] as const;

export const planStepSchema = z.object({
	id,
	what: text(),
	owner: z._default(z.nullable(z.enum(STEP_OWNERS)), null),
	deadline: z._default(isoDate, ''),
	status: z._default(z.enum(STEP_STATUSES), 'planned'),
	needsNavDecision: z._default(z.boolean(), false),
	needsFunding: z._default(z.boolean(), false)
});

export const companySchema = z.object({
	id,
	name: text(),
	contact: text(),
	phone: text(),
	email: text(),
	note: text()
});
export const adaptationSchema = z.object({ id, what: text(), provider: text() });
export const costSchema = z.object({ id, what: text(), amount: text(), payer: text() });

export const planSchema = z.object({
	id,
	clientId: id,
	schemaVersion: z._default(z.literal(1), 1),
	goal: z._default(
		z.object({ occupation: text(), tradeCode: text(), route: z._default(z.nullable(z.enum(ROUTE_KINDS)), null) }),
		() => ({ occupation: '', tradeCode: '', route: null })
	),
	/** A realistic next step, kept apart from the long-term goal. */
	nextStep: text(),
	/** The step the counsellor marked as the next one: its date and owner go with it on the fridge note. */
	nextStepId: z._default(z.nullable(z.string()), null),
	lengthMonths: intOrNull(),
	steps: list(planStepSchema),
	companies: list(companySchema),
	incomeSecurity: text(),
	adaptations: list(adaptationSchema),
	costs: list(costSchema),
	learningGoals: text(),
	planB: text(),
	followUp: z._default(isoDate, ''),
	createdAt: isoDateTime,
	updatedAt: isoDateTime
});

export type Plan = z.output<typeof planSchema>;
export type PlanStep = z.output<typeof planStepSchema>;

export const planId = (clientId: string) => `${clientId}/plan`;

export function newPlan(clientId: string, now = new Date()): Plan {
	return blankRecord(planSchema, planId(clientId), clientId, now);
}

export interface PlanWarning {
	key: string;
	values: Record<string, string | number>;
	/** The rule behind it, for showing its source; none for plain completeness checks. */
	rule?: RuleId;
	/** Which of the rule's sources states it, when not the first. */
	source?: number;
	/** The words of the law it rests on. */
	law?: Citation[];
	stepId?: string;
}

export interface PlanContext {
	/** Practice months as the praksiskandidat rule counts them, and the trade's training time. */
	practiceMonths: number;
	trainingMonths: number;
	/** School years that may be credited towards praksiskandidat (forskrifta § 6-7). */
	creditMonths?: number;
	/** The length the rules give for the plan's trade and route now; null when they cannot say. */
	expectedMonths?: number | null;
	/** Module 2's income security: dagpenger restricts education. */
	incomeSecurity?: string | null;
	/** For the admission rules of fagskole and higher education; unknown is checked as unknown. */
	birthYear?: number | null;
	education?: EducationLevel | null;
	today?: Date;
}

/** The rule results that say the chosen route does not fit the client now. */
function routeConflicts(plan: Plan, ctx: PlanContext): RuleResult[] {
	const birthYear = ctx.birthYear ?? null;
	const education = ctx.education ?? null;
	switch (plan.goal.route) {
		case 'praksiskandidat':
			return [praksiskandidat(ctx.practiceMonths, ctx.trainingMonths, ctx.creditMonths ?? 0)].filter(
				(r) => r.level !== 'ok'
			);
		case 'fagbrevPaJobb':
			return [fagbrevPaJobb(ctx.practiceMonths)].filter((r) => r.level === 'no');
		case 'fagskole':
			return fagskole(birthYear, education, ctx.today).filter((r) => r.level === 'no');
		case 'higherEducation':
			return higherEducation(birthYear, education, ctx.practiceMonths, ctx.today).filter((r) => r.level === 'no');
		default:
			return [];
	}
}

const open = (s: PlanStep) => s.status !== 'done' && s.status !== 'cancelled';

/** A step as a warning quotes it: at most its first 80 characters, so a pasted page never runs off the screen. */
export const quoteStep = (what: string, max = 80) => fitted(what, max).text || '…';

/** What to look at while writing the plan. Each is advice; Nav decides Nav's part. */
export function planWarnings(plan: Plan, ctx: PlanContext): PlanWarning[] {
	const out: PlanWarning[] = [];
	const today = todayIso(ctx.today);
	// Nav's limit is on the training measure, whoever runs the school; Nav decides which months it holds.
	const limit = navLimitFor(plan.goal.route, plan.lengthMonths);
	if (limit) out.push({ key: limit.key, values: limit.values, rule: 'navTraining' });
	const expected = ctx.expectedMonths ?? null;
	if (expected !== null && plan.lengthMonths !== null && plan.lengthMonths !== expected)
		out.push({
			key: 'plan.warnings.lengthOutdated',
			// «ready»: a praksiskandidat with enough practice has no months left to count.
			values: { months: plan.lengthMonths, expected, ...(expected === 0 ? { context: 'ready' } : {}) }
		});
	const conflicts = routeConflicts(plan, ctx);
	if (ctx.incomeSecurity === 'dagpenger')
		conflicts.push(dagpengerEducation(ctx.birthYear ?? null, plan.goal.route, ctx.today));
	for (const r of conflicts) out.push({ key: r.key, values: r.values, rule: r.rule, source: r.source, law: r.law });
	for (const s of plan.steps) {
		const name = quoteStep(s.what);
		if (s.needsNavDecision && s.owner === null && open(s))
			out.push({ key: 'plan.warnings.navDecisionNoOwner', values: { step: name }, stepId: s.id });
		if (s.deadline && s.deadline < today && open(s))
			out.push({ key: 'plan.warnings.deadlinePassed', values: { step: name, date: s.deadline }, stepId: s.id });
		if ((s.owner === null || !s.deadline) && open(s))
			out.push({ key: 'plan.warnings.missingOwnerOrDate', values: { step: name }, stepId: s.id });
	}
	return out;
}

import type { PlanStep } from './plan';

/**
 * The plan's steps shaped like activities in Nav's activity plan
 * (aktivitetsplan), ready to copy: title ≤ 100, purpose ≤ 255, description
 * ≤ 5000 characters, and one of Nav's four statuses.
 */

export const NAV_LIMITS = { title: 100, purpose: 255, description: 5000 } as const;
export const NAV_STATUSES = ['planned', 'inProgress', 'done', 'cancelled'] as const;
export type NavStatus = (typeof NAV_STATUSES)[number];

export interface NavActivity {
	title: string;
	purpose: string;
	description: string;
	status: NavStatus;
	deadline: string;
}

/** Cut at a word boundary with an ellipsis, never over the limit; line breaks are kept. */
export function fit(text: string, max: number): string {
	const s = text
		.trim()
		.replace(/[ \t]+/g, ' ')
		.replace(/\n{3,}/g, '\n\n');
	if (s.length <= max) return s;
	const cut = s.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

export function navStatus(status: PlanStep['status']): NavStatus {
	if (status === 'done') return 'done';
	if (status === 'cancelled') return 'cancelled';
	if (status === 'inProgress') return 'inProgress';
	return 'planned';
}

type T = (key: string, values?: Record<string, unknown>) => string;

export function navActivities(steps: PlanStep[], goal: string, t: T): NavActivity[] {
	return steps
		.filter((s) => s.what.trim())
		.map((s) => ({
			title: fit(s.what, NAV_LIMITS.title),
			purpose: fit(goal ? t('navSummary.purpose', { goal }) : t('navSummary.purposeNoGoal'), NAV_LIMITS.purpose),
			description: fit(
				[s.what, s.owner ? `${t('plan.owner')}: ${t(`plan.owners.${s.owner}`)}` : '', s.deadline ? `${t('plan.deadline')}: ${s.deadline}` : '', s.needsNavDecision ? t('plan.needsNavDecision') : '', s.needsFunding ? t('plan.needsFunding') : '']
					.filter(Boolean)
					.join('\n'),
				NAV_LIMITS.description
			),
			status: navStatus(s.status),
			deadline: s.deadline
		}));
}

/** What Nav is asked to decide: steps that need a Nav decision or funding and are still open. */
export function navDecisions(steps: PlanStep[]): PlanStep[] {
	return steps.filter((s) => (s.needsNavDecision || s.needsFunding) && s.status !== 'done' && s.status !== 'cancelled' && s.what.trim());
}

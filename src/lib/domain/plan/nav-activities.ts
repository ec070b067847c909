import type { PlanStep } from './plan';
import type { Translate as T } from '../common';

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
	/** Fields cut to fit Nav's limits: the counsellor is told, the plan keeps the whole text. */
	shortened: (keyof typeof NAV_LIMITS)[];
}

/** Cut at a word boundary with an ellipsis, never over the limit; line breaks are kept. */
export function fit(text: string, max: number): string {
	return fitted(text, max).text;
}

/** `fit`, and whether anything was cut. */
export function fitted(text: string, max: number): { text: string; cut: boolean } {
	const s = text
		.trim()
		.replace(/[ \t]+/g, ' ')
		.replace(/\n{3,}/g, '\n\n');
	if (s.length <= max) return { text: s, cut: false };
	const cut = s.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return { text: `${space > max * 0.6 ? cut.slice(0, space) : cut}…`, cut: true };
}

export function navStatus(status: PlanStep['status']): NavStatus {
	if (status === 'done') return 'done';
	if (status === 'cancelled') return 'cancelled';
	if (status === 'inProgress') return 'inProgress';
	return 'planned';
}

export function navActivities(steps: PlanStep[], goal: string, t: T): NavActivity[] {
	return steps
		.filter((s) => s.what.trim())
		.map((s) => {
			const full = {
				title: s.what,
				purpose: goal ? t('navSummary.purpose', { goal }) : t('navSummary.purposeNoGoal'),
				description: [
					s.what,
					s.owner ? `${t('plan.owner')}: ${t(`plan.owners.${s.owner}`)}` : '',
					s.deadline ? `${t('plan.deadline')}: ${s.deadline}` : '',
					s.needsNavDecision ? t('plan.needsNavDecision') : '',
					s.needsFunding ? t('plan.needsFunding') : ''
				]
					.filter(Boolean)
					.join('\n')
			};
			const fields = Object.keys(NAV_LIMITS) as (keyof typeof NAV_LIMITS)[];
			const out = Object.fromEntries(fields.map((f) => [f, fitted(full[f], NAV_LIMITS[f])])) as Record<
				keyof typeof NAV_LIMITS,
				{ text: string; cut: boolean }
			>;
			return {
				title: out.title.text,
				purpose: out.purpose.text,
				description: out.description.text,
				status: navStatus(s.status),
				deadline: s.deadline,
				shortened: fields.filter((f) => out[f].cut)
			};
		});
}

/** What Nav is asked to decide: steps that need a Nav decision or funding and are still open. */
export function navDecisions(steps: PlanStep[]): PlanStep[] {
	return steps.filter(
		(s) => (s.needsNavDecision || s.needsFunding) && s.status !== 'done' && s.status !== 'cancelled' && s.what.trim()
	);
}

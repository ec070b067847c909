import { describe, expect, it } from 'vitest';
import { newPlan, planWarnings, quoteStep, type Plan, type PlanStep } from '$lib/domain/plan/plan';

const NOW = new Date('2026-11-22T12:00:00');
const step = (s: Partial<PlanStep>): PlanStep => ({
	id: crypto.randomUUID(),
	what: 'Søke læreplass',
	owner: 'client',
	deadline: '2027-03-01',
	status: 'planned',
	needsNavDecision: false,
	needsFunding: false,
	...s
});
const keys = (p: Plan, practiceMonths = 0) =>
	planWarnings(p, { practiceMonths, trainingMonths: 48, today: NOW }).map((w) => w.key);

describe('plan warnings', () => {
	it('a complete, realistic plan has none', () => {
		const p = {
			...newPlan('c1'),
			lengthMonths: 24,
			steps: [step({}), step({ what: 'Søke tiltak', owner: 'navAdviser', needsNavDecision: true })]
		};
		expect(keys(p)).toEqual([]);
	});

	it('flags a plan longer than Nav can support, with the rule behind it', () => {
		const p = { ...newPlan('c1'), lengthMonths: 42 };
		const w = planWarnings(p, { practiceMonths: 0, trainingMonths: 48, today: NOW });
		expect(w).toEqual([expect.objectContaining({ key: 'rules.navTraining.extension', rule: 'navTraining' })]);
		expect(keys({ ...p, lengthMonths: 60 })).toEqual(['rules.navTraining.tooLong']);
	});

	it('quotes at most the first 80 characters of a step: a pasted page never runs off the screen', () => {
		const long = 'Søke læreplass hos Byggmester Hansen og ta med attest fra arbeidsgiver. '.repeat(280);
		expect(long.length).toBeGreaterThan(20_000);
		const p = { ...newPlan('c1'), steps: [step({ what: long, owner: null })] };
		const [w] = planWarnings(p, { practiceMonths: 0, trainingMonths: 48, today: NOW });
		const quoted = String(w!.values.step);
		expect(quoted.length).toBeLessThanOrEqual(80);
		expect(quoted.endsWith('…')).toBe(true);
		expect(long.startsWith(quoted.slice(0, -1))).toBe(true);
		expect(quoteStep('Kort steg')).toBe('Kort steg');
		expect(quoteStep('   ')).toBe('…');
	});

	it('flags a step that needs a Nav decision nobody owns', () => {
		const p = { ...newPlan('c1'), steps: [step({ owner: null, needsNavDecision: true, what: 'Vedtak om opplæring' })] };
		expect(keys(p)).toContain('plan.warnings.navDecisionNoOwner');
	});

	it('flags praksiskandidat when the practice is not yet enough', () => {
		const p = {
			...newPlan('c1'),
			goal: { occupation: 'Tømrer', tradeCode: 'BATMF3----', route: 'praksiskandidat' as const }
		};
		expect(keys(p, 30)).toEqual(['rules.praksiskandidat.missing']);
		expect(keys(p, 60)).toEqual([]);
	});

	it('flags a chosen route the client cannot be admitted to yet, with the source that says so', () => {
		const goal = (route: 'fagskole' | 'higherEducation' | 'fagbrevPaJobb' | 'workTraining') => ({
			...newPlan('c1'),
			goal: { occupation: 'X', tradeCode: '', route }
		});
		const w = (p: Plan, birthYear: number | null, education: 'primary' | 'vocational' | null, practiceMonths = 0) =>
			planWarnings(p, { practiceMonths, trainingMonths: 48, birthYear, education, today: NOW });
		// Fagskole: 17 years old without upper secondary → prior learning only from 2032; Nav from 2028.
		expect(w(goal('fagskole'), 2009, 'primary')).toEqual([
			expect.objectContaining({ key: 'rules.fagskole.notYet', rule: 'fagskole', values: { fromYear: 2032 } }),
			expect.objectContaining({ key: 'rules.fagskole.navNotYet', rule: 'navTraining', source: 1 })
		]);
		expect(w(goal('fagskole'), 1990, 'vocational')).toEqual([]);
		expect(w(goal('higherEducation'), 2006, null).map((x) => x.key)).toEqual(['rules.higherEducation.tooYoung']);
		expect(w(goal('fagbrevPaJobb'), 1990, null, 3).map((x) => x.key)).toEqual(['rules.fagbrevPaJobb.tooLittle']);
		expect(w(goal('fagbrevPaJobb'), 1990, null, 12)).toEqual([]);
		// Work training has no admission rule to break.
		expect(w(goal('workTraining'), 2009, null)).toEqual([]);
	});

	it('flags a passed deadline, unless the step is done or cancelled', () => {
		const p = { ...newPlan('c1'), steps: [step({ deadline: '2026-11-01' })] };
		expect(keys(p)).toEqual(['plan.warnings.deadlinePassed']);
		expect(keys({ ...p, steps: [step({ deadline: '2026-11-01', status: 'done' })] })).toEqual([]);
	});

	it('flags a step with no owner or no date', () => {
		expect(keys({ ...newPlan('c1'), steps: [step({ owner: null })] })).toEqual(['plan.warnings.missingOwnerOrDate']);
		expect(keys({ ...newPlan('c1'), steps: [step({ deadline: '' })] })).toEqual(['plan.warnings.missingOwnerOrDate']);
	});
});

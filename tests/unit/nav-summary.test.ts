import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { jsPDF } from 'jspdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { fit, navActivities, navDecisions, NAV_LIMITS } from '$lib/domain/plan/nav-activities';
import type { PlanStep } from '$lib/domain/plan/plan';
import { newMapping } from '$lib/domain/mapping/mapping';
import { sharedSummary } from '$lib/domain/exploring/presentation';
import { buildNavSummaryPdf, navSummaryText, type NavSummaryInput } from '$lib/output/nav/nav-summary';
import nbCore from '../../locales/nb.json';
import nbModules from '../../locales/nb-modules.json';
import { fontReport, fonts } from './pdf-kit';
import { scratchDir } from './scratch';

const scratch = scratchDir('veivalg-nav-');

let t: (k: string, v?: Record<string, unknown>) => string;
beforeAll(async () => {
	await i18next.init({
		lng: 'nb',
		resources: { nb: { translation: { ...nbCore, ...nbModules } } },
		showSupportNotice: false
	});
	t = i18next.getFixedT('nb') as never;
});

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

function input(): NavSummaryInput {
	const m = newMapping('c1');
	m.experience.push({
		id: 'e',
		type: 'job',
		employer: 'Hansen AS',
		role: 'Tømrerhjelper',
		start: '2021-03',
		end: '2023-08',
		percent: 80,
		tasks: '',
		relevantFor: []
	});
	m.life.health = 'Ryggplager som ikke skal deles';
	m.goals.goals = 'Eget firma';
	return {
		lang: 'nb',
		clientName: 'Łukasz Wróbel',
		birthYear: 1996,
		made: '2026-11-22',
		summary: sharedSummary(m, new Set(['experience'])),
		goal: { occupation: 'Tømrer', route: 'praksiskandidat' },
		lengthMonths: 18,
		nextStep: 'Teorieksamen',
		nextStepId: null,
		steps: [
			step({}),
			step({ what: 'Vedtak om opplæringstiltak', owner: 'navAdviser', needsNavDecision: true }),
			step({ what: 'Dekke eksamensavgift', needsFunding: true, status: 'done' })
		],
		followUp: '2027-01-20',
		consent: { at: '2026-11-20T10:00:00.000Z', sections: ['experience'] },
		planShared: true
	};
}

describe('activities for Nav’s activity plan', () => {
	it('keep within Nav’s limits, cutting at a word with an ellipsis', () => {
		const long = 'ord '.repeat(2000);
		const [a] = navActivities([step({ what: long })], 'Tømrer '.repeat(60), t);
		expect(a!.title.length).toBeLessThanOrEqual(NAV_LIMITS.title);
		expect(a!.purpose.length).toBeLessThanOrEqual(NAV_LIMITS.purpose);
		expect(a!.description.length).toBeLessThanOrEqual(NAV_LIMITS.description);
		expect(a!.title.endsWith('…')).toBe(true);
		expect(fit('kort', 100)).toBe('kort');
		expect(navActivities([step({ what: 'Søke' })], '', t)[0]!.description).toBe(
			'Søke\nHvem har ansvar: Veisøker\nFrist: 2027-03-01'
		);
	});

	it('map the plan’s six statuses to Nav’s four', () => {
		const statuses = (['planned', 'applied', 'approved', 'inProgress', 'done', 'cancelled'] as const).map(
			(status) => navActivities([step({ status })], '', t)[0]!.status
		);
		expect(statuses).toEqual(['planned', 'planned', 'planned', 'inProgress', 'done', 'cancelled']);
	});

	it('list what Nav is asked to decide: open steps that need a decision or funding', () => {
		expect(navDecisions(input().steps).map((s) => s.what)).toEqual(['Vedtak om opplæringstiltak']);
	});
});

describe('the Nav adviser summary', () => {
	it('as text: goal, decisions, steps, only shared background, the consent line', () => {
		const text = navSummaryText(input(), t);
		expect(text).toContain('Sammendrag til Nav-veileder – Łukasz Wróbel (1996)');
		expect(text).toContain('Dette ber vi Nav ta stilling til:\n- Vedtak om opplæringstiltak');
		expect(text).toContain('Tømrerhjelper, Hansen AS');
		expect(text).not.toContain('Ryggplager');
		expect(text).not.toContain('Eget firma');
		expect(text).toContain('Veisøkeren har sagt ja til å dele dette med Nav: Arbeid og praksis');
	});

	it('as PDF: one page, extractable, unencrypted, no forms, nothing unshared', () => {
		const file = join(scratch, 'nav.pdf');
		writeFileSync(file, new Uint8Array(buildNavSummaryPdf(jsPDF, fonts, input(), t)));
		const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
		expect(info).toMatch(/Pages:\s+1\n/);
		expect(info).toMatch(/Encrypted:\s+no/);
		expect(info).toMatch(/Form:\s+none/);
		const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
		expect(text).toContain('Łukasz Wróbel');
		expect(text).toContain('Vedtak om opplæringstiltak');
		expect(text).not.toContain('Ryggplager');
		const { embedded, renderErrors } = fontReport(file);
		expect(embedded.length).toBeGreaterThan(0);
		expect(embedded.every((f) => f.subset && /^[A-Z]{6}\+/.test(f.name))).toBe(true);
		expect(renderErrors).toBe('');
	});
});

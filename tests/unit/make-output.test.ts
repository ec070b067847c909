import { jsPDF } from 'jspdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { blankItem } from '$lib/domain/common';
import { newClient } from '$lib/domain/client/client';
import { newConsent, recordConsent } from '$lib/domain/exploring/consent';
import { newPlan, planStepSchema } from '$lib/domain/plan/plan';
import { makeOutput } from '$lib/output/make';
import { extract, fonts, texts, type T } from './pdf-kit';

/** The one pipeline behind the three output panels: what it makes, names and counts. */

let t: T;
beforeAll(async () => {
	t = (await texts())('nb');
});

function file(steps: number) {
	const client = newClient('Nora Haugen');
	const plan = newPlan(client.id);
	plan.goal.occupation = 'Tømrer';
	for (let i = 0; i < steps; i++) plan.steps.push({ ...blankItem(planStepSchema), what: `Steg ${i}`, owner: 'client' });
	return { client, sessions: [], plan, consent: recordConsent(newConsent(client.id), 'navSummary', []) };
}

const options = { namesInFileNames: false, adultIntake: '' };

describe('making an output', () => {
	it('counts pages as the writer wrote them, and pdfinfo agrees', () => {
		for (const steps of [1, 40]) {
			const made = makeOutput({ JsPDF: jsPDF, fonts }, 'plan', file(steps), 'nb', '2026-11-22', t, options);
			const { text } = extract(made.bytes);
			expect(made.pages, `${steps} steps`).toBe(text.split('\f').filter((p) => p.trim()).length);
		}
		expect(makeOutput({ JsPDF: jsPDF, fonts }, 'plan', file(40), 'nb', '2026-11-22', t, options).pages).toBeGreaterThan(
			1
		);
	});

	it('names each file by its kind, with the name only when chosen', () => {
		const names = (['plan', 'fridge', 'navSummary'] as const).map(
			(k) => makeOutput({ JsPDF: jsPDF, fonts }, k, file(1), 'nb', '2026-11-22', t, options).name
		);
		expect(names).toEqual([
			'plan-veien-videre-2026-11-22.pdf',
			'kjoleskapslapp-2026-11-22.pdf',
			'sammendrag-nav-2026-11-22.pdf'
		]);
		const named = makeOutput({ JsPDF: jsPDF, fonts }, 'plan', file(1), 'nb', '2026-11-22', t, {
			...options,
			namesInFileNames: true
		});
		expect(named.name).toContain('nora-haugen');
	});

	it('gives the Nav summary its text and activities from the same input as its PDF', () => {
		const made = makeOutput({ JsPDF: jsPDF, fonts }, 'navSummary', file(3), 'nb', '2026-11-22', t, options);
		expect(made.activities!.map((a) => a.title)).toEqual(['Steg 0', 'Steg 1', 'Steg 2']);
		expect(made.text).toContain('- Steg 2');
		expect(extract(made.bytes).text).toContain('Steg 2');
	});
});

import { jsPDF } from 'jspdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { newClient } from '$lib/domain/client/client';
import { keepSectionSign } from '$lib/domain/common';
import { newConsent, recordConsent } from '$lib/domain/exploring/consent';
import { newMapping } from '$lib/domain/mapping/mapping';
import { newPlan } from '$lib/domain/plan/plan';
import { planPdfInput } from '$lib/output/contents';
import { buildPlanPdf } from '$lib/output/plan/plan-pdf';
import { extract, fonts, texts, type T } from './pdf-kit';

/**
 * «opplæringslova § 18-3» at the end of a line in the client's PDF: the app's texts keep the sign
 * with its number (a no-break space, i18n.svelte.ts), and the PDF's line breaking must not split them.
 */
let t: T;
beforeAll(async () => {
	const plain = (await texts())('nb');
	// As the app's i18next post-processor does for every text.
	t = (key, values) => keepSectionSign(plain(key, values));
});

describe('the section sign in the PDF', () => {
	it('a rights line that reaches the margin at «§» carries «§ 18-3» to the next line whole', () => {
		const client = { ...newClient('Amanuel Tesfay'), birthYear: 1990 };
		const mapping = newMapping(client.id);
		mapping.education.primarySchool = 'abroad';
		const plan = newPlan(client.id);
		plan.goal.occupation = 'Tømrer';
		const consent = recordConsent(newConsent(client.id), 'plan', ['education']);
		const input = planPdfInput({ client, sessions: [], mapping, plan, consent }, 'nb', '2026-12-05');
		const { text } = extract(buildPlanPdf(jsPDF, fonts, input, t));
		expect(text).toContain('opplæringslova');
		expect(text).not.toMatch(/§\s*\n/);
		expect(text.replace(/\u00A0/g, ' ')).toContain('§ 18-3');
	});
});

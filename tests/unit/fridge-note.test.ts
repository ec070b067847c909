import { execFileSync } from 'node:child_process';
import { jsPDF } from 'jspdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { blankItem } from '$lib/domain/common';
import { newClient } from '$lib/domain/client/client';
import { newPlan, planStepSchema } from '$lib/domain/plan/plan';
import { buildFridgeNote, fridgeNoteContent, fridgeNoteFileName } from '$lib/output/plan/fridge-note';
import { planPdfInput } from '$lib/output/contents';
import { extract, fontReport, fonts, texts, type T } from './pdf-kit';

/** The plan on one page: always one page, in each language, with the next open step first. */

let tr: (lang: 'nb' | 'nn' | 'en') => T;
beforeAll(async () => {
	tr = await texts();
});

function file(long = false) {
	const client = {
		...newClient('Áila Niillasdóttir Čoarvi'),
		navAdvisers: [{ id: 'a', name: 'Kari Nordmann', phone: '55 55 33 33', email: '', from: '2026-01-01', to: '' }]
	};
	const plan = newPlan(client.id);
	plan.goal.occupation = 'Tømrer med svennebrev';
	plan.followUp = '2027-01-20';
	const text = (s: string) => (long ? `${s} ${'og mye mer å si om dette steget '.repeat(80)}` : s);
	plan.steps = [
		{ ...blankItem(planStepSchema), what: 'Melde seg opp til teorieksamen', status: 'done', deadline: '2026-10-01' },
		{
			...blankItem(planStepSchema),
			what: text('Ringe Łukasz Wróbel om læreplass'),
			owner: 'client',
			deadline: '2026-12-05'
		},
		{ ...blankItem(planStepSchema), what: text('Vedtak om opplæring'), owner: 'navAdviser', deadline: '2027-01-10' },
		...Array.from({ length: long ? 30 : 2 }, (_, i) => ({
			...blankItem(planStepSchema),
			what: text(`Steg ${i + 4}`),
			deadline: `2027-0${(i % 9) + 1}-20`
		}))
	];
	plan.companies = [
		{ id: 'c', name: 'Wróbel Bygg AS', contact: 'Олена Коваленко', phone: '900 00 000', email: '', note: '' }
	];
	return { client, sessions: [], plan };
}

describe('the fridge note', () => {
	it('the step marked as next carries its own date and owner; «Neste steg» written alone borrows none; no step goes missing', () => {
		const f = file();
		const vedtak = f.plan.steps[2]!;
		f.plan.nextStepId = vedtak.id;
		const marked = fridgeNoteContent(planPdfInput(f, 'nb', '2026-11-22'), tr('nb'));
		expect([marked.next, marked.nextWhen]).toEqual(['Vedtak om opplæring', '10. januar 2027 · Nav-veileder']);
		expect(marked.then.join('\n')).toContain('Ringe Łukasz Wróbel om læreplass – 5. desember 2026');
		expect(marked.then.join('\n')).not.toContain('Vedtak om opplæring');

		const alone = file();
		alone.plan.nextStep = 'Snakke med fastlegen om ryggen';
		const c = fridgeNoteContent(planPdfInput(alone, 'nb', '2026-11-22'), tr('nb'));
		expect([c.next, c.nextWhen]).toEqual(['Snakke med fastlegen om ryggen', '']);
		// The first open step is no longer hidden behind it: it leads «Etterpå».
		expect(c.then[0]).toBe('Ringe Łukasz Wróbel om læreplass – 5. desember 2026');
		// Four open steps: two shown and «… og 2 steg til», so every step is accounted for.
		expect(c.then).toEqual([
			'Ringe Łukasz Wróbel om læreplass – 5. desember 2026',
			'Vedtak om opplæring – 10. januar 2027',
			'… og 2 steg til – se hele planen'
		]);
	});

	it('puts the next open step first, with its date and who does it, and at most three after it', () => {
		const c = fridgeNoteContent(planPdfInput(file(), 'nb', '2026-11-22'), tr('nb'));
		expect(c.goal).toBe('Tømrer med svennebrev');
		expect(c.next).toBe('Ringe Łukasz Wróbel om læreplass');
		expect(c.nextWhen).toBe('5. desember 2026 · Veisøker');
		expect(c.then).toHaveLength(3);
		expect(c.contacts).toEqual([
			'Nav-veileder: Kari Nordmann, 55 55 33 33',
			'Wróbel Bygg AS, Олена Коваленко, 900 00 000'
		]);
	});

	for (const lang of ['nb', 'nn', 'en'] as const)
		it(`is one A4 page in ${lang}, even for a long plan, with names extracted exactly`, () => {
			for (const long of [false, true]) {
				const bytes = buildFridgeNote(jsPDF, fonts, planPdfInput(file(long), lang, '2026-11-22'), tr(lang));
				const { path, text } = extract(bytes, `fridge-${lang}-${long ? 'long' : 'short'}.pdf`);
				const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
				expect(info, `${lang} long=${long}`).toMatch(/Pages:\s+1\n/);
				expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+/);
				expect(text).toContain('Tømrer med svennebrev');
				expect(text).toContain('Áila Niillasdóttir Čoarvi');
				expect(text).toContain('Олена Коваленко');
				expect(text).toContain({ nb: 'Planen min', nn: 'Planen min', en: 'My plan' }[lang]);
				const { embedded, renderErrors } = fontReport(path);
				expect(embedded.every((f) => f.subset && /^[A-Z]{6}\+/.test(f.name))).toBe(true);
				expect(renderErrors).toBe('');
			}
		});

	it('is named without the client unless chosen', () => {
		expect(fridgeNoteFileName('Åse Ødegård', '2026-11-22')).toBe('kjoleskapslapp-2026-11-22.pdf');
		expect(fridgeNoteFileName('Åse Ødegård', '2026-11-22', true)).toBe('kjoleskapslapp-ase-odegard-2026-11-22.pdf');
	});
});

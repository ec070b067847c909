import { jsPDF } from 'jspdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { blankItem } from '$lib/domain/common';
import { planStepSchema } from '$lib/domain/plan/plan';
import { makeOutput, type OutputKind } from '$lib/output/make';
import { createWriter } from '$lib/output/pdf/pdf-writer';
import { fonts, richClient, texts, type T } from './pdf-kit';
import { pdftotext, readStructure } from './pdf-structure';

/**
 * Every PDF that leaves the laptop is tagged (pdf-tags.ts), and its tags hold when read back with
 * pdf.js (pdf-structure.ts): the three outputs in the three languages, from a client with every
 * part an output can show — and the check itself fails a PDF without tags or with one loose line.
 */

let tr: (lang: 'nb' | 'nn' | 'en') => T;
beforeAll(async () => {
	tr = await texts();
});

const options = { namesInFileNames: false, adultIntake: 'august og januar' };
const KINDS: OutputKind[] = ['plan', 'fridge', 'navSummary'];

describe('tagged PDFs, read back with pdf.js', () => {
	for (const lang of ['nb', 'nn', 'en'] as const)
		for (const kind of KINDS)
			it(`${kind} in ${lang}: every line tagged, in reading order, with headings, lists and tables`, async () => {
				const made = makeOutput({ JsPDF: jsPDF, fonts }, kind, richClient(), lang, '2026-12-05', tr(lang), options);
				const s = await readStructure(made.bytes);
				expect(s.problems).toEqual([]);
				expect(s.roles[0]).toBe('Document');
				expect(s.roles[1]).toBe('H1');
				expect(s.roles).toContain('H2');
				expect(s.roles).toContain('L');
				if (kind === 'plan') expect(s.roles).toEqual(expect.arrayContaining(['Table', 'TR', 'TH', 'TD']));
				// What the tree reads is what a sighted reader's tool extracts, word for word (poppler sets
				// bullets apart as a column of their own, so they are left out of the comparison).
				const words = (x: string) => x.replace(/•/g, ' ').replace(/\s+/g, ' ').trim();
				expect(words(pdftotext(made.bytes).replace(/\f/g, ' '))).toContain(words(s.text).slice(0, 200));
			});

	it('a long plan keeps its tags across pages: 40 steps, one of 3,000 characters', async () => {
		const file = richClient();
		for (let i = 0; i < 40; i++)
			file.plan!.steps.push({
				...blankItem(planStepSchema),
				what: i === 7 ? 'Lang beskrivelse av steget. '.repeat(110) : `Steg nummer ${i + 1}`,
				deadline: `2027-0${(i % 9) + 1}-01`,
				owner: 'counsellor'
			});
		const made = makeOutput({ JsPDF: jsPDF, fonts }, 'plan', file, 'nb', '2026-12-05', tr('nb'), options);
		expect(made.pages).toBeGreaterThan(3);
		const s = await readStructure(made.bytes);
		expect(s.problems).toEqual([]);
		expect(s.text).toContain('Steg nummer 40');
	});

	it('a PDF without tags fails the check, and so does one line drawn outside them', async () => {
		const plain = new jsPDF();
		plain.text('Plan for veien videre', 20, 20);
		const untagged = await readStructure(plain.output('arraybuffer'));
		expect(untagged.problems).toEqual(
			expect.arrayContaining([
				'page 1: no structure tree',
				'not marked (/MarkInfo)',
				'no PDF/UA identifier in the XMP metadata'
			])
		);

		const w = createWriter(jsPDF, fonts, { title: 'Prøve', subject: 'Prøve', keywords: '', lang: 'nb' });
		w.title('Prøve', 20);
		w.text('Et avsnitt med tagger.');
		w.doc.text('En løs linje uten tagger', 20, 60);
		const loose = await readStructure(w.finish(() => ''));
		expect(loose.problems).toContain('page 1: untagged text «En løs linje uten tagger»');
	});

	it('a heading level skipped, or a list item without its label, is found', async () => {
		const w = createWriter(jsPDF, fonts, { title: 'Prøve', subject: 'Prøve', keywords: '', lang: 'nb' });
		w.title('Prøve', 20);
		w.text('Under-underoverskrift', 12, 'bold', 20, 170, 'H3' as never);
		const li = w.tags.add('L');
		const item = w.tags.add('LI', li);
		const body = w.tags.add('LBody', item);
		w.text('Et punkt uten merke', 11, 'normal', 26, 160, body);
		const s = await readStructure(w.finish(() => ''));
		expect(s.problems).toEqual(expect.arrayContaining(['H3 after H1: a level skipped', 'a list item holds LBody']));
	});
});

describe('object streams', () => {
	it('packing changes no text, passes qpdf, and leaves a file it cannot read as it was', async () => {
		const { packObjects } = await import('$lib/output/pdf/object-streams');
		const doc = new jsPDF({ compress: true });
		doc.setProperties({ title: 'Prøve' });
		for (let i = 0; i < 30; i++) doc.text(`Linje ${i}`, 20, 20 + i * 8);
		const before = doc.output('arraybuffer');
		const after = packObjects(before);
		expect(pdftotext(after)).toBe(pdftotext(before));
		expect(after.byteLength).toBeLessThan(before.byteLength);
		expect((await readStructure(after)).problems.filter((p) => p.startsWith('qpdf'))).toEqual([]);
		const odd = new TextEncoder().encode('%PDF-1.3\nnot really a pdf').buffer;
		expect(new Uint8Array(packObjects(odd))).toEqual(new Uint8Array(odd));
	});
});

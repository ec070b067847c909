import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { fontCovers, subsetTag, subsetTrueType } from '$lib/output/pdf/font-subset';
import { unprintable } from '$lib/output/pdf/unprintable';
import { fonts } from './pdf-kit';

/** jsPDF's own TrueType parser: a second, independent reader of what we write. */
type Ttf = {
	characterToGlyph(code: number): number;
	widthOfGlyph(id: number): number;
	cmap: { unicode: { codeMap: Record<number, number> } };
	glyf: { glyphFor(id: number): { compound?: boolean; glyphIDs?: number[]; raw?: number[] } | null };
	loca: { lengthOf(id: number): number };
	maxp: { numGlyphs: number };
	post: { format: number };
	name: { postscriptName: string };
};
const open = (bytes: Uint8Array) =>
	(jsPDF.API as unknown as { TTFFont: { open(d: number[]): Ttf } }).TTFFont.open(Array.from(bytes));

const TEXT = 'Áila Niillasdóttir Čoarvi, Łukasz Wróbel, Олена Коваленко – ŋ ŧ đ š ž';

function request(original: Ttf, text: string) {
	const glyphs = [...text].map((c) => original.characterToGlyph(c.codePointAt(0)!));
	const toUnicode = new Map([...text].map((c, i) => [glyphs[i], c.codePointAt(0)!] as [number, number]));
	return { glyphs, toUnicode, postScriptName: `${subsetTag(glyphs, 'SourceSansPro-Regular')}+SourceSansPro-Regular` };
}

describe('the fonts embedded in PDFs', () => {
	const original = open(fonts.regular);
	const req = request(original, TEXT);
	const subset = subsetTrueType(fonts.regular, req);
	const font = open(subset);

	it('keeps every letter of Sámi, Polish and Cyrillic names, with its width, in a tenth of the size', () => {
		expect(subset.length).toBeLessThan(fonts.regular.length / 10);
		for (const c of TEXT) {
			const id = original.characterToGlyph(c.codePointAt(0)!);
			expect(id, c).toBeGreaterThan(0);
			expect(font.characterToGlyph(c.codePointAt(0)!), `${c} maps to the same glyph`).toBe(id);
			expect(font.widthOfGlyph(id), `${c} keeps its width`).toBe(original.widthOfGlyph(id));
			if (c !== ' ') expect(font.loca.lengthOf(id), `${c} has an outline`).toBeGreaterThan(0);
		}
	});

	it('keeps the parts that accented letters are built from, and nothing unused', () => {
		const used = new Set(req.glyphs);
		for (const id of used) {
			const g = font.glyf.glyphFor(id);
			for (const part of g?.compound ? (g.glyphIDs ?? []) : [])
				expect(font.loca.lengthOf(part), `part ${part} of ${id}`).toBeGreaterThan(0);
		}
		const unusedLetter = original.characterToGlyph('Q'.codePointAt(0)!);
		expect(used.has(unusedLetter)).toBe(false);
		expect(font.loca.lengthOf(unusedLetter)).toBe(0);
		// The tables end at the highest glyph kept (here a combining accent), not at the font's last.
		expect(font.maxp.numGlyphs).toBeLessThan(original.maxp.numGlyphs);
		expect(font.loca.lengthOf(font.maxp.numGlyphs - 1)).toBeGreaterThan(0);
	});

	it('carries no glyph names or licence text, and names itself with the subset tag', () => {
		expect(font.post.format).toBe(0x00030000); // version 3.0: no glyph names
		expect(font.name.postscriptName).toBe(req.postScriptName);
		expect(req.postScriptName).toMatch(/^[A-Z]{6}\+SourceSansPro-Regular$/);
		expect(new TextDecoder('utf-16be').decode(subset)).not.toContain('SIL Open Font License');
	});

	it('gives different glyph sets different tags, and the same set the same tag', () => {
		expect(subsetTag([3, 1, 2, 2], 'A')).toBe(subsetTag([1, 2, 3], 'A'));
		expect(subsetTag([1, 2, 3], 'A')).not.toBe(subsetTag([1, 2, 4], 'A'));
		expect(subsetTag([1, 2, 3], 'A')).not.toBe(subsetTag([1, 2, 3], 'B'));
	});

	it('a font with only .notdef (a weight the document never used) is still a font', () => {
		const empty = open(
			subsetTrueType(fonts.bold, { glyphs: [], toUnicode: new Map(), postScriptName: 'AAAAAA+SourceSansPro-Bold' })
		);
		expect(empty.maxp.numGlyphs).toBe(1);
	});
});

describe('characters the PDF font cannot show', () => {
	const covers = fontCovers(fonts.regular);

	it('are known from the font itself: Sámi, Polish, Cyrillic and Vietnamese letters are there; Arabic, Chinese and emoji are not', () => {
		for (const c of 'ÁČŊŦĐŠŽčŋŧđšž ŁłŚśŹźŻż Олена Коваленко ÆØÅæøå ạ ế'.replace(/\s/g, ''))
			expect(covers(c.codePointAt(0)!), c).toBe(true);
		for (const c of ['م', '中', '👩', 'ש']) expect(covers(c.codePointAt(0)!), c).toBe(false);
	});

	it('are listed once each, as the reader sees them, from anywhere in an output’s input', () => {
		const input = {
			name: 'Áila مريم',
			steps: [{ what: 'Møte 👩🏽‍🔧 kl. 10 👩🏽‍🔧' }, { what: '中文 og mer' }],
			none: null,
			n: 3
		};
		expect(unprintable(input, covers)).toEqual(['م', 'ر', 'ي', '👩🏽‍🔧', '中', '文']);
		expect(unprintable({ a: 'Åse Ødegård, Łukasz, Олена' }, covers)).toEqual([]);
	});
});

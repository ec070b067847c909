import { jsPDF } from 'jspdf';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeOutput, type OutputKind } from '$lib/output/make';
import { fonts, richClient, texts, type T } from './pdf-kit';

// Every font subset made, with the glyphs asked for (the real subsetter does the work).
const subsetsMade = vi.hoisted(() => [] as number[][]);
vi.mock('$lib/output/pdf/font-subset', async (original) => {
	const real = await original<typeof import('$lib/output/pdf/font-subset')>();
	return {
		...real,
		subsetTrueType: (bytes: Uint8Array, request: { glyphs: number[] }) => {
			subsetsMade.push([...request.glyphs]);
			return real.subsetTrueType(bytes, request as never);
		}
	};
});

/**
 * lean-jspdf.ts takes jsPDF's Arabic shaping, bidi reordering and byte-by-byte deflate out of
 * every PDF. What it promises: the same bytes as jsPDF's own paths, for every output in every
 * language — and that both hooks are still found, so a jsPDF upgrade that renames them is noticed.
 */

interface Internals {
	events: [string, unknown][];
	processDataByFilters: unknown;
}
const api = jsPDF.API as unknown as Internals;
// jsPDF as it comes, before the first PDF is built in this file.
const own = { events: [...api.events], filters: api.processDataByFilters };

let tr: (lang: 'nb' | 'nn' | 'en') => T;
beforeAll(async () => {
	tr = await texts();
});
afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
});

const KINDS: OutputKind[] = ['plan', 'fridge', 'navSummary'];
const options = { namesInFileNames: false, adultIntake: 'august og januar' };

/**
 * An output with the clock held still, as a binary string with jsPDF's random file id (the
 * trailer's /ID, plain text in the cross-reference stream's dictionary) blanked, so two builds
 * can be compared byte for byte.
 */
function build(kind: OutputKind, lang: 'nb' | 'nn' | 'en', edit = '') {
	vi.useFakeTimers({ now: new Date('2026-12-05T10:00:00Z'), toFake: ['Date'] });
	const file = richClient();
	file.plan!.steps[0]!.what = 'Møte med Łukasz Wróbel og Олена Коваленко (Čoarvi) – 12,5 % · «ja»' + edit;
	const bytes = makeOutput({ JsPDF: jsPDF, fonts }, kind, file, lang, '2026-12-05', tr(lang), options).bytes;
	const text = Buffer.from(bytes).toString('latin1');
	expect(text).toMatch(/\/ID \[ <[0-9A-F]{32}> <[0-9A-F]{32}> \]/);
	return text.replace(/\/ID \[ <[0-9A-F]{32}> <[0-9A-F]{32}> \]/, '/ID []');
}

/** The same output built with jsPDF's own text hooks and deflate put back for the one build. */
function buildAsJsPdfWould(kind: OutputKind, lang: 'nb' | 'nn' | 'en', edit = '') {
	const lean = { events: api.events, filters: api.processDataByFilters };
	api.events = own.events;
	api.processDataByFilters = own.filters;
	try {
		return build(kind, lang, edit);
	} finally {
		api.events = lean.events;
		api.processDataByFilters = lean.filters;
	}
}

describe('jsPDF without the work Veivalg does not need', () => {
	it('takes out exactly the Arabic shaping and the bidi reordering', () => {
		build('fridge', 'nb');
		expect(api.events.length).toBe(own.events.length - 2);
		expect(api.events.filter(([topic]) => topic === 'preProcessText')).toHaveLength(0);
		// The one text hook left is the one that writes glyph ids for the embedded font.
		expect(api.events.filter(([topic]) => topic === 'postProcessText')).toHaveLength(1);
		expect(api.processDataByFilters).not.toBe(own.filters);
	});

	for (const lang of ['nb', 'nn', 'en'] as const)
		for (const kind of KINDS)
			it(`${kind} in ${lang}: the same bytes as jsPDF's own paths`, () => {
				const lean = build(kind, lang);
				const plain = buildAsJsPdfWould(kind, lang);
				expect(lean.length).toBeGreaterThan(2000);
				expect(lean === plain).toBe(true);
			});

	// Streams are deflated once per content (lean-jspdf.ts keeps the last ones): a PDF made again, and
	// one made after a small edit, reuse what they share – and must still be exactly jsPDF's bytes.
	it('made again, and again after an edit: still the same bytes as jsPDF would write', () => {
		const first = build('plan', 'nb');
		expect(build('plan', 'nb')).toBe(first);
		const edited = build('plan', 'nb', ' og Kari');
		expect(edited).not.toBe(first);
		expect(edited === buildAsJsPdfWould('plan', 'nb', ' og Kari')).toBe(true);
		expect(build('plan', 'nb') === buildAsJsPdfWould('plan', 'nb')).toBe(true);
	});

	it('a PDF with other characters gets subsets of its own; the same PDF again reuses them', () => {
		build('plan', 'en');
		subsetsMade.length = 0;
		build('plan', 'en');
		expect(subsetsMade).toEqual([]);
		build('plan', 'en', ' – Žofie Ærø Ŋ');
		// The step's text is set in the regular weight: its subset is made anew, the bold one is reused.
		expect(subsetsMade).toHaveLength(1);
		expect(subsetsMade[0]!.length).toBeGreaterThan(20);
	});
});

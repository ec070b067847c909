import { ACTS, LAW_TEXT, type ActId, type Ledd } from './text';

/**
 * A rule's reference to the law: which ledd, and the words in it the rule relies on.
 * The quote must stand in the stored text (law.test.ts), so a new text of the law that
 * changes those words flags every rule that rests on them.
 */
export interface Citation {
	act: ActId;
	section: string;
	ledd: number;
	quote: string;
}

export const cite = (act: ActId, section: string, ledd: number, quote: string): Citation => ({
	act,
	section,
	ledd,
	quote
});

/** Spaces and line breaks do not change the law's words. */
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

export function leddOf(c: Pick<Citation, 'act' | 'section' | 'ledd'>, text: readonly Ledd[] = LAW_TEXT) {
	return text.find((l) => l.act === c.act && l.section === c.section && l.ledd === c.ledd);
}

/** The citations whose ledd is missing from the text, or whose quoted words it no longer holds. */
export function brokenCitations<T extends Citation>(citations: readonly T[], text: readonly Ledd[] = LAW_TEXT): T[] {
	return citations.filter((c) => {
		const ledd = leddOf(c, text);
		return !ledd || !norm(ledd.text).includes(norm(c.quote));
	});
}

const ORDINALS: Record<'nb' | 'nn' | 'en', string[]> = {
	nb: ['første', 'andre', 'tredje', 'fjerde', 'femte', 'sjette', 'sjuende'],
	nn: ['første', 'andre', 'tredje', 'fjerde', 'femte', 'sjette', 'sjuande'],
	en: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh']
};
const LEDD = { nb: 'ledd', nn: 'ledd', en: 'paragraph' };

/** «opplæringslova § 18-3 første ledd» – the act keeps its Norwegian name in English too, as Nav and Udir cite it. */
export function citationLabel(c: Pick<Citation, 'act' | 'section' | 'ledd'>, lang: 'nb' | 'nn' | 'en' = 'nb'): string {
	return `${ACTS[c.act].name} §\u00A0${c.section} ${ORDINALS[lang][c.ledd - 1] ?? c.ledd} ${LEDD[lang]}`;
}

/** The paragraph on Lovdata. */
export const citationUrl = (c: Pick<Citation, 'act' | 'section'>) => `${ACTS[c.act].url}/§${c.section}`;

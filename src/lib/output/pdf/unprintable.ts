/**
 * The characters a PDF cannot show because the embedded font has no glyph for
 * them (Arabic or Chinese script, emoji): jsPDF leaves them out without a
 * word, so the counsellor is told which ones, and the stored text keeps them.
 */

/** Joiners, variation selectors and skin-tone modifiers only shape the character before them. */
const shaping = (cp: number) =>
	cp === 0x200c || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x1f3fb && cp <= 0x1f3ff);
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The common case, without segmenting: every character is in the font. */
function printable(s: string, covers: (codePoint: number) => boolean): boolean {
	for (const c of s) {
		const cp = c.codePointAt(0)!;
		if (cp > 0x20 && !covers(cp) && !shaping(cp)) return false;
	}
	return true;
}

/** Every distinct character (as the reader sees it) in the strings of `value` that the font lacks, in order of appearance. */
export function unprintable(value: unknown, covers: (codePoint: number) => boolean, limit = 12): string[] {
	const found = new Set<string>();
	const visit = (v: unknown) => {
		if (found.size >= limit) return;
		if (typeof v === 'string') {
			if (printable(v, covers)) return;
			for (const { segment } of segmenter.segment(v)) {
				if (/^\s+$/u.test(segment) || found.has(segment)) continue;
				if ([...segment].some((c) => !shaping(c.codePointAt(0)!) && !covers(c.codePointAt(0)!))) found.add(segment);
				if (found.size >= limit) return;
			}
		} else if (Array.isArray(v)) v.forEach(visit);
		else if (v && typeof v === 'object') Object.values(v).forEach(visit);
	};
	visit(value);
	return [...found];
}

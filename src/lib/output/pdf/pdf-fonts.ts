import type { jsPDF as JsPdfType } from 'jspdf';
import { fnv1a } from '../../domain/hash';
import { latin1 } from './binary-string';
import { subsetTag, subsetTrueType } from './font-subset';
import { recent } from './recent';

/**
 * How Veivalg's fonts get into jsPDF: once parsed for all documents, and
 * embedded as real subsets (font-subset.ts) under a tagged name. These lean
 * on jsPDF 4.2 internals (TTFFont.open, metadata.subset.encode); the PDF
 * tests fail loudly if an upgrade changes them.
 */

/**
 * The font files as binary strings, once per font. jsPDF takes a font from
 * its virtual file system as a string; one that starts with the TrueType
 * signature is read as is, so no base64 round trip is needed.
 */
const binary = new WeakMap<Uint8Array, string>();
const binaryString = (bytes: Uint8Array) => {
	let out = binary.get(bytes);
	if (out) return out;
	out = latin1(bytes);
	binary.set(bytes, out);
	return out;
};

interface ParsedTtf {
	toUnicode: Record<number, number>;
	subset: object;
	cmap: object;
}
type TtfApi = { TTFFont: { open(data: Uint8Array): ParsedTtf; shared?: true } };

/**
 * jsPDF parses every embedded font anew for each document (two fonts, about
 * a tenth of the time a plan takes). The parsed tables are only read
 * afterwards; what a document changes is its own list of used glyphs, their
 * characters and widths, and the subset encoder. So one parse per font
 * serves every document, each with those fields of its own.
 */
export function shareParsedFonts(JsPDF: typeof JsPdfType) {
	const api = JsPDF.API as unknown as TtfApi;
	if (api.TTFFont.shared) return;
	const open = api.TTFFont.open.bind(api.TTFFont);
	const parsed = new Map<string, ParsedTtf>();
	api.TTFFont.open = (data) => {
		const key = fingerprint(data);
		let font = parsed.get(key);
		if (!font) parsed.set(key, (font = open(data)));
		const own: ParsedTtf = Object.create(font);
		own.toUnicode = {};
		own.subset = Object.create(font.subset);
		// jsPDF asks metadata.hasOwnProperty('cmap') before it writes a character as a glyph.
		own.cmap = font.cmap;
		return own;
	};
	api.TTFFont.shared = true;
}

/** Size and a hash of both ends: enough to tell two font files apart. */
function fingerprint(data: Uint8Array): string {
	const h = fnv1a(data, data.length - 4096, data.length, fnv1a(data, 0, 4096));
	return `${data.length}:${h}`;
}

/** What jsPDF keeps of an embedded TrueType font while a document is written. */
interface JsPdfFont {
	fontName: string;
	metadata: {
		glyIdsUsed: number[];
		toUnicode: Record<number, number>;
		subset: { encode: (glyphs: number[], locaFormat: number) => ArrayLike<number> };
	};
}

/**
 * Adds a font to the document and has jsPDF embed our subset of it (see
 * font-subset.ts) under a tagged name such as `KQWBZE+SourceSansPro-Bold`.
 * jsPDF calls subset.encode just before it writes the font's name.
 */
export function embedSubset(doc: JsPdfType, bytes: Uint8Array, style: 'normal' | 'bold', postScriptName: string) {
	const file = `${postScriptName}.ttf`;
	doc.addFileToVFS(file, binaryString(bytes));
	doc.addFont(file, 'SourceSans', style);
	const font = doc.setFont('SourceSans', style).getFont() as unknown as JsPdfFont;
	font.metadata.subset.encode = (glyphs) => {
		const name = `${subsetTag(glyphs, postScriptName)}+${postScriptName}`;
		font.fontName = name;
		const toUnicode = new Map(Object.entries(font.metadata.toUnicode).map(([gid, code]) => [Number(gid), code]));
		// The same glyphs for the same characters make the same subset: a PDF made again reuses it.
		return subsetOnce(`${name}|${glyphs.join(',')}|${[...toUnicode].join(';')}`, () =>
			subsetTrueType(bytes, { glyphs, toUnicode, postScriptName: name })
		);
	};
}

/** The last subsets made, by font, glyphs and characters (one per font and output, 10–40 KB each). */
const subsetOnce = recent<Uint8Array>(1_000_000, (key, subset) => key.length + subset.length);

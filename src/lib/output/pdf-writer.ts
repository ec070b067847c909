import type { jsPDF as JsPdfType } from 'jspdf';
import type { Language } from '../domain/settings';
import { subsetTag, subsetTrueType } from './font-subset';

/**
 * Shared by every PDF Veivalg makes: A4, the embedded Source Sans Pro TTFs
 * (Identity-H, subset), compression, metadata and language, text that wraps
 * and flows onto new pages, headings, bullets and page numbers. Never
 * encryption, form fields or html() – Nav's upload needs plain text.
 */

export interface PdfFonts {
	regular: Uint8Array;
	bold: Uint8Array;
}

export const LEFT = 20;
export const WIDTH = 170;
const PAGE_H = 297;
export const BOTTOM = 280;
export const ACCENT: [number, number, number] = [0, 52, 125];

/**
 * The font files as binary strings, once per font. jsPDF takes a font from
 * its virtual file system as a string; one that starts with the TrueType
 * signature is read as is, so no base64 round trip is needed.
 */
const binary = new WeakMap<Uint8Array, string>();
const binaryString = (bytes: Uint8Array) => {
	let out = binary.get(bytes);
	if (out) return out;
	out = '';
	for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
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
function shareParsedFonts(JsPDF: typeof JsPdfType) {
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
	let h = 0x811c9dc5;
	const mix = (from: number, to: number) => {
		for (let i = Math.max(0, from); i < Math.min(data.length, to); i++) h = Math.imul(h ^ data[i]!, 0x01000193);
	};
	mix(0, 4096);
	mix(data.length - 4096, data.length);
	return `${data.length}:${h >>> 0}`;
}

/** What jsPDF keeps of an embedded TrueType font while a document is written. */
interface JsPdfFont {
	fontName: string;
	metadata: { glyIdsUsed: number[]; toUnicode: Record<number, number>; subset: { encode: (glyphs: number[], locaFormat: number) => ArrayLike<number> } };
}

/**
 * Adds a font to the document and has jsPDF embed our subset of it (see
 * font-subset.ts) under a tagged name such as `KQWBZE+SourceSansPro-Bold`.
 * jsPDF calls subset.encode just before it writes the font's name.
 */
function embedSubset(doc: JsPdfType, bytes: Uint8Array, style: 'normal' | 'bold', postScriptName: string) {
	const file = `${postScriptName}.ttf`;
	doc.addFileToVFS(file, binaryString(bytes));
	doc.addFont(file, 'SourceSans', style);
	const font = doc.setFont('SourceSans', style).getFont() as unknown as JsPdfFont;
	font.metadata.subset.encode = (glyphs) => {
		const name = `${subsetTag(glyphs, postScriptName)}+${postScriptName}`;
		font.fontName = name;
		const toUnicode = new Map(Object.entries(font.metadata.toUnicode).map(([gid, code]) => [Number(gid), code]));
		return subsetTrueType(bytes, { glyphs, toUnicode, postScriptName: name });
	};
}

export function createWriter(JsPDF: typeof JsPdfType, fonts: PdfFonts, meta: { title: string; subject: string; keywords: string; lang: Language }) {
	shareParsedFonts(JsPDF);
	const doc = new JsPDF({ unit: 'mm', format: 'a4', compress: true });
	embedSubset(doc, fonts.regular, 'normal', 'SourceSansPro-Regular');
	embedSubset(doc, fonts.bold, 'bold', 'SourceSansPro-Bold');
	doc.setProperties({ title: meta.title, subject: meta.subject, author: 'Veivalg', creator: 'Veivalg', keywords: meta.keywords });
	// jsPDF knows 'nb', 'nn' and 'en-GB' as PDF /Lang codes.
	doc.setLanguage((meta.lang === 'en' ? 'en-GB' : meta.lang) as Parameters<typeof doc.setLanguage>[0]);

	const w = {
		doc,
		y: 20,
		font(weight: 'normal' | 'bold', size: number) {
			doc.setFont('SourceSans', weight).setFontSize(size);
		},
		lineH: (size: number) => size * 0.45,
		ensure(h: number) {
			if (w.y + h > BOTTOM) {
				doc.addPage();
				w.y = 20;
			}
		},
		text(s: string, size = 11, weight: 'normal' | 'bold' = 'normal', x = LEFT, width = WIDTH) {
			w.font(weight, size);
			for (const line of doc.splitTextToSize(s, width) as string[]) {
				w.ensure(w.lineH(size));
				doc.text(line, x, w.y);
				w.y += w.lineH(size);
			}
		},
		heading(s: string, size = 15) {
			w.ensure(16);
			w.y += 4;
			doc.setTextColor(...ACCENT);
			w.text(s, size, 'bold');
			doc.setTextColor(0, 0, 0);
			w.y += 1;
		},
		bullet(s: string, size = 11) {
			w.font('normal', size);
			const lines = doc.splitTextToSize(s, WIDTH - 6) as string[];
			w.ensure(w.lineH(size) * Math.min(lines.length, 3));
			doc.text('•', LEFT + 1, w.y);
			for (const line of lines) {
				w.ensure(w.lineH(size));
				doc.text(line, LEFT + 6, w.y);
				w.y += w.lineH(size);
			}
		},
		/** Page numbers on every page, then the bytes. */
		finish(pageLabel: (n: number, total: number) => string): ArrayBuffer {
			const pages = doc.getNumberOfPages();
			for (let i = 1; i <= pages; i++) {
				doc.setPage(i);
				w.font('normal', 9);
				doc.text(pageLabel(i, pages), LEFT + WIDTH, PAGE_H - 10, { align: 'right' });
			}
			return doc.output('arraybuffer');
		}
	};
	return w;
}

export type PdfWriter = ReturnType<typeof createWriter>;

const formats = new Map<Language, Intl.DateTimeFormat>();
export function dateFormatter(lang: Language) {
	const locale = lang === 'en' ? 'en-GB' : `${lang}-NO`;
	let f = formats.get(lang);
	if (!f) formats.set(lang, (f = new Intl.DateTimeFormat(locale, { dateStyle: 'long' })));
	return (iso: string) => (iso ? f.format(new Date(`${iso.slice(0, 10)}T12:00:00`)) : '');
}

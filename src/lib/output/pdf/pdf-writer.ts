import type { jsPDF as JsPdfType } from 'jspdf';
import { INTL_LOCALE, type Language } from '../../domain/settings';
import { embedSubset, shareParsedFonts } from './pdf-fonts';
import { leanJsPdf } from './lean-jspdf';
import { packObjects } from './object-streams';
import { createTagger, type Role, type StructElem } from './pdf-tags';

/**
 * Shared by every PDF Veivalg makes: A4, the embedded Source Sans Pro TTFs
 * (Identity-H, subset), compression, metadata and language, text that wraps
 * and flows onto new pages, headings, bullets and page numbers – each tagged
 * as it is drawn (pdf-tags.ts), so every PDF has a structure tree a screen
 * reader can follow. Never encryption, form fields or html() – Nav's upload
 * needs plain text.
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

/** How many pages each finished PDF has, as its writer counted them (no parsing of the bytes). */
const pages = new WeakMap<ArrayBuffer, number>();
export const pageCount = (bytes: ArrayBuffer) => pages.get(bytes) ?? 0;

export function createWriter(
	JsPDF: typeof JsPdfType,
	fonts: PdfFonts,
	meta: { title: string; subject: string; keywords: string; lang: Language }
) {
	shareParsedFonts(JsPDF);
	leanJsPdf(JsPDF);
	// putOnlyUsedFonts: without it jsPDF declares its 14 standard fonts in every file, used or not.
	const doc = new JsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
	embedSubset(doc, fonts.regular, 'normal', 'SourceSansPro-Regular');
	embedSubset(doc, fonts.bold, 'bold', 'SourceSansPro-Bold');
	// No name in the metadata: a PDF viewer writes the title into the browser's history, and the
	// app keeps names out of everything the browser stores. No author either: the file is the client's.
	doc.setProperties({ title: meta.title, subject: meta.subject, creator: 'Veivalg', keywords: meta.keywords });
	// jsPDF knows 'nb', 'nn' and 'en-GB' as PDF /Lang codes.
	const lang = meta.lang === 'en' ? 'en-GB' : meta.lang;
	doc.setLanguage(lang as Parameters<typeof doc.setLanguage>[0]);
	const tags = createTagger(doc, { title: meta.title, lang });

	const w = {
		doc,
		tags,
		y: 20,
		font(weight: 'normal' | 'bold', size: number) {
			doc.setFont('SourceSans', weight).setFontSize(size);
		},
		lineH: (size: number) => size * 0.45,
		ensure(h: number) {
			if (w.y + h > BOTTOM) {
				tags.end();
				doc.addPage();
				w.y = 20;
			}
		},
		/** Wrapped lines, flowing onto new pages, as one element of the structure (a paragraph unless said). */
		text(
			s: string,
			size = 11,
			weight: 'normal' | 'bold' = 'normal',
			x = LEFT,
			width = WIDTH,
			el: Role | StructElem = 'P'
		) {
			const into = typeof el === 'string' ? tags.add(el) : el;
			w.font(weight, size);
			for (const line of doc.splitTextToSize(s, width) as string[]) {
				w.ensure(w.lineH(size));
				tags.mark(into);
				doc.text(line, x, w.y);
				w.y += w.lineH(size);
			}
			tags.end();
		},
		/** The document's title: its one H1. */
		title(s: string, size: number) {
			w.text(s, size, 'bold', LEFT, WIDTH, 'H1');
		},
		/** A section heading: H2 under the document's one H1 (its title). */
		heading(s: string, size = 15) {
			w.ensure(16);
			w.y += 4;
			doc.setTextColor(...ACCENT);
			w.text(s, size, 'bold', LEFT, WIDTH, 'H2');
			doc.setTextColor(0, 0, 0);
			w.y += 1;
		},
		/** A list item: the bullet its label, the text its body; consecutive bullets make one list. */
		bullet(s: string, size = 11) {
			w.font('normal', size);
			const lines = doc.splitTextToSize(s, WIDTH - 6) as string[];
			w.ensure(w.lineH(size) * Math.min(lines.length, 3));
			const item = tags.listItem();
			tags.mark(item.label);
			doc.text('•', LEFT + 1, w.y);
			for (const line of lines) {
				w.ensure(w.lineH(size));
				tags.mark(item.body);
				doc.text(line, LEFT + 6, w.y);
				w.y += w.lineH(size);
			}
			tags.end();
		},
		/** Page numbers on every page (artifacts: a reader skips them), then the bytes. */
		finish(pageLabel: (n: number, total: number) => string): ArrayBuffer {
			tags.end();
			const pages_ = doc.getNumberOfPages();
			for (let i = 1; i <= pages_; i++) {
				const label = pageLabel(i, pages_);
				if (!label) continue;
				doc.setPage(i);
				w.font('normal', 9);
				tags.artifact(() => doc.text(label, LEFT + WIDTH, PAGE_H - 10, { align: 'right' }), 'Pagination');
			}
			// The structure tree is hundreds of small objects: packed into one compressed object stream.
			const bytes = packObjects(doc.output());
			pages.set(bytes, pages_);
			return bytes;
		}
	};
	return w;
}

export type PdfWriter = ReturnType<typeof createWriter>;

const formats = new Map<Language, Intl.DateTimeFormat>();
export function dateFormatter(lang: Language) {
	let f = formats.get(lang);
	if (!f) formats.set(lang, (f = new Intl.DateTimeFormat(INTL_LOCALE[lang], { dateStyle: 'long' })));
	return (iso: string) => (iso ? f.format(new Date(`${iso.slice(0, 10)}T12:00:00`)) : '');
}

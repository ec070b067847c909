import boldUrl from 'source-sans-pro/TTF/SourceSansPro-Bold.ttf?url';
import regularUrl from 'source-sans-pro/TTF/SourceSansPro-Regular.ttf?url';
import { fontCovers } from './font-subset';
import type { PdfFonts } from './pdf-writer';
import { unprintable } from './unprintable';

/**
 * jsPDF and the embedded font load only when a PDF is made (never on the
 * first screen); the service worker precaches them, so it works offline.
 */
let kit: Promise<{
	JsPDF: typeof import('jspdf').jsPDF;
	fonts: PdfFonts;
	make: typeof import('../make').makeOutput;
	/** The characters in an output's input that the PDF font cannot show. */
	unprintable: (input: unknown) => string[];
}> | null = null;

const bytes = (url: string) => fetch(url).then(async (r) => new Uint8Array(await r.arrayBuffer()));

export function loadPdfKit() {
	kit ??= Promise.all([import('jspdf'), bytes(regularUrl), bytes(boldUrl), import('../make')]).then(
		([m, regular, bold, make]) => {
			const covers = fontCovers(regular);
			return {
				JsPDF: m.jsPDF,
				fonts: { regular, bold },
				make: make.makeOutput,
				unprintable: (input: unknown) => unprintable(input, covers)
			};
		}
	);
	return kit;
}

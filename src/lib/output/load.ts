import boldUrl from 'source-sans-pro/TTF/SourceSansPro-Bold.ttf?url';
import regularUrl from 'source-sans-pro/TTF/SourceSansPro-Regular.ttf?url';
import { fontCovers } from './font-subset';
import type { PdfFonts } from './plan-pdf';
import { unprintable } from './unprintable';

/**
 * jsPDF and the embedded font load only when a PDF is made (never on the
 * first screen); the service worker precaches them, so it works offline.
 */
let kit: Promise<{
	JsPDF: typeof import('jspdf').jsPDF;
	fonts: PdfFonts;
	build: typeof import('./plan-pdf');
	nav: typeof import('./nav-summary');
	inputs: typeof import('./inputs');
	fridge: typeof import('./fridge-note');
	/** The characters in an output's input that the PDF font cannot show. */
	unprintable: (input: unknown) => string[];
}> | null = null;

const bytes = (url: string) => fetch(url).then(async (r) => new Uint8Array(await r.arrayBuffer()));

export function loadPdfKit() {
	kit ??= Promise.all([
		import('jspdf'),
		bytes(regularUrl),
		bytes(boldUrl),
		import('./plan-pdf'),
		import('./nav-summary'),
		import('./inputs'),
		import('./fridge-note')
	]).then(([m, regular, bold, build, nav, inputs, fridge]) => {
		const covers = fontCovers(regular);
		return {
			JsPDF: m.jsPDF,
			fonts: { regular, bold },
			build,
			nav,
			inputs,
			fridge,
			unprintable: (input: unknown) => unprintable(input, covers)
		};
	});
	return kit;
}

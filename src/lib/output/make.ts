import type { jsPDF as JsPdfType } from 'jspdf';
import type { ClientFile } from '../domain/client/client-export';
import type { Language } from '../domain/settings';
import { buildFridgeNote, fridgeNoteFileName } from './plan/fridge-note';
import { navSummaryInput, planPdfInput } from './contents';
import { navActivities, type NavActivity } from '../domain/plan/nav-activities';
import { buildNavSummaryPdf, navSummaryFileName, navSummaryText } from './nav/nav-summary';
import { buildPlanPdf, planPdfFileName, type PdfFonts } from './plan/plan-pdf';
import { pageCount } from './pdf/pdf-writer';
import type { Translate as T } from '../domain/common';
import type { Catalogue } from '../domain/catalogue/schema';

/**
 * The one way an output is made: assemble what the output may show (contents.ts), build it, name
 * the file. The three panels – the client's plan, the fridge note, the Nav summary – call this
 * and only show the result; the tests call it too.
 */

export type OutputKind = 'plan' | 'fridge' | 'navSummary';

export interface OutputOptions {
	/** From Innstillinger: names in file names, and the county's start dates for adults. */
	namesInFileNames: boolean;
	adultIntake: string;
	/** To name the school years a route still needs; without it the outputs leave the path out. */
	catalogue?: Catalogue | null;
}

export interface MadeOutput {
	bytes: ArrayBuffer;
	pages: number;
	name: string;
	/** What went in, for naming the characters the font cannot show. */
	input: unknown;
	/** The Nav summary's text version and its activities for Nav's activity plan. */
	text?: string;
	activities?: NavActivity[];
}

export function makeOutput(
	kit: { JsPDF: typeof JsPdfType; fonts: PdfFonts },
	kind: OutputKind,
	file: ClientFile,
	lang: Language,
	made: string,
	t: T,
	options: OutputOptions
): MadeOutput {
	const { JsPDF, fonts } = kit;
	const name = file.client.name;
	if (kind === 'navSummary') {
		const input = navSummaryInput(file, lang, made, options.catalogue);
		const bytes = buildNavSummaryPdf(JsPDF, fonts, input, t);
		return {
			bytes,
			pages: pageCount(bytes),
			name: navSummaryFileName(name, made, options.namesInFileNames, lang),
			input,
			text: navSummaryText(input, t),
			activities: navActivities(input.steps, input.goal.occupation, t)
		};
	}
	const input = planPdfInput(file, lang, made, options.adultIntake, options.catalogue);
	const bytes = kind === 'plan' ? buildPlanPdf(JsPDF, fonts, input, t) : buildFridgeNote(JsPDF, fonts, input, t);
	const fileName = kind === 'plan' ? planPdfFileName : fridgeNoteFileName;
	return { bytes, pages: pageCount(bytes), name: fileName(name, made, options.namesInFileNames, lang), input };
}

import type { ClientFile } from '$lib/domain/client/client-export';
import { todayIso } from '$lib/domain/common';
import type { Language } from '$lib/domain/settings';
import { loadPdfKit } from '$lib/output/pdf/pdf-kit';
import type { OutputKind } from '$lib/output/make';
import { app } from '$lib/state/app.svelte';
import { catalogue } from '$lib/state/catalogue.svelte';
import { i18n } from '$lib/state/i18n.svelte';

/** A PDF just made, as the output panels offer it: a blob URL to download and preview, its size and pages, and what it could not show. */
export interface PdfResult {
	url: string;
	name: string;
	pages: number;
	kb: number;
	bytes: number;
	/** Characters the embedded font lacks; they are missing from the PDF (never from the stored text). */
	missing: string[];
}

export function pdfResult(bytes: ArrayBuffer, name: string, pages: number, missing: string[]): PdfResult {
	return {
		url: URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' })),
		name,
		pages,
		kb: Math.round(bytes.byteLength / 1024),
		bytes: bytes.byteLength,
		missing
	};
}

/**
 * One output made from the stored records, as every panel does it: the PDF kit, the texts in the
 * chosen language and the client's file, through the one pipeline (output/make.ts).
 */
export async function makePdf(kind: OutputKind, stored: () => Promise<ClientFile | null>, lang: Language) {
	const [kit, tt, file] = await Promise.all([loadPdfKit(), i18n.fixedT(lang), stored(), catalogue.load()]);
	if (!file) throw new Error('client not found');
	const made = kit.make(kit, kind, file, lang, todayIso(), tt, { ...app.settings, catalogue: catalogue.data });
	return { made, result: pdfResult(made.bytes, made.name, made.pages, kit.unprintable(made.input)) };
}

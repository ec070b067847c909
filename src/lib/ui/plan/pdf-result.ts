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

export function pdfResult(bytes: ArrayBuffer, name: string, missing: string[]): PdfResult {
	return {
		url: URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' })),
		name,
		pages: (new TextDecoder('latin1').decode(bytes).match(/\/Type \/Page\b/g) ?? []).length,
		kb: Math.round(bytes.byteLength / 1024),
		bytes: bytes.byteLength,
		missing
	};
}

/**
 * How much one text field takes by typing or pasting. Chromium needs 18 s to lay out 60 MB in one
 * input and 28 s in a textarea (measured here, issue 23), the whole screen frozen meanwhile: a limit
 * keeps a stray paste from doing that. 50,000 characters is some 20 pages, far above a CV pasted
 * whole (5,000–10,000), and lays out in a few milliseconds. Records keep any length they already
 * hold; the browser only stops more being added.
 */
export const TEXT_MAX = 50_000;

/** Whether pasting `pasted` into this field goes past its limit (the browser then keeps only what fits). */
export function pasteIsCut(el: HTMLInputElement | HTMLTextAreaElement, pasted: string): boolean {
	if (el.maxLength < 0) return false;
	const selected = (el.selectionEnd ?? el.value.length) - (el.selectionStart ?? el.value.length);
	return el.value.length - selected + pasted.length > el.maxLength;
}

import type { jsPDF as JsPdfType } from 'jspdf';
import { zlibSync } from 'fflate';
import { bytesOf, latin1 } from './binary-string';
import { recent } from './recent';

/**
 * Two pieces of jsPDF's work per PDF that Veivalg's PDFs do not need, taken out once for all
 * documents (about a tenth of a plan's build), and deflate done once per stream content. The bytes
 * written stay the same.
 *
 * - Arabic shaping and bidi reordering run on every line of text. Source Sans Pro has no Arabic or
 *   Hebrew glyphs, so right-to-left text cannot be shown either way (the panels name such
 *   characters as missing, see unprintable.ts); on left-to-right text both leave it as it is.
 * - jsPDF turns each compressed stream back into a string one byte at a time
 *   (`arr.reduce((s, b) => s + String.fromCharCode(b), '')`); the same deflate (fflate, the
 *   library jsPDF uses, with its defaults) is done here with the string built in chunks.
 *
 * Both lean on jsPDF 4 internals (`API.events`, `API.processDataByFilters`); if an upgrade renames
 * them, nothing here matches and jsPDF's own paths run, only slower.
 */

type Handler = (arg: unknown) => void;
interface JsPdfInternals {
	events: [string, Handler][];
	processArabic?: Handler;
	processDataByFilters: (data: string, filters: unknown) => { data: string; reverseChain: string };
	leanVeivalg?: true;
}

export function leanJsPdf(JsPDF: typeof JsPdfType) {
	const api = JsPDF.API as unknown as JsPdfInternals;
	if (api.leanVeivalg) return;
	api.events = api.events.filter(
		([topic, fn]) =>
			!(topic === 'preProcessText' && fn === api.processArabic) &&
			// The bidi handler is a closure jsPDF does not export; its body calls the engine by this name.
			!(topic === 'postProcessText' && fn.toString().includes('doBidiReorder'))
	);
	const filters = api.processDataByFilters;
	api.processDataByFilters = (data, chain) =>
		isFlateOnly(chain) ? { data: deflated(data), reverseChain: '/FlateDecode' } : filters(data, chain);
	api.leanVeivalg = true;
}

/**
 * Streams by their content: a PDF made again after a small edit (or in the same language twice)
 * has mostly the same streams – the font subsets nearly always – and deflate was the largest single
 * part of a warm plan's build. Same input, same bytes; about 4 MB of text kept.
 */
const deflateOnce = recent<string>(4_000_000, (data, out) => data.length + out.length);
const deflated = (data: string) => deflateOnce(data, () => latin1(zlibSync(bytesOf(data))));

const isFlateOnly = (chain: unknown) =>
	chain === 'FlateEncode' ||
	(Array.isArray(chain) && chain.length === 1 && (chain[0] === 'FlateEncode' || chain[0] === '/FlateEncode'));

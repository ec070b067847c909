import { fold } from '../client/client-list';
import { HOLLAND_TYPES, type HollandType } from '../mapping/interests';
import type { Catalogue, Trade } from './schema';

/**
 * Finding the trade a person means: by name (bokmål or nynorsk), by the
 * words people use for it (curated synonyms, utdanning.no's occupation
 * titles, STYRK titles), with or without Norwegian letters ("tomrer" finds
 * Tømrerfaget) and through a slip of the keyboard ("elektrikker"). A whole
 * word that names the trade beats a trade whose name merely starts with it;
 * among equals the trade with the plainest name — the general one, not a
 * narrower variant — comes first. Without a query, trades are suggested by
 * how close their Holland code is to the client's.
 */

/** æ→ae, ø→o, å→a after folding: for people typing on a keyboard without them. */
const ascii = (s: string) => s.replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a');
const norm = (s: string) => ascii(fold(s));
const wordsOf = (s: string) => s.split(/[^a-z0-9]+/).filter((w) => w.length > 1);

/** «Tømrerfaget» → «tomrer»: the word a trade's name is built on. */
const stemOf = (name: string) => name.replace(/(faget|fag)$/, '');

interface Indexed {
	trade: Trade;
	/** Names, folded: «tomrerfaget». */
	names: string[];
	/** Each name's words and stems: «tomrer», «maler», «overflateteknikk». */
	stems: Set<string>;
	/** Words and whole phrases people use for it: curated synonyms and utdanning.no's occupation titles. */
	terms: Set<string>;
	/** Words of the STYRK-08 titles: broad («kjemisk industri»), so they weigh less. */
	styrk: Set<string>;
	/** Everything, for a match inside a word (programme name included). */
	text: string;
}

export interface TradeIndex {
	entries: Indexed[];
	/** Every name stem and term word, for typo-tolerant lookups: word → the entries that have it, and whether as a name. */
	vocabulary: Map<string, Map<number, 'name' | 'term'>>;
}

export function indexCatalogue(catalogue: Catalogue): TradeIndex {
	const programmeNames = new Map(
		catalogue.programmes.map((p) => [p.area, `${p.name.nb} ${p.name.nn} ${p.name.en ?? ''}`])
	);
	const vocabulary: TradeIndex['vocabulary'] = new Map();
	const add = (word: string, i: number, as: 'name' | 'term') => {
		let m = vocabulary.get(word);
		if (!m) vocabulary.set(word, (m = new Map()));
		if (m.get(i) !== 'name') m.set(i, as);
	};
	const entries = catalogue.trades.map((trade, i) => {
		// Udir's English title counts as a name too: the English interface finds «Carpentry».
		const names = [trade.name.nb, trade.name.nn, trade.name.en ?? ''].filter(Boolean).map(norm);
		const stems = new Set(names.flatMap((n) => wordsOf(n).map(stemOf)));
		const phrases = [...trade.synonyms, ...trade.occupations].map(norm);
		const terms = new Set([...phrases, ...phrases.flatMap(wordsOf)]);
		const styrkTitles = trade.styrk.map((s) => norm(s.name));
		const styrk = new Set(styrkTitles.flatMap(wordsOf));
		for (const w of stems) add(w, i, 'name');
		for (const w of terms) if (!w.includes(' ')) add(w, i, 'term');
		const text = [...names, ...phrases, ...styrkTitles, norm(programmeNames.get(trade.programme) ?? '')].join(' | ');
		return { trade, names, stems, terms, styrk, text };
	});
	return { entries, vocabulary };
}

/**
 * Iachan's agreement index for two Holland codes (Iachan 1984, «A measure of
 * agreement for use with the Holland classification system», Journal of
 * Vocational Behavior 24): a letter shared at the same place weighs most,
 * the first place most of all. 28 is a perfect three-letter match.
 */
const IACHAN = [
	[22, 10, 4],
	[10, 5, 2],
	[4, 2, 1]
] as const;

export function interestFit(tradeCode: string, clientTop: readonly HollandType[]): number {
	let score = 0;
	clientTop.slice(0, 3).forEach((type, i) => {
		const at = tradeCode.indexOf(type);
		if (at >= 0 && at < 3) score += IACHAN[at]![i]!;
	});
	return score;
}

export interface TradeHit {
	trade: Trade;
	/** Why it came up: the matched text, or the fit with the interest result. */
	matchedBy: 'name' | 'synonym' | 'typo' | 'interest';
	fit: number;
}

export interface SearchOptions {
	programme?: string | null;
	interests?: readonly HollandType[];
	/** The programmes of the client's own schooling: among equally close suggestions, these come first. */
	programmes?: readonly string[];
	limit?: number;
}

const NAME_WORD = 120;
const TERM_WORD = 110;
const NAME_START = 100;
const TERM_START = 80;
const STYRK_WORD = 70;
const IN_NAME = 60;
const IN_TEXT = 30;
const TYPO_NAME = 50;
const TYPO_TERM = 25;

/** Edits (insert, delete, change, swap two neighbours) to turn a into b, or max + 1 when more. */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev2: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
			cur.push(d);
			best = Math.min(best, d);
		}
		if (best > max) return max + 1;
		prev2 = prev;
		prev = cur;
	}
	return prev[b.length]!;
}

/** Entries one or two slips away from a query word (one for short words, two from eight letters), scored by what the slip was in. */
function typoMatches(index: TradeIndex, w: string): Map<number, number> {
	const out = new Map<number, number>();
	if (w.length < 4) return out;
	const max = w.length >= 8 ? 2 : 1;
	for (const [word, entries] of index.vocabulary) {
		if (editDistance(w, word, max) > max) continue;
		for (const [e, as] of entries) out.set(e, Math.max(out.get(e) ?? 0, as === 'name' ? TYPO_NAME : TYPO_TERM));
	}
	return out;
}

function wordScore(e: Indexed, w: string): number {
	if (e.stems.has(w)) return NAME_WORD;
	if (e.terms.has(w)) return TERM_WORD;
	if (e.names.some((n) => n.startsWith(w))) return NAME_START;
	for (const t of e.terms) if (t.startsWith(w)) return TERM_START;
	if (e.styrk.has(w)) return STYRK_WORD;
	if (e.names.some((n) => n.includes(w))) return IN_NAME;
	if (e.text.includes(w)) return IN_TEXT;
	return 0;
}

const shortestName = (t: Trade) => t.name.nb.length;

export function searchTrades(index: TradeIndex, query: string, options: SearchOptions = {}): TradeHit[] {
	const words = norm(query)
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	const top = (options.interests ?? []).filter((t) => HOLLAND_TYPES.includes(t));
	const own = new Set(options.programmes ?? []);
	const hits: (TradeHit & { rank: number; tie: number })[] = [];
	// Each word scored against each trade once; a slip of the keyboard is looked for only when the
	// word, as typed, is found nowhere.
	const scores = words.map((w) => index.entries.map((e) => wordScore(e, w)));
	const typos = scores.map((row, k) => (row.some((n) => n > 0) ? null : typoMatches(index, words[k]!)));
	index.entries.forEach((e, i) => {
		if (options.programme && e.trade.programme !== options.programme) return;
		const fit = interestFit(e.trade.holland, top);
		if (words.length === 0) {
			hits.push({ trade: e.trade, matchedBy: 'interest', fit, rank: fit, tie: own.has(e.trade.programme) ? 1 : 0 });
			return;
		}
		let rank = 0;
		let how: TradeHit['matchedBy'] = 'name';
		for (let k = 0; k < words.length; k++) {
			let s = scores[k]![i]!;
			const slip = s === 0 ? (typos[k]?.get(i) ?? 0) : 0;
			if (s === 0 && slip === 0) return;
			if (slip) {
				s = slip;
				how = 'typo';
			} else if (how !== 'typo' && s !== NAME_WORD && s !== NAME_START && s !== IN_NAME) how = 'synonym';
			rank += s;
		}
		hits.push({ trade: e.trade, matchedBy: how, fit, rank: rank + fit / 10, tie: -shortestName(e.trade) });
	});
	hits.sort((a, b) => b.rank - a.rank || b.tie - a.tie || a.trade.code.localeCompare(b.trade.code));
	return hits.slice(0, options.limit ?? hits.length).map(({ trade, matchedBy, fit }) => ({ trade, matchedBy, fit }));
}

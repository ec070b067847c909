import { fold } from '../client/client-list';
import { HOLLAND_TYPES, type HollandType } from '../mapping/interests';
import type { Catalogue, Trade } from './schema';

/**
 * Finding trades fast: by name (bokmål or nynorsk), synonym, occupation or
 * STYRK title, with or without Norwegian letters ("tomrer" finds Tømrerfaget),
 * and ranked by how well the trade's Holland code fits the client's interests.
 */

/** æ→ae, ø→o, å→a after folding: for people typing on a keyboard without them. */
const ascii = (s: string) => s.replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a');

interface Indexed {
	trade: Trade;
	names: string[];
	words: string;
}

export interface TradeIndex {
	entries: Indexed[];
}

export function indexCatalogue(catalogue: Catalogue): TradeIndex {
	const programmeNames = new Map(catalogue.programmes.map((p) => [p.area, `${p.name.nb} ${p.name.nn}`]));
	return {
		entries: catalogue.trades.map((trade) => {
			const names = [trade.name.nb, trade.name.nn].map((n) => ascii(fold(n)));
			const words = ascii(
				fold(
					[
						...trade.synonyms,
						...trade.occupations,
						...trade.styrk.map((s) => s.name),
						programmeNames.get(trade.programme) ?? ''
					].join(' | ')
				)
			);
			return { trade, names, words };
		})
	};
}

/** How well a trade's Holland code fits the client's top types (first type weighs most). 0 when nothing is known. */
export function interestFit(tradeCode: string, clientTop: HollandType[]): number {
	let score = 0;
	clientTop.forEach((type, i) => {
		const at = tradeCode.indexOf(type);
		if (at >= 0) score += (3 - i) * (3 - at);
	});
	return score;
}

export interface TradeHit {
	trade: Trade;
	/** Why it came up: the matched text, or the fit with the interest result. */
	matchedBy: 'name' | 'synonym' | 'interest';
	fit: number;
}

export interface SearchOptions {
	programme?: string | null;
	interests?: HollandType[];
	limit?: number;
}

export function searchTrades(index: TradeIndex, query: string, options: SearchOptions = {}): TradeHit[] {
	const words = ascii(fold(query)).split(/\s+/).filter(Boolean);
	const top = (options.interests ?? []).filter((t) => HOLLAND_TYPES.includes(t));
	const hits: (TradeHit & { rank: number })[] = [];
	for (const e of index.entries) {
		if (options.programme && e.trade.programme !== options.programme) continue;
		const fit = interestFit(e.trade.holland, top);
		if (words.length === 0) {
			hits.push({ trade: e.trade, matchedBy: 'interest', fit, rank: fit });
			continue;
		}
		let rank = 0;
		let byName = true;
		for (const w of words) {
			const inName = e.names.some((n) => n.includes(w));
			const inWords = e.words.includes(w);
			if (!inName && !inWords) {
				rank = -1;
				break;
			}
			if (!inName) byName = false;
			rank += e.names.some((n) => n.startsWith(w))
				? 100
				: inName
					? 60
					: new RegExp(`(^|[ |,])${w}`).test(e.words)
						? 40
						: 20;
		}
		if (rank >= 0) hits.push({ trade: e.trade, matchedBy: byName ? 'name' : 'synonym', fit, rank: rank + fit });
	}
	hits.sort((a, b) => b.rank - a.rank || a.trade.name.nb.localeCompare(b.trade.name.nb, 'nb'));
	return hits.slice(0, options.limit ?? hits.length).map(({ trade, matchedBy, fit }) => ({ trade, matchedBy, fit }));
}

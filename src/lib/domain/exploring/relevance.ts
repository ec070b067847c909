import { fold } from '../client/client-list';
import type { Trade } from '../catalogue/schema';
import type { Experience } from '../mapping/mapping';

/**
 * Whether a CV entry looks like practice in a trade, to suggest it — never to
 * count it: only the counsellor's mark counts. The entry's role and tasks are
 * read against the words the catalogue has for the trade: its name, its
 * curated synonyms, utdanning.no's occupation titles and its STYRK-08 titles
 * (so «Elektrikerhjelper» suggests Elektrikerfaget, «Lagermedarbeider» does not).
 */

const stem = (s: string) => fold(s).replace(/(faget|fag)$/, '');
/** Words too general to point to one trade on their own. */
const GENERAL = new Set(['arbeider', 'medarbeider', 'operator', 'operatør', 'assistent', 'hjelper', 'fagarbeider']);

/** A trade's words, worked out once per trade (the check runs for every CV entry on every render). */
const wordsByTrade = new WeakMap<Trade, string[]>();
function tradeWords(trade: Trade): string[] {
	let cached = wordsByTrade.get(trade);
	if (!cached) wordsByTrade.set(trade, (cached = wordsOf(trade)));
	return cached;
}

function wordsOf(trade: Trade): string[] {
	const words = [
		trade.name.nb,
		trade.name.nn,
		...trade.synonyms,
		...trade.occupations,
		...trade.styrk.map((s) => s.name)
	]
		.flatMap((w) => fold(w).split(/[^\p{L}\p{N}]+/u))
		.map((w) => stem(w))
		.filter((w) => w.length >= 5 && !GENERAL.has(w));
	return [...new Set(words)];
}

export function suggestsRelevant(entry: Pick<Experience, 'role' | 'tasks' | 'employer'>, trade: Trade): boolean {
	const text = fold([entry.role, entry.tasks].join(' '));
	if (!text.trim()) return false;
	return tradeWords(trade).some((w) => text.includes(w));
}

/** Marks or unmarks an entry as relevant practice for a trade. */
export function setRelevant(entry: Pick<Experience, 'relevantFor'>, tradeCode: string, relevant: boolean) {
	const has = entry.relevantFor.includes(tradeCode);
	if (relevant && !has) entry.relevantFor.push(tradeCode);
	if (!relevant && has) entry.relevantFor.splice(entry.relevantFor.indexOf(tradeCode), 1);
}

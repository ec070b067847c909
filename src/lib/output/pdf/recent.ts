/**
 * A memo of the last results by key, for work a PDF made again repeats (see lean-jspdf.ts and
 * pdf-fonts.ts): oldest out first once the keys and values together pass `limit` (in characters
 * or bytes, as `size` counts). A lock reloads the page, so nothing kept outlives the session.
 */
export function recent<V>(limit: number, size: (key: string, value: V) => number) {
	const kept = new Map<string, V>();
	let total = 0;
	return (key: string, make: () => V): V => {
		const known = kept.get(key);
		if (known !== undefined) return known;
		const value = make();
		kept.set(key, value);
		total += size(key, value);
		for (const [k, v] of kept) {
			if (total <= limit) break;
			kept.delete(k);
			total -= size(k, v);
		}
		return value;
	};
}

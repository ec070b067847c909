/**
 * FNV-1a over bytes (32 bits): a fast hash to tell two byte strings apart — not a secret, not a
 * signature. `seed` continues a hash over another range.
 */
export function fnv1a(bytes: Uint8Array, from = 0, to = bytes.length, seed = 0x811c9dc5): number {
	let h = seed;
	for (let i = Math.max(0, from); i < Math.min(bytes.length, to); i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
	return h >>> 0;
}

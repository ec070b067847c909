/**
 * The app's own short interest inventory (Holland/RIASEC), written for this
 * app: 8 plain-language activities per type, tied to tasks in Norwegian
 * trades. Texts live in locales under interests.items.<id>. Results are
 * suggestions to explore, never a verdict.
 */

export const HOLLAND_TYPES = ['R', 'I', 'A', 'S', 'E', 'C'] as const;
export type HollandType = (typeof HOLLAND_TYPES)[number];

export const ITEMS_PER_TYPE = 8;

export interface InventoryItem {
	id: string;
	type: HollandType;
}

/** Items interleaved by type, so a person meets every type early: R1, I1, A1, …, R2, I2, … */
export const INVENTORY_ITEMS: readonly InventoryItem[] = Array.from({ length: ITEMS_PER_TYPE }, (_, i) =>
	HOLLAND_TYPES.map((type) => ({ id: `${type}${i + 1}`, type }))
).flat();

export const ANSWER_VALUES = [0, 1, 2] as const;
export type Answer = (typeof ANSWER_VALUES)[number];

export interface InventoryResult {
	scores: Record<HollandType, number>;
	answered: number;
	/** Up to three highest types with any points, highest first; ties keep R-I-A-S-E-C order. */
	top: HollandType[];
	/** e.g. "RSC" */
	code: string;
	/** Enough answers to say anything: at least half of the items. */
	enough: boolean;
}

export const MAX_SCORE = ITEMS_PER_TYPE * 2;

export function scoreInventory(answers: Record<string, number>): InventoryResult {
	const scores = { R: 0, I: 0, A: 0, S: 0, E: 0, C: 0 } as Record<HollandType, number>;
	let answered = 0;
	for (const item of INVENTORY_ITEMS) {
		const a = answers[item.id];
		if (a === undefined || a === null) continue;
		answered++;
		scores[item.type] += Math.max(0, Math.min(2, a));
	}
	const top = [...HOLLAND_TYPES]
		.filter((type) => scores[type] > 0)
		.sort((a, b) => scores[b] - scores[a] || HOLLAND_TYPES.indexOf(a) - HOLLAND_TYPES.indexOf(b))
		.slice(0, 3);
	return { scores, answered, top, code: top.join(''), enough: answered >= INVENTORY_ITEMS.length / 2 };
}

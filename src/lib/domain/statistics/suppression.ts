/**
 * Small-cell suppression for tables that leave the laptop: a count from 1 to
 * 4 could point to a person, so it is shown as "<5". Where a table splits a
 * known total (every client in exactly one row), a single hidden cell could
 * be worked out by subtraction, so the next smallest count is hidden too
 * ("x") — the rule statistics offices call secondary suppression.
 */

export const MIN_CELL = 5;
export const SMALL = '<5';
export const HIDDEN = 'x';

export type Shown = number | typeof SMALL | typeof HIDDEN;

export const isSmall = (n: number) => n > 0 && n < MIN_CELL;

/** `partition`: the counts add up to a total shown elsewhere. */
export function suppress(counts: readonly number[], partition: boolean): Shown[] {
	const out: Shown[] = counts.map((n) => (isSmall(n) ? SMALL : n));
	const hidden = out.filter((v) => v === SMALL).length;
	if (partition && hidden === 1) {
		let pick = -1;
		counts.forEach((n, i) => {
			if (out[i] !== SMALL && n > 0 && (pick === -1 || n < counts[pick]!)) pick = i;
		});
		if (pick !== -1) out[pick] = HIDDEN;
	}
	return out;
}

/**
 * Controlled rounding to base 5, as statistical offices use it for tables
 * that leave the house (Hundepool et al., «Handbook on Statistical
 * Disclosure Control», 2nd ed., section 5.5 «Rounding», controlled rounding:
 * https://sdctools.github.io/HandbookSDC/05-frequency-tables.html).
 *
 * Every count moves to one of its two neighbouring multiples of 5 (a
 * multiple of 5, 0 included, stays as it is), and the choices are made so
 * that the rounded tables still add up — each split to its total, no part
 * above what contains it. Two things follow, and are tested:
 *  - the rounded numbers are themselves the exact counts of a possible group
 *    of clients, which this code would publish unchanged;
 *  - so whoever holds every published table cannot tell the real clients
 *    from that other group, which differs in every count from 1 to 4.
 * No small count can be worked out, by any sum.
 */

export const BASE = 5;

const floor5 = (n: number) => n - (n % BASE);
/** The nearer multiple of 5 (1, 2 down; 3, 4 up). */
export const nearest5 = (n: number) => (n % BASE <= 2 ? floor5(n) : floor5(n) + BASE);

/** A count that cannot be above `cap` (itself rounded): rounded down where rounding up would pass it. */
export const roundUnder = (n: number, cap: number) => (nearest5(n) <= cap ? nearest5(n) : floor5(n));

/**
 * The cells of a table that splits a total, rounded so that they add up to
 * the total's rounded value (`target`, a neighbour of their sum): each cell
 * goes down, and the ones furthest above their lower multiple go up until
 * the sum is reached (earlier cells first on a tie, so it is repeatable).
 */
export function roundSplit(cells: readonly number[], target: number): number[] {
	const out = cells.map(floor5);
	let missing = (target - out.reduce((a, b) => a + b, 0)) / BASE;
	const order = cells
		.map((n, i) => ({ i, rest: n % BASE }))
		.filter((c) => c.rest > 0)
		.sort((a, b) => b.rest - a.rest || a.i - b.i);
	if (missing < 0 || missing > order.length || !Number.isInteger(missing))
		throw new RangeError(`cannot round ${cells.join(',')} to ${target}`);
	for (const { i } of order) {
		if (missing-- <= 0) break;
		out[i]! += BASE;
	}
	return out;
}

/**
 * The cells of a table where one person can be in several (aims, modules,
 * outcomes), rounded so that none is above the rounded base and, where
 * everyone is in at least one (`covered`), the cells still cover the base.
 */
export function roundEach(cells: readonly number[], base: number, covered: boolean): number[] {
	const out = cells.map((n) => roundUnder(n, base));
	let sum = out.reduce((a, b) => a + b, 0);
	if (!covered || sum >= base) return out;
	const raisable = cells
		.map((n, i) => ({ i, rest: n % BASE }))
		.filter(({ i, rest }) => rest > 0 && out[i] === floor5(cells[i]!) && out[i]! + BASE <= base)
		.sort((a, b) => b.rest - a.rest || a.i - b.i);
	for (const { i } of raisable) {
		if (sum >= base) break;
		out[i]! += BASE;
		sum += BASE;
	}
	if (sum < base) throw new RangeError(`cannot cover ${base} with ${cells.join(',')}`);
	return out;
}

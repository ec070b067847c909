/**
 * The birth year the rules may count from. A year after this one or before 1900 is a typo (20266
 * for 2026): the client record keeps it with a warning, and every rule answers as it does for an
 * unknown age — never «ut skoleåret 20290–91».
 */
export function ruleBirthYear(year: number | null | undefined, today = new Date()): number | null {
	return typeof year === 'number' && Number.isInteger(year) && year >= 1900 && year <= today.getFullYear()
		? year
		: null;
}

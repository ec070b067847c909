/**
 * The strength estimator, loaded the first time a passphrase is typed on a
 * screen that sets one: its dictionaries must not weigh on the first screen.
 */
let estimator: Promise<(p: string) => number> | null = null;

export function loadStrength(): Promise<(p: string) => number> {
	estimator ??= import('$lib/domain/lock/passphrase-strength').then((m) => m.passphraseStrength);
	return estimator;
}

export async function estimateStrength(passphrase: string): Promise<number> {
	return (await loadStrength())(passphrase);
}

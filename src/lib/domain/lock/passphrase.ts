/**
 * The rule a new passphrase must meet: long enough, and not easy to guess
 * (strength 0–4 from `passphrase-strength.ts`, loaded only where a passphrase
 * is chosen). Returns an i18n key, or null when fine.
 */
export const MIN_PASSPHRASE_LENGTH = 10;
/** zxcvbn score 3: safely unguessable even for an offline attack on a stolen laptop's data. */
export const GOOD_STRENGTH = 3;

export function passphraseIssue(passphrase: string, confirm?: string, strength?: number): string | null {
	if (passphrase.length < MIN_PASSPHRASE_LENGTH) return 'lock.errors.tooShort';
	if (strength !== undefined && strength < GOOD_STRENGTH) return 'lock.errors.weak';
	if (confirm !== undefined && passphrase !== confirm) return 'lock.errors.mismatch';
	return null;
}

/**
 * The rule a new passphrase must meet: plain enough for a person to follow;
 * length matters more than symbols. Returns an i18n key, or null when fine.
 */
export const MIN_PASSPHRASE_LENGTH = 10;

export function passphraseIssue(passphrase: string, confirm?: string): string | null {
	if (passphrase.length < MIN_PASSPHRASE_LENGTH) return 'lock.errors.tooShort';
	if (confirm !== undefined && passphrase !== confirm) return 'lock.errors.mismatch';
	return null;
}

import { describe, expect, it } from 'vitest';
import { passphraseIssue } from '$lib/domain/lock/passphrase';
import { passphraseStrength } from '$lib/domain/lock/passphrase-strength';

/** Weak passphrases are refused with advice; phrases of unrelated words pass, in Norwegian and English. */
describe('passphrase strength', () => {
	const check = (p: string) => passphraseIssue(p, p, passphraseStrength(p));

	it.each([
		'aaaaaaaaaa',
		'passord123',
		'Passord123!',
		'sommer2024',
		'Trondheim1',
		'qwertyuiop',
		'veivalg2026',
		'password123',
		'iloveyou123',
		'Nordmann2025'
	])('refuses %s as too easy to guess', (p) => expect(check(p)).toBe('lock.errors.weak'));

	it.each([
		'korrekt hest batteri stift',
		'grønn lampe sykler fort',
		'hest fjord blåbær trikk',
		'correct horse battery staple',
		'purple tractor sings loudly'
	])('accepts %s', (p) => expect(check(p)).toBeNull());

	it('still says "too short" first, and checks the repeat last', () => {
		expect(passphraseIssue('kort', 'kort', 0)).toBe('lock.errors.tooShort');
		expect(passphraseIssue('lang nok frase', 'lang nok frasE', 4)).toBe('lock.errors.mismatch');
		expect(passphraseIssue('lang nok frase', 'lang nok frase', 4)).toBeNull();
	});
});

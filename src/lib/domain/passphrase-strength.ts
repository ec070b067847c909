import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

/**
 * How hard a passphrase is to guess, with zxcvbn-ts (a kept port of
 * Dropbox's zxcvbn): common passwords, names, English words, keyboard
 * patterns, dates, repeats – plus a list of Norwegian words and passwords
 * people pick here, since no Norwegian dictionary package exists.
 *
 * Loaded only on the screens that set a passphrase (setup, change,
 * recovery), never on the first screen: the dictionaries are large.
 */

/** Common Norwegian words and password stems. */
const NORWEGIAN = [
	'passord', 'hemmelig', 'hemmelighet', 'sommer', 'vinter', 'høst', 'vår', 'norge', 'norsk', 'oslo', 'bergen', 'trondheim', 'stavanger', 'tromsø',
	'kristiansand', 'drammen', 'fredrikstad', 'lillestrøm', 'kjærlighet', 'elsker', 'fotball', 'rosenborg', 'brann', 'vålerenga', 'molde', 'nav', 'veivalg',
	'karriere', 'veileder', 'karriereveileder', 'jobb', 'arbeid', 'kontor', 'skole', 'hjemme', 'familie', 'mamma', 'pappa', 'bestemor', 'bestefar',
	'kjæreste', 'hund', 'katt', 'hest', 'fjell', 'fjord', 'hytte', 'båt', 'ski', 'sol', 'regn', 'snø', 'jul', 'påske', 'mandag', 'tirsdag', 'onsdag',
	'torsdag', 'fredag', 'lørdag', 'søndag', 'januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november',
	'desember', 'velkommen', 'hallo', 'heisann', 'hei', 'takk', 'kaffe', 'brunost', 'vaffel', 'sjokolade', 'godteri', 'bil', 'volvo', 'tesla',
	'sommerfugl', 'blåbær', 'jordbær', 'solskinn', 'nordlys', 'kongen', 'dronningen', 'viking', 'troll', 'nisse', 'tusen', 'hundre', 'en', 'to', 'tre',
	'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'qwerty', 'asdf', 'ola', 'kari', 'nordmann', 'hansen', 'johansen', 'olsen', 'larsen',
	'andersen', 'pedersen', 'nilsen', 'kristiansen', 'jensen', 'karlsen'
];

const zxcvbn = new ZxcvbnFactory({
	dictionary: { ...common.dictionary, ...en.dictionary, nb: NORWEGIAN },
	graphs: common.adjacencyGraphs,
	translations: en.translations
});

/** 0 (guessed at once) … 4 (very hard); `passphraseIssue` requires GOOD_STRENGTH. */
export type Strength = 0 | 1 | 2 | 3 | 4;

export function passphraseStrength(passphrase: string): Strength {
	return zxcvbn.check(passphrase).score as Strength;
}

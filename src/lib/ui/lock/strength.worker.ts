/// <reference lib="webworker" />
import { passphraseStrength } from '../../domain/lock/passphrase-strength';

/**
 * The strength estimator in its own thread: its 1.6 MB of dictionaries are parsed here, never on
 * the main thread while the first screen is being drawn and used.
 */
self.onmessage = (e: MessageEvent<{ id: number; passphrase: string }>) => {
	self.postMessage({ id: e.data.id, score: passphraseStrength(e.data.passphrase) });
};

import { AppError } from '../domain/app-error';
import * as z from 'zod/mini';
import {
	deriveKey,
	importDataKey,
	normaliseRecoveryKey,
	newRecoveryKey,
	open,
	MAX_ITERATIONS,
	MIN_ITERATIONS,
	PBKDF2_ITERATIONS,
	randomBytes,
	seal
} from './crypto';

/**
 * The keyring holds the data key twice: wrapped by the passphrase and by the
 * recovery key. Changing the passphrase rewraps the same data key, so no
 * record has to be re-encrypted. A new recovery key comes with a new data key
 * (`rotateKeys`): every backup carries the old recovery key's wrap of the data
 * key, so only a new data key makes the old recovery key useless for what is
 * written from then on.
 */

const bytes = z.instanceof(Uint8Array);
const wrapSchema = z.object({
	salt: bytes,
	iterations: z.int().check(z.gte(MIN_ITERATIONS), z.lte(MAX_ITERATIONS)),
	iv: bytes,
	ct: z.instanceof(ArrayBuffer)
});

export const keyringSchema = z.object({
	version: z.literal(1),
	passphrase: wrapSchema,
	recovery: wrapSchema,
	createdAt: z.string()
});

export type Keyring = z.output<typeof keyringSchema>;
export type Wrap = z.output<typeof wrapSchema>;

export class WrongSecretError extends AppError {
	constructor() {
		super('wrongSecret');
	}
}

const AAD = 'veivalg-data-key';

async function wrap(secret: string, raw: Uint8Array, iterations: number): Promise<Wrap> {
	const salt = randomBytes(16);
	const kek = await deriveKey(secret, salt, iterations);
	const { iv, ct } = await seal(kek, raw, AAD);
	return { salt, iterations, iv, ct };
}

async function unwrap(secret: string, w: Wrap): Promise<Uint8Array> {
	const kek = await deriveKey(secret, w.salt, w.iterations);
	try {
		return await open(kek, w, AAD);
	} catch {
		throw new WrongSecretError();
	}
}

export interface Unlocked {
	key: CryptoKey;
}

export async function createKeyring(
	passphrase: string,
	iterations = PBKDF2_ITERATIONS
): Promise<{ keyring: Keyring; recoveryKey: string; key: CryptoKey }> {
	const raw = randomBytes(32);
	const recoveryKey = newRecoveryKey();
	const [passWrap, recoveryWrap] = await Promise.all([
		wrap(passphrase, raw, iterations),
		wrap(recoveryKey, raw, iterations)
	]);
	const keyring: Keyring = {
		version: 1,
		passphrase: passWrap,
		recovery: recoveryWrap,
		createdAt: new Date().toISOString()
	};
	const key = await importDataKey(raw);
	raw.fill(0);
	return { keyring, recoveryKey, key };
}

export async function unlockWithPassphrase(keyring: Keyring, passphrase: string): Promise<CryptoKey> {
	const raw = await unwrap(passphrase, keyring.passphrase);
	try {
		return await importDataKey(raw);
	} finally {
		raw.fill(0);
	}
}

/** Check the current secret, then wrap the same data key under a new passphrase. */
async function rewrap(
	keyring: Keyring,
	raw: Uint8Array,
	newPassphrase: string
): Promise<{ keyring: Keyring; key: CryptoKey }> {
	try {
		const passphrase = await wrap(newPassphrase, raw, Math.max(keyring.passphrase.iterations, PBKDF2_ITERATIONS));
		return { keyring: { ...keyring, passphrase }, key: await importDataKey(raw) };
	} finally {
		raw.fill(0);
	}
}

export async function changePassphrase(keyring: Keyring, current: string, next: string) {
	return rewrap(keyring, await unwrap(current, keyring.passphrase), next);
}

export async function recoverWithKey(keyring: Keyring, recoveryKey: string, next: string) {
	return rewrap(keyring, await unwrap(normaliseRecoveryKey(recoveryKey), keyring.recovery), next);
}

/**
 * The data key from the recovery key and a copy of the keyring's recovery wrap (as a backup file
 * carries it): how a backup opens for a counsellor who has only the recovery key left.
 */
/**
 * A new data key and a new recovery key, wrapped by the passphrase (checked first) and by the new
 * recovery key. The caller seals every record anew under the new key (Vault.resealUnder) and stores
 * the keyring in the same transaction.
 */
export async function rotateKeys(
	keyring: Keyring,
	passphrase: string
): Promise<{ keyring: Keyring; recoveryKey: string; key: CryptoKey }> {
	(await unwrap(passphrase, keyring.passphrase)).fill(0);
	const fresh = await createKeyring(passphrase, Math.max(keyring.passphrase.iterations, PBKDF2_ITERATIONS));
	return { ...fresh, keyring: { ...fresh.keyring, createdAt: keyring.createdAt } };
}

export async function dataKeyFromRecovery(recoveryKey: string, recovery: Wrap): Promise<CryptoKey> {
	return importDataKey(await unwrap(normaliseRecoveryKey(recoveryKey), recovery));
}

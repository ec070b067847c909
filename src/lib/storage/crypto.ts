import { AppError } from '../domain/app-error';
/**
 * Encryption at rest with WebCrypto only.
 *
 * A random 256-bit data key encrypts every record (AES-GCM, fresh 96-bit IV per
 * write, record id as additional data so a ciphertext cannot be moved to
 * another record). The data key is itself encrypted ("wrapped") by a key
 * derived from the passphrase with PBKDF2-SHA-256, and separately by a key
 * derived from the recovery key shown once at setup.
 */

export const PBKDF2_ITERATIONS = 600_000;
/**
 * The iteration counts a stored keyring or a backup file may name: fewer is too weak to keep,
 * more would make a tampered file spin for hours. Anything outside is refused as damaged.
 */
export const MIN_ITERATIONS = 100_000;
export const MAX_ITERATIONS = 10_000_000;

const enc = new TextEncoder();
const dec = new TextDecoder();

export interface Sealed {
	iv: Uint8Array<ArrayBuffer>;
	ct: ArrayBuffer;
}

export function randomBytes(n: number): Uint8Array<ArrayBuffer> {
	const out = new Uint8Array(n);
	crypto.getRandomValues(out);
	return out;
}

/** TS 5.9's lib typing wants ArrayBuffer-backed views for WebCrypto inputs. */
const buf = (u: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(u);

export async function deriveKey(secret: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
	const base = await crypto.subtle.importKey('raw', enc.encode(secret.normalize('NFC')), 'PBKDF2', false, [
		'deriveKey'
	]);
	return crypto.subtle.deriveKey(
		{ name: 'PBKDF2', hash: 'SHA-256', salt: buf(salt), iterations },
		base,
		{ name: 'AES-GCM', length: 256 },
		false,
		['encrypt', 'decrypt']
	);
}

export async function importDataKey(raw: Uint8Array): Promise<CryptoKey> {
	// Not extractable: a script that reaches the key object still cannot read its bytes.
	return crypto.subtle.importKey('raw', buf(raw), 'AES-GCM', false, ['encrypt', 'decrypt']);
}

export async function seal(key: CryptoKey, plain: Uint8Array, aad: string): Promise<Sealed> {
	const iv = randomBytes(12);
	const ct = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv: buf(iv), additionalData: enc.encode(aad) },
		key,
		buf(plain)
	);
	return { iv, ct };
}

/** Throws DecryptError on a wrong key or any tampering (GCM's tag fails). */
export async function open(key: CryptoKey, sealed: Sealed, aad: string): Promise<Uint8Array> {
	try {
		const plain = await crypto.subtle.decrypt(
			{ name: 'AES-GCM', iv: buf(sealed.iv), additionalData: enc.encode(aad) },
			key,
			sealed.ct
		);
		return new Uint8Array(plain);
	} catch {
		throw new DecryptError();
	}
}

export async function sealJson(key: CryptoKey, value: unknown, aad: string): Promise<Sealed> {
	return seal(key, enc.encode(JSON.stringify(value)), aad);
}

export async function openJson(key: CryptoKey, sealed: Sealed, aad: string): Promise<unknown> {
	return JSON.parse(dec.decode(await open(key, sealed, aad)));
}

export class DecryptError extends AppError {
	constructor() {
		super('decrypt');
	}
}

/** Recovery key: 128 random bits as 8 groups of 4 Crockford base-32 characters (no I, L, O, U). */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newRecoveryKey(): string {
	const bytes = randomBytes(20); // 160 bits → 32 characters of 5 bits
	let bits = 0;
	let value = 0;
	let out = '';
	for (const b of bytes) {
		value = (value << 8) | b;
		bits += 8;
		while (bits >= 5) {
			out += ALPHABET[(value >>> (bits - 5)) & 31];
			bits -= 5;
		}
	}
	return out.match(/.{4}/g)!.join('-');
}

/** Accept what a person types: lower case, spaces, O for 0, I/L for 1. */
export function normaliseRecoveryKey(input: string): string {
	const clean = input
		.toUpperCase()
		.replace(/[^0-9A-Z]/g, '')
		.replace(/O/g, '0')
		.replace(/[IL]/g, '1');
	return (clean.match(/.{1,4}/g) ?? []).join('-');
}

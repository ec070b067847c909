import { describe, expect, it } from 'vitest';
import {
	DecryptError,
	importDataKey,
	newRecoveryKey,
	normaliseRecoveryKey,
	openJson,
	randomBytes,
	sealJson
} from '$lib/storage/crypto';

const key = () => importDataKey(randomBytes(32));

describe('record encryption', () => {
	it('round-trips a record', async () => {
		const k = await key();
		const sealed = await sealJson(k, { name: 'Åse Ødegård' }, 'client:1');
		expect(await openJson(k, sealed, 'client:1')).toEqual({ name: 'Åse Ødegård' });
	});

	it('encrypts the same plaintext differently every time (fresh IV)', async () => {
		const k = await key();
		const a = await sealJson(k, { note: 'same' }, 'session:1');
		const b = await sealJson(k, { note: 'same' }, 'session:1');
		expect(Buffer.from(a.iv).equals(Buffer.from(b.iv))).toBe(false);
		expect(Buffer.from(a.ct).equals(Buffer.from(b.ct))).toBe(false);
	});

	it('detects a flipped bit in the ciphertext', async () => {
		const k = await key();
		const sealed = await sealJson(k, { note: 'hemmelig' }, 'session:1');
		const bytes = new Uint8Array(sealed.ct.slice(0));
		bytes[3]! ^= 1;
		await expect(openJson(k, { iv: sealed.iv, ct: bytes.buffer }, 'session:1')).rejects.toBeInstanceOf(DecryptError);
	});

	it('refuses a ciphertext moved to another record id', async () => {
		const k = await key();
		const sealed = await sealJson(k, { name: 'A' }, 'client:1');
		await expect(openJson(k, sealed, 'client:2')).rejects.toBeInstanceOf(DecryptError);
	});

	it('fails cleanly with another key', async () => {
		const sealed = await sealJson(await key(), { name: 'A' }, 'client:1');
		await expect(openJson(await key(), sealed, 'client:1')).rejects.toBeInstanceOf(DecryptError);
	});
});

describe('recovery key', () => {
	it('is 8 groups of 4 unambiguous characters', () => {
		const k = newRecoveryKey();
		expect(k).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
		expect(newRecoveryKey()).not.toBe(k);
	});

	it('accepts what a person types: lower case, spaces, O for 0', () => {
		const k = newRecoveryKey();
		const typed = k.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
		expect(normaliseRecoveryKey(typed)).toBe(k);
	});
});

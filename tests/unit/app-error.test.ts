import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { AppError, ERROR_KEYS, errorText, type ErrorCode } from '$lib/domain/app-error';
import { BackupError } from '$lib/storage/backup';
import '$lib/storage/db';
import { toAppError } from '$lib/storage/to-app-error';
import { WriteConflictError } from '$lib/storage/vault';

const lookup = (texts: Record<string, unknown>, key: string) =>
	key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], texts);

describe('one error type, one funnel', () => {
	it('every error code has a text in nb, nn and en', async () => {
		for (const lang of ['nb', 'nn', 'en']) {
			const core = (await import(`../../locales/${lang}.json`)).default as Record<string, unknown>;
			const modules = (await import(`../../locales/${lang}-modules.json`)).default as Record<string, unknown>;
			for (const [code, key] of Object.entries(ERROR_KEYS))
				expect(typeof (lookup(core, key) ?? lookup(modules, key)), `${lang} ${code}: ${key}`).toBe('string');
		}
	});

	it('platform failures become AppErrors by class and code – a full disk inside Dexie’s AbortError, a closed database, a schema refusal', () => {
		const quota = new Dexie.AbortError('abort', new DOMException('full', 'QuotaExceededError'));
		expect(toAppError(quota).code).toBe('quota');
		expect(toAppError(new Dexie.DatabaseClosedError('closed')).code).toBe('closed');
		const zod = z.object({ a: z.string() }).safeParse({ a: 1 }).error!;
		expect(toAppError(zod).code).toBe('invalid');
		expect(toAppError(new Error('anything')).code).toBe('unknown');
		// An error only named like a platform error is not one.
		expect(toAppError(Object.assign(new Error('x'), { name: 'QuotaExceededError' })).code).toBe('unknown');
		// AppErrors pass through with their own code and text.
		expect(toAppError(new WriteConflictError('erased'))).toMatchObject({ code: 'erased', key: 'save.errors.erased' });
		expect(errorText(new BackupError('tooLarge'))).toEqual({ key: 'backup.errors.tooLarge', values: {} });
		expect(errorText(new Error('x'), 'restoreFailed').key).toBe('backup.errors.restoreFailed');
		const codes: ErrorCode[] = ['locked', 'quota'];
		for (const c of codes) expect(new AppError(c).key).toBe(ERROR_KEYS[c]);
	});

	it('no code in src/ matches an error by its name or message', () => {
		const files: string[] = [];
		const walk = (dir: string) => {
			for (const f of readdirSync(dir)) {
				const p = join(dir, f);
				if (statSync(p).isDirectory()) walk(p);
				else if (/\.(ts|svelte)$/.test(f)) files.push(p);
			}
		};
		walk('src');
		const offending = files.filter((f) =>
			/\.(name|message)\s*===?\s*['"`]|names\.includes\(|new Error\((['"`])locked/.test(readFileSync(f, 'utf8'))
		);
		expect(offending).toEqual([]);
	});
});

import * as z from 'zod/mini';
import { AppError, type ErrorCode } from '../domain/app-error';

/**
 * The one funnel from a platform failure to an AppError: IndexedDB and Dexie errors, a schema
 * refusal, anything else. Classes and DOMException codes decide – never names or messages. Dexie
 * wraps a full disk as an AbortError with the QuotaExceededError inside, so causes are followed.
 *
 * Dexie's own error classes are recognised by a classifier that storage/db.ts adds when Dexie
 * loads: the lock screen and the client list use this funnel without carrying Dexie, and before
 * Dexie is loaded no Dexie error can occur.
 */
type Classifier = (e: unknown) => ErrorCode | null;
const classifiers: Classifier[] = [];
export const addErrorClassifier = (c: Classifier) => void classifiers.push(c);

const isDom = (e: unknown, code: number) =>
	typeof DOMException !== 'undefined' && e instanceof DOMException && e.code === code;

function classify(e: unknown): ErrorCode | null {
	if (isDom(e, DOMException.QUOTA_EXCEEDED_ERR)) return 'quota';
	if (isDom(e, DOMException.INVALID_STATE_ERR)) return 'closed';
	// A schema refusal is a bug to report, never something the counsellor typed wrong.
	if (e instanceof z.core.$ZodError) return 'invalid';
	for (const c of classifiers) {
		const code = c(e);
		if (code) return code;
	}
	return null;
}

export function toAppError(err: unknown): AppError {
	for (let e: unknown = err, depth = 0; e && depth < 4; depth++) {
		if (e instanceof AppError) return e;
		const code = classify(e);
		if (code) return new AppError(code, { cause: err });
		const next = e as { inner?: unknown; cause?: unknown };
		e = next.inner ?? next.cause;
	}
	return new AppError('unknown', { cause: err });
}

/** Failures no retry can fix: the counsellor must act (reload, or accept the deletion). */
export const isFinal = (err: AppError) => err.code === 'conflict' || err.code === 'erased' || err.code === 'locked';

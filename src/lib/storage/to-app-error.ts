import Dexie from 'dexie';
import * as z from 'zod/mini';
import { AppError } from '../domain/app-error';

/**
 * The one funnel from a platform failure to an AppError: IndexedDB and Dexie errors, a schema
 * refusal, anything else. Classes and DOMException codes decide – never names or messages. Dexie
 * wraps a full disk as an AbortError with the QuotaExceededError inside, so causes are followed.
 */
export function toAppError(err: unknown): AppError {
	if (err instanceof AppError) return err;
	for (let e: unknown = err, depth = 0; e && depth < 4; depth++) {
		if (e instanceof AppError) return e;
		if (e instanceof Dexie.QuotaExceededError || isDom(e, DOMException.QUOTA_EXCEEDED_ERR))
			return new AppError('quota', { cause: err });
		if (
			e instanceof Dexie.DatabaseClosedError ||
			e instanceof Dexie.VersionChangeError ||
			e instanceof Dexie.InvalidStateError ||
			isDom(e, DOMException.INVALID_STATE_ERR)
		)
			return new AppError('closed', { cause: err });
		// A schema refusal is a bug to report, never something the counsellor typed wrong.
		if (e instanceof z.core.$ZodError) return new AppError('invalid', { cause: err });
		const next = e as { inner?: unknown; cause?: unknown };
		e = next.inner ?? next.cause;
	}
	return new AppError('unknown', { cause: err });
}

const isDom = (e: unknown, code: number) =>
	typeof DOMException !== 'undefined' && e instanceof DOMException && e.code === code;

/** Failures no retry can fix: the counsellor must act (reload, or accept the deletion). */
export const isFinal = (err: AppError) => err.code === 'conflict' || err.code === 'erased';

/**
 * Turn storage failures into an i18n key that tells the counsellor what to do.
 * Dexie wraps a full disk as AbortError with a QuotaExceededError inside.
 */
/** Errors that no retry can fix: the counsellor must act (reload, or accept the deletion). */
export function isFinalStorageError(err: unknown): boolean {
	return (err as { name?: string })?.name === 'WriteConflictError';
}

export function storageErrorKey(err: unknown): string {
	const names: string[] = [];
	let e: unknown = err;
	for (let depth = 0; e && depth < 4; depth++) {
		const o = e as { name?: string; inner?: unknown; cause?: unknown };
		if (o.name) names.push(o.name);
		e = o.inner ?? o.cause;
	}
	if (names.includes('QuotaExceededError')) return 'save.errors.quota';
	if (names.some((n) => n === 'DatabaseClosedError' || n === 'InvalidStateError' || n === 'VersionChangeError'))
		return 'save.errors.closed';
	if (names.includes('LockedError')) return 'save.errors.locked';
	if (names.includes('WriteConflictError'))
		return (err as { reason?: string }).reason === 'erased' ? 'save.errors.erased' : 'save.errors.conflict';
	// A schema refusal (zod): a bug to report, never something the counsellor typed wrong.
	if (names.includes('$ZodError') || names.includes('ZodError')) return 'save.errors.invalid';
	if ((err as Error)?.message === 'locked') return 'save.errors.locked';
	return 'save.errors.unknown';
}

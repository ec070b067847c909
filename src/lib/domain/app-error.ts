/**
 * The one error type. Every failure Veivalg explains to the counsellor carries a code; the code
 * names its text (an i18n key), and `values` fill it in. Code that must branch on a failure checks
 * `instanceof AppError` and `code` – never an error's name or message. Platform errors (IndexedDB,
 * Dexie, WebCrypto) become AppErrors in one place, storage/to-app-error.ts.
 */

export const ERROR_KEYS = {
	// Saving and reading the client file.
	quota: 'save.errors.quota',
	closed: 'save.errors.closed',
	locked: 'save.errors.locked',
	conflict: 'save.errors.conflict',
	erased: 'save.errors.erased',
	invalid: 'save.errors.invalid',
	unknown: 'save.errors.unknown',
	damagedRecord: 'damaged.reasons.invalid',
	newerRecord: 'damaged.reasons.newerVersion',
	decrypt: 'damaged.reasons.decrypt',
	// The passphrase and the recovery key.
	wrongSecret: 'lock.errors.wrongPassphrase',
	// Backups.
	notBackup: 'backup.errors.notBackup',
	damaged: 'backup.errors.damaged',
	newerVersion: 'backup.errors.newerVersion',
	wrongPassphrase: 'backup.errors.wrongPassphrase',
	tooLarge: 'backup.errors.tooLarge',
	exportFailed: 'backup.errors.exportFailed',
	restoreFailed: 'backup.errors.restoreFailed',
	isHandover: 'backup.errors.isHandover',
	// Handover files between counsellors.
	notHandover: 'handover.errors.notHandover',
	isBackup: 'handover.errors.isBackup',
	handoverDamaged: 'handover.errors.damaged',
	handoverNewer: 'handover.errors.newerVersion',
	handoverTooLarge: 'handover.errors.tooLarge',
	wrongCode: 'handover.errors.wrongCode',
	codeLength: 'handover.errors.codeLength',
	codeCharacters: 'handover.errors.codeCharacters',
	alreadyTaken: 'handover.errors.alreadyTaken',
	handoverFailed: 'handover.errors.failed',
	// Statistics files: the key comes with the error (one per thing that can be wrong in a file).
	csv: 'statistics.import.errors.unreadable'
} as const;

export type ErrorCode = keyof typeof ERROR_KEYS;

export class AppError extends Error {
	readonly values: Record<string, string | number>;
	/** The i18n key to show; a file error names its own (statistics import), others follow the code. */
	readonly key: string;

	constructor(
		readonly code: ErrorCode,
		options: { cause?: unknown; values?: Record<string, string | number>; key?: string; detail?: string } = {}
	) {
		super(`${code}${options.detail ? `: ${options.detail}` : ''}`, { cause: options.cause });
		this.values = options.values ?? {};
		this.key = options.key ?? ERROR_KEYS[code];
	}
}

/** What the counsellor is shown for any failure: an AppError's text, or the given fallback. */
export function errorText(
	err: unknown,
	fallback: ErrorCode = 'unknown'
): { key: string; values: Record<string, string | number> } {
	return err instanceof AppError ? { key: err.key, values: err.values } : { key: ERROR_KEYS[fallback], values: {} };
}

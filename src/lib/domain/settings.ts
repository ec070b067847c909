import * as z from 'zod/mini';

/** Counsellor's preferences. Not sensitive: kept in clear so the lock screen can use them. */

export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The locale Intl formats each interface language with (and the PDF's /Lang for English). */
export const INTL_LOCALE: Record<Language, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

export const settingsSchema = z.object({
	language: z._default(z.enum(LANGUAGES), 'nb'),
	/** Read up to 240 (older settings); used at most MAX_IDLE_MINUTES – an hour unlocked and unattended is enough. */
	idleLockMinutes: z._default(z.int().check(z.gte(1), z.lte(240)), 10),
	retentionMonths: z._default(z.int().check(z.gte(1), z.lte(120)), 24),
	backupReminderDays: z._default(z.int().check(z.gte(1), z.lte(365)), 7),
	/**
	 * Whether downloaded files carry the client's name. Off by default: the
	 * browser keeps every download's file name in its history, in clear.
	 */
	namesInFileNames: z._default(z.boolean(), false),
	/**
	 * The county's own start dates for adult education, as the counsellor writes them («august og
	 * januar»). Adults apply on a rolling basis (opplæringsforskrifta § 13-3); this says when they start.
	 * Not about any client, so kept in clear like the rest.
	 */
	adultIntake: z._default(z.string().check(z.maxLength(200)), ''),
	/**
	 * Who this counsellor is, for handovers (the history «Overført fra … til …» and the file's
	 * preview): a name and an office, nothing else. Not about any client, so kept in clear.
	 */
	counsellorName: z._default(z.string().check(z.maxLength(120)), ''),
	counsellorOffice: z._default(z.string().check(z.maxLength(120)), '')
});

export type Settings = z.output<typeof settingsSchema>;

/** The longest the app stays unlocked without activity, whatever an older setting says. */
export const MAX_IDLE_MINUTES = 60;
export const idleLimitMinutes = (s: Pick<Settings, 'idleLockMinutes'>) => Math.min(MAX_IDLE_MINUTES, s.idleLockMinutes);

export const defaultSettings = (): Settings => settingsSchema.parse({});

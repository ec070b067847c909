import { z } from 'zod';

/** Counsellor's preferences. Not sensitive: kept in clear so the lock screen can use them. */

export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const settingsSchema = z.object({
	language: z.enum(LANGUAGES).default('nb'),
	idleLockMinutes: z.number().int().min(1).max(240).default(10),
	retentionMonths: z.number().int().min(1).max(120).default(24),
	backupReminderDays: z.number().int().min(1).max(365).default(7)
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings = (): Settings => settingsSchema.parse({});

import { describe, expect, it } from 'vitest';
import { idleLimitMinutes, MAX_IDLE_MINUTES, settingsSchema } from '$lib/domain/settings';

describe('settings', () => {
	it('the idle lock is at most an hour, also for an older setting of 240 minutes', () => {
		expect(MAX_IDLE_MINUTES).toBe(60);
		expect(idleLimitMinutes(settingsSchema.parse({ idleLockMinutes: 240 }))).toBe(60);
		expect(idleLimitMinutes(settingsSchema.parse({ idleLockMinutes: 15 }))).toBe(15);
		expect(idleLimitMinutes(settingsSchema.parse({}))).toBe(10);
	});
});

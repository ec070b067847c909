import { describe, expect, it } from 'vitest';
import { mappingSchema, newMapping, stepState } from '$lib/domain/mapping/mapping';
import { migrate, RECORD_KINDS } from '$lib/domain/records';
import { importDataKey, randomBytes } from '$lib/storage/crypto';
import { VeivalgDb } from '$lib/storage/db';
import { Vault } from '$lib/storage/vault';

describe('mapping record', () => {
	it('starts empty, with every step not started', () => {
		const m = newMapping('c1');
		expect(m.id).toBe('c1/mapping');
		expect(stepState(m, 'education')).toBe('empty');
		expect(m.interests.answers).toEqual({});
	});

	it('reads an early draft that lacks whole sections, filling them with defaults', () => {
		const draft = {
			id: 'c1/mapping',
			clientId: 'c1',
			goals: { dreams: 'Eget firma' },
			createdAt: '2026-11-01T10:00:00.000Z',
			updatedAt: '2026-11-01T10:00:00.000Z'
		};
		const m = mappingSchema.parse(migrate('mapping', RECORD_KINDS.mapping, draft, 1));
		expect(m.goals).toEqual({ dreams: 'Eget firma', goals: '' });
		expect(m.experience).toEqual([]);
		expect(stepState(m, 'goals')).toBe('started');
	});

	it('version 1: primary school from abroad becomes primary school abroad; free text is left for the counsellor to place', () => {
		const v1 = (primarySchool: string, abroad: string) =>
			mappingSchema.parse(
				migrate(
					'mapping',
					RECORD_KINDS.mapping,
					{
						...newMapping('c1'),
						schemaVersion: 1,
						education: { ...newMapping('c1').education, primarySchool, abroad }
					},
					1
				)
			).education.abroadCompleted;
		expect(v1('abroad', '')).toBe('primary');
		// Text could describe primary or upper secondary: never guessed, the step asks.
		expect(v1('abroad', 'Skole i Eritrea, 12 år')).toBeNull();
		expect(v1('completed', '')).toBeNull();
		expect(RECORD_KINDS.mapping.version).toBe(2);
	});

	it('marks a step not relevant, and that wins over content', () => {
		const m = { ...newMapping('c1'), notRelevant: ['life' as const] };
		m.life.health = 'noe';
		expect(stepState(m, 'life')).toBe('notRelevant');
	});

	it('saves out-of-range numbers instead of losing them (they are flagged in the form)', async () => {
		const vault = new Vault(new VeivalgDb('mapping-test'), await importDataKey(randomBytes(32)));
		const m = newMapping('c1');
		m.experience.push({
			id: 'e1',
			type: 'job',
			employer: 'A',
			role: 'B',
			start: '2024-01',
			end: '2023-01',
			percent: 250,
			tasks: '',
			relevantFor: []
		});
		await vault.put('mapping', m);
		expect((await vault.get('mapping', m.id))?.experience[0]?.percent).toBe(250);
	});
});

describe('record kinds', () => {
	it('every kind can migrate from every earlier version to the current one', () => {
		for (const [name, kind] of Object.entries(RECORD_KINDS))
			for (let v = 1; v < kind.version; v++)
				expect((kind.migrations as Record<number, unknown>)[v], `${name} v${v}`).toBeTypeOf('function');
	});
});

describe('new records', () => {
	it('never share default lists or objects: editing one new record cannot leak into the next', async () => {
		const { newClient } = await import('$lib/domain/client/client');
		const { newSession } = await import('$lib/domain/client/session');
		const { newExploration } = await import('$lib/domain/exploring/exploration');
		const { newPlan } = await import('$lib/domain/plan/plan');
		const { newConsent } = await import('$lib/domain/exploring/consent');
		const a = newMapping('a');
		a.education.subjectsPassed.push({ id: 's', name: 'Norsk', grade: '' });
		a.goals.dreams = 'x';
		expect(newMapping('b').education.subjectsPassed).toEqual([]);
		expect(newMapping('b').goals.dreams).toBe('');
		const c = newClient('A');
		c.navAdvisers.push({ id: 'n', name: 'K', phone: '', email: '', from: '', to: '' });
		c.moduleStatus.mapping = 'done';
		expect(newClient('B').navAdvisers).toEqual([]);
		expect(newClient('B').moduleStatus.mapping).toBe('notStarted');
		const s = newSession('a', '2026-01-01');
		s.participants.push('interpreter');
		expect(newSession('b', '2026-01-01').participants).toEqual(['client', 'counsellor']);
		newExploration('a').options.push({
			id: 'o',
			tradeCode: '',
			title: '',
			route: 'apprenticeship',
			lengthMonths: null,
			pros: '',
			cons: '',
			clientView: ''
		});
		expect(newExploration('b').options).toEqual([]);
		newPlan('a').steps.push({
			id: 'p',
			what: '',
			owner: null,
			deadline: '',
			status: 'planned',
			needsNavDecision: false,
			needsFunding: false
		});
		expect(newPlan('b').steps).toEqual([]);
		newConsent('a').entries.push({
			id: 'e',
			at: '2026-01-01T00:00:00.000Z',
			purpose: 'plan',
			sections: [],
			withdrawn: false
		});
		expect(newConsent('b').entries).toEqual([]);
	});
});

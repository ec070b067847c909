import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { newClient } from '$lib/domain/client/client';
import { clientCopyJson, clientReport, type ClientFile } from '$lib/domain/client/client-export';
import { blankItem } from '$lib/domain/common';
import { newConsent, recordConsent, withdrawConsent } from '$lib/domain/exploring/consent';
import { newExploration, optionSchema, questionSchema } from '$lib/domain/exploring/exploration';
import { experienceSchema, newMapping } from '$lib/domain/mapping/mapping';
import { adaptationSchema, companySchema, costSchema, newPlan, planStepSchema } from '$lib/domain/plan/plan';
import { newSession } from '$lib/domain/client/session';
import { importDataKey, randomBytes, sealJson } from '$lib/storage/crypto';
import { VeivalgDb } from '$lib/storage/db';
import { Vault } from '$lib/storage/vault';
import nbCore from '../../locales/nb.json';
import nbModules from '../../locales/nb-modules.json';

/**
 * The client file as one unit: any length of text is a draft like any other,
 * the client's copy holds every record kind, and a damaged row is reported,
 * never allowed to take the rest down.
 */

let t: (k: string, v?: Record<string, unknown>) => string;
beforeAll(async () => {
	await i18next.init({
		lng: 'nb',
		resources: { nb: { translation: { ...nbCore, ...nbModules } } },
		showSupportNotice: false
	});
	t = i18next.getFixedT('nb') as never;
});

let n = 0;
/** One data key for every test vault here, so a test can seal a row as another version of the app would. */
const KEY = await importDataKey(randomBytes(32));
async function freshVault() {
	return new Vault(new VeivalgDb(`client-file-${n++}`), KEY);
}

/** A client with a distinct marker in every field a counsellor types into, in every record kind. */
function markedFile(): ClientFile {
	const client = {
		...newClient('Marker Profil'),
		navOffice: 'MARK-office',
		registration: { gender: 'female' as const, education: 'vocational' as const, experience: null },
		guidance: {
			endedOn: '2026-09-01',
			outcomes: [{ id: 'o1', months: 0, date: '2026-09-01', outcomes: ['job' as const] }]
		}
	};
	const session = { ...newSession(client.id, '2026-11-20'), note: 'MARK-session' };
	const mapping = newMapping(client.id);
	mapping.goals.dreams = 'MARK-mapping-dreams';
	mapping.life.health = 'MARK-mapping-health';
	mapping.experience.push({ ...blankItem(experienceSchema), employer: 'MARK-employer' });
	const exploration = newExploration(client.id);
	exploration.navFrame.constraints = 'MARK-exploration-constraints';
	exploration.options.push({ ...blankItem(optionSchema), title: 'MARK-option', clientView: 'MARK-client-view' });
	exploration.questions.push({ ...blankItem(questionSchema), text: 'MARK-question' });
	exploration.roles = 'MARK-roles';
	const plan = newPlan(client.id);
	plan.goal.occupation = 'MARK-goal';
	plan.nextStep = 'MARK-next-step';
	plan.steps.push({ ...blankItem(planStepSchema), what: 'MARK-step' });
	plan.companies.push({ ...blankItem(companySchema), name: 'MARK-company' });
	plan.adaptations.push({ ...blankItem(adaptationSchema), what: 'MARK-adaptation' });
	plan.costs.push({ ...blankItem(costSchema), what: 'MARK-cost' });
	plan.planB = 'MARK-plan-b';
	plan.learningGoals = 'MARK-learning';
	let consent = recordConsent(newConsent(client.id), 'plan', ['goals'], new Date('2026-11-01T10:00:00Z'));
	consent = recordConsent(consent, 'navSummary', ['experience'], new Date('2026-11-02T10:00:00Z'));
	consent = withdrawConsent(consent, 'navSummary', new Date('2026-11-03T10:00:00Z'));
	return { client, sessions: [session], mapping, exploration, consent, plan };
}

const MARKERS = [
	'MARK-office',
	'MARK-session',
	'MARK-mapping-dreams',
	'MARK-mapping-health',
	'MARK-employer',
	'MARK-exploration-constraints',
	'MARK-option',
	'MARK-client-view',
	'MARK-question',
	'MARK-roles',
	'MARK-goal',
	'MARK-next-step',
	'MARK-step',
	'MARK-company',
	'MARK-adaptation',
	'MARK-cost',
	'MARK-plan-b',
	'MARK-learning'
];

describe('the client’s copy of their data', () => {
	it('as text, holds every record kind and every consent change, withdrawal included', () => {
		const text = clientReport(markedFile(), t, '22.11.2026');
		for (const m of MARKERS) expect(text, m).toContain(m);
		expect(text).toContain('2026-11-01T10:00:00.000Z – I planen: Drømmer og mål');
		expect(text).toContain('2026-11-02T10:00:00.000Z – Til Nav-veileder: Arbeid og praksis');
		expect(text).toContain('2026-11-03T10:00:00.000Z – Til Nav-veileder: trukket tilbake');
		// Registration and outcomes are the client's data too.
		expect(text).toContain('Kjønn: Kvinne');
		expect(text).toContain('Høyeste fullførte utdanning: Fullført yrkesfag');
		expect(text).toContain('Ved avslutning (2026-09-01): Jobb');
	});

	it('as JSON, holds every stored field of every record, read back exactly', () => {
		const file = markedFile();
		const json = JSON.parse(clientCopyJson(file, '2026-11-22T10:00:00.000Z'));
		expect(json.format).toBe('veivalg-client-copy');
		for (const key of ['client', 'sessions', 'mapping', 'exploration', 'consent', 'plan'])
			expect(json[key], key).toEqual(JSON.parse(JSON.stringify(file[key as keyof ClientFile])));
		expect(json.consent.entries).toHaveLength(3);
	});

	it('says what it leaves out (an unreadable record) and what art. 15 (1) asks for: purposes, recipients, how long', () => {
		const context = { damaged: [{ kind: 'plan', updatedAt: '2026-11-05T09:00:00.000Z' }], retentionMonths: 18 };
		const text = clientReport(markedFile(), t, '22.11.2026', context);
		expect(text).toContain('Oppføringer som ikke kunne leses');
		expect(text).toContain('Plan: 2026-11-05');
		expect(text).toContain('1 lagret oppføring kunne ikke åpnes');
		expect(text).toContain('Om behandlingen av opplysningene (personvernforordningen artikkel 15)');
		expect(text).toContain('Formål: Karriereveiledning');
		expect(text).toContain('Hvem får opplysningene: Ingen får dem automatisk.');
		expect(text).toContain('Etter 18 måneder uten aktivitet');
		expect(text).toContain('Datatilsynet');
		const json = JSON.parse(clientCopyJson(markedFile(), '2026-11-22T10:00:00.000Z', context));
		expect(json.unreadable).toEqual(context.damaged);
		expect(json.retentionMonths).toBe(18);
	});
});

describe('drafts are never refused', () => {
	it('a 100,000-character paste with markup saves and reads back unchanged in every record kind', async () => {
		const vault = await freshVault();
		const long = '<script>alert(1)</script><b onmouseover=x>'.padEnd(100_000, 'æøå ');
		const file = markedFile();
		file.client.address = long;
		file.sessions[0]!.note = long;
		file.mapping!.goals.goals = long;
		file.mapping!.experience[0]!.start = long;
		file.exploration!.roles = long;
		file.plan!.steps[0]!.what = long;
		await vault.put('client', file.client);
		await vault.put('session', file.sessions[0]!);
		for (const kind of ['mapping', 'exploration', 'consent', 'plan'] as const)
			await vault.put(kind, file[kind] as never);
		const { records, damaged } = await vault.loadClient(file.client.id);
		expect(damaged).toEqual([]);
		expect(records.client!.address).toBe(long);
		expect(records.sessions[0]!.note).toBe(long);
		expect(records.mapping!.goals.goals).toBe(long);
		expect(records.mapping!.experience[0]!.start).toBe(long);
		expect(records.exploration!.roles).toBe(long);
		expect(records.plan!.steps[0]!.what).toBe(long);
	});
});

describe('a damaged record never takes the rest down', () => {
	async function stored() {
		const vault = await freshVault();
		const file = markedFile();
		const other = newClient('Annen Veisøker');
		await vault.put('client', file.client);
		await vault.put('client', other);
		await vault.put('session', file.sessions[0]!);
		for (const kind of ['mapping', 'exploration', 'consent', 'plan'] as const)
			await vault.put(kind, file[kind] as never);
		return { vault, file, other };
	}
	const flip = (ct: ArrayBuffer) => {
		const b = new Uint8Array(ct.slice(0));
		b[5]! ^= 1;
		return b.buffer;
	};

	it('a flipped bit in one module: the others load, and the damaged one is named with kind, client and time', async () => {
		const { vault, file } = await stored();
		const row = (await vault.raw(file.mapping!.id))!;
		await vault.db.records.put({ ...row, ct: flip(row.ct) });
		const { records, damaged } = await vault.loadClient(file.client.id);
		expect(records.mapping).toBeUndefined();
		expect(records.plan!.planB).toBe('MARK-plan-b');
		expect(records.exploration!.roles).toBe('MARK-roles');
		expect(records.sessions).toHaveLength(1);
		expect(damaged).toEqual([
			{ id: file.mapping!.id, kind: 'mapping', clientId: file.client.id, updatedAt: row.updatedAt, reason: 'decrypt' }
		]);
	});

	it('a record written by a newer version, and one of an unknown kind, are reported with their reason', async () => {
		const { vault, file } = await stored();
		const plan = (await vault.raw(file.plan!.id))!;
		// As a newer version would write it: its own version sealed in with the data.
		const newer = await sealJson(KEY, { ...file.plan }, `plan:${plan.id}@${plan.clientId}#v99#L`);
		await vault.db.records.put({ ...plan, v: 99, ...newer });
		await vault.db.records.put({ ...plan, id: 'x1', kind: 'notes' });
		const { damaged } = await vault.loadClient(file.client.id);
		expect(damaged.map((d) => [d.kind, d.reason]).sort()).toEqual([
			['notes', 'unknownKind'],
			['plan', 'newerVersion']
		]);
	});

	it('a damaged client record leaves the rest of the list readable', async () => {
		const { vault, file, other } = await stored();
		const row = (await vault.raw(file.client.id))!;
		await vault.db.records.put({ ...row, ct: flip(row.ct) });
		const { docs, damaged } = await vault.listSafe('client');
		expect(docs.map((c) => c.name)).toEqual([other.name]);
		expect(damaged.map((d) => d.clientId)).toEqual([file.client.id]);
	});
});

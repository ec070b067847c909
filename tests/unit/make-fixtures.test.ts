// Writes the schema-version fixtures. Run once per released version, by hand:
//   MAKE_FIXTURES=1 npx vitest run tests/unit/make-fixtures.test.ts
// Never regenerate an existing version's files: they are what old installs hold.
import { existsSync, writeFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { newClient } from '$lib/domain/client/client';
import { newConsent, recordConsent } from '$lib/domain/exploring/consent';
import { newExploration } from '$lib/domain/exploring/exploration';
import { newMapping } from '$lib/domain/mapping/mapping';
import { newPlan } from '$lib/domain/plan/plan';
import { newSession } from '$lib/domain/client/session';
import { createBackup } from '$lib/storage/backup';
import { importDataKey, randomBytes } from '$lib/storage/crypto';
import { VeivalgDb } from '$lib/storage/db';
import { Vault } from '$lib/storage/vault';

describe.runIf(process.env.MAKE_FIXTURES)('make fixtures', () => {
	it('v1', async () => {
		const at = new Date('2026-11-22T10:00:00.000Z');
		const client = {
			...newClient('Áila Niillasdóttir Čoarvi', at),
			birthYear: 1999,
			navOffice: 'Nav Kautokeino',
			interpreterNeeded: true,
			interpreterLanguage: 'nordsamisk'
		};
		client.navAdvisers.push({ id: 'adv-1', name: 'Kari Nordmann', phone: '', email: '', from: '2026-01-05', to: '' });
		const session = {
			...newSession(client.id, '2026-11-20', at),
			minutes: 90,
			note: 'Første samtale.',
			feedback: { wellbeing: 4, meeting: 5 }
		};
		const mapping = newMapping(client.id, at);
		mapping.education.subjectsPassed.push({ id: 's1', name: 'Norsk', grade: '4' });
		mapping.experience.push({
			id: 'e1',
			type: 'job',
			employer: 'Byggmester Hansen AS',
			role: 'Tømrerhjelper',
			start: '2021-03',
			end: '2023-08',
			percent: 80,
			tasks: '',
			relevantFor: []
		});
		mapping.interests.answers = { R1: 2, S1: 1 };
		mapping.goals.dreams = 'Eget firma';
		const exploration = newExploration(client.id, at);
		exploration.navFrame.incomeSecurity = 'aap';
		exploration.options.push({
			id: 'o1',
			tradeCode: 'BATMF3----',
			title: 'Tømrerfaget',
			route: 'praksiskandidat',
			lengthMonths: 24,
			pros: 'Praksis',
			cons: '',
			clientView: ''
		});
		exploration.questions.push({ id: 'q1', text: 'Læreplass?', owner: 'navAdviser', due: '2027-01-15', done: false });
		const consent = recordConsent(newConsent(client.id, at), 'presentation', ['experience', 'education'], at);
		const plan = newPlan(client.id, at);
		plan.goal = { occupation: 'Tømrer', tradeCode: 'BATMF3----', route: 'praksiskandidat' };
		plan.steps.push({
			id: 'p1',
			what: 'Ta teorieksamen',
			owner: 'client',
			deadline: '2027-05-01',
			status: 'planned',
			needsNavDecision: false,
			needsFunding: true
		});
		// Files of a released version are never rewritten: only missing ones are added.
		const write = (file: string, content: string) => existsSync(file) || writeFileSync(file, content);
		for (const [kind, doc] of [
			['client', client],
			['session', session],
			['mapping', mapping],
			['exploration', exploration],
			['consent', consent],
			['plan', plan]
		] as const)
			write(`tests/fixtures/v1/${kind}.json`, JSON.stringify(doc, null, '\t') + '\n');
		if (existsSync('tests/fixtures/v1/backup.veivalg')) return;
		const vault = new Vault(new VeivalgDb('fixtures'), await importDataKey(randomBytes(32)));
		await vault.put('client', client);
		await vault.put('session', session);
		await vault.put('mapping', mapping);
		write('tests/fixtures/v1/backup.veivalg', (await createBackup(vault, 'fixture passphrase v1', at)).content);
	});
});

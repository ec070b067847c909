import { describe, expect, it } from 'vitest';
import raw from '$lib/domain/catalogue/catalogue.json';
import { catalogueSchema } from '$lib/domain/catalogue/schema';
import {
	CONSENT_SECTIONS,
	defaultSections,
	newConsent,
	recordConsent,
	sharedSections,
	SENSITIVE_SECTIONS,
	withdrawConsent
} from '$lib/domain/exploring/consent';
import { newMapping, upperSecondarySchema } from '$lib/domain/mapping/mapping';
import { blankItem } from '$lib/domain/common';
import { assessRoutes } from '$lib/domain/exploring/open-routes';
import { sharedSummary } from '$lib/domain/exploring/presentation';

const NOW = new Date('2026-11-22T12:00:00');

function fullMapping() {
	const m = newMapping('c1');
	m.question.text = 'Vil bli tømrer';
	m.education.subjectsPassed.push({ id: 's', name: 'Norsk', grade: '' });
	m.experience.push({
		id: 'e',
		type: 'job',
		employer: 'Hansen AS',
		role: 'Tømrerhjelper',
		start: '2021-03',
		end: '2023-08',
		percent: 80,
		tasks: '',
		relevantFor: []
	});
	m.strengths.qualities = 'Pålitelig';
	m.interests.answers = { R1: 2 };
	m.goals.dreams = 'Eget firma';
	m.challenges.list = ['health'];
	m.life = { health: 'Ryggplager', finances: 'Gjeld', housing: 'Bor hos mor', family: 'To barn' };
	return m;
}

describe('consent', () => {
	it('shares nothing before the client has decided', () => {
		expect(sharedSections(newConsent('c1'), 'presentation').size).toBe(0);
		expect(sharedSummary(fullMapping(), sharedSections(undefined, 'presentation'))).toEqual({});
	});

	it('starts with sensitive sections off', () => {
		const d = defaultSections();
		for (const s of SENSITIVE_SECTIONS) expect(d).not.toContain(s);
		expect(d).toContain('experience');
	});

	it('an unshared section never appears in presentation mode, in any combination', () => {
		const m = fullMapping();
		for (let mask = 0; mask < 1 << CONSENT_SECTIONS.length; mask += 37) {
			const chosen = CONSENT_SECTIONS.filter((_, i) => mask & (1 << i));
			const consent = recordConsent(newConsent('c1'), 'presentation', chosen, NOW);
			const summary = sharedSummary(m, sharedSections(consent, 'presentation'));
			expect(Object.keys(summary).sort()).toEqual([...chosen].sort());
			const text = JSON.stringify(summary);
			if (!chosen.includes('health')) expect(text).not.toContain('Ryggplager');
			if (!chosen.includes('finances')) expect(text).not.toContain('Gjeld');
			if (!chosen.includes('family')) expect(text).not.toContain('To barn');
			if (!chosen.includes('goals')) expect(text).not.toContain('Eget firma');
		}
	});

	it('keeps every decision with its time and purpose, and a withdrawal ends sharing', () => {
		let c = recordConsent(newConsent('c1'), 'presentation', ['experience', 'health'], NOW);
		c = recordConsent(c, 'navSummary', ['experience'], NOW);
		c = withdrawConsent(c, 'presentation', new Date('2026-11-23T09:00:00'));
		expect(c.entries).toHaveLength(3);
		expect(c.entries[2]).toMatchObject({ purpose: 'presentation', withdrawn: true, sections: [] });
		expect(sharedSections(c, 'presentation').size).toBe(0);
		expect([...sharedSections(c, 'navSummary')]).toEqual(['experience']);
	});
});

describe('routes open to a client', () => {
	const catalogue = catalogueSchema.parse(raw);
	const tomrer = catalogue.trades.find((t) => t.code === 'BATMF3----')!;

	it('counts only work marked relevant for the trade: none until marked, then 30 of 60 months', () => {
		const m = fullMapping();
		const unmarked = assessRoutes(tomrer, m, 1999, NOW).find((r) => r.kind === 'praksiskandidat')!.results[0]!;
		expect(unmarked.values).toMatchObject({ required: 60, have: 0, missing: 60 });
		m.experience[0]!.relevantFor.push(tomrer.code);
		const routes = assessRoutes(tomrer, m, 1999, NOW);
		const praksis = routes.find((r) => r.kind === 'praksiskandidat')!.results[0]!;
		expect(praksis.values).toMatchObject({ required: 60, have: 30, missing: 30 });
		expect(routes.find((r) => r.kind === 'fagbrevPaJobb')!.results[0]!.level).toBe('check');
		// Born 1999: the youth right ran out with the school year 2023–24; the adult right applies.
		expect(routes.find((r) => r.kind === 'adultEducation')!.results.map((r) => r.key)).toEqual([
			'rules.youthRight.ended',
			'rules.voksenrett.has'
		]);
	});

	it('shortens the apprenticeship route by the school years already done in the same programme', () => {
		const m = fullMapping();
		expect(assessRoutes(tomrer, m, 1999, NOW).find((r) => r.kind === 'apprenticeship')!.months).toBe(48);
		m.education.upperSecondary.push({
			...blankItem(upperSecondarySchema),
			programme: 'BA',
			level: 'vg2',
			status: 'passed'
		});
		expect(assessRoutes(tomrer, m, 1999, NOW).find((r) => r.kind === 'apprenticeship')!.months).toBe(24);
	});
});

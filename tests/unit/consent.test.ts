import { describe, expect, it } from 'vitest';
import raw from '$lib/domain/catalogue/catalogue.json';
import { catalogueSchema } from '$lib/domain/catalogue/schema';
import fc from 'fast-check';
import {
	alteredEntries,
	CONSENT_SECTIONS,
	defaultSections,
	newConsent,
	PURPOSES,
	type Consent,
	type ConsentEntry,
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

describe('consent log: the hash chain', () => {
	const at = (minute: number) => new Date(Date.UTC(2026, 10, 22, 12, minute));
	/** As the app writes it: share health with Nav, withdraw, then share the basics on screen. */
	function appLog() {
		let c = recordConsent(newConsent('c1'), 'navSummary', ['education', 'health'], at(0));
		c = withdrawConsent(c, 'navSummary', at(1));
		return recordConsent(c, 'presentation', ['education'], at(2));
	}
	const shared = (c: Consent) => PURPOSES.map((p) => [...sharedSections(c, p)].sort().join(','));

	it('a log written by the app holds, and its latest decisions count', () => {
		const c = appLog();
		expect(alteredEntries(c)).toEqual([]);
		expect(shared(c)).toEqual(['education', '', '']);
		expect(c.entries.every((e) => e.hash && e.prev !== undefined)).toBe(true);
	});

	it('a withdrawal turned back into consent is caught, and the older consent is not brought back', () => {
		const c = appLog();
		const withdrawal = c.entries[1]!;
		const edited = { ...c, entries: c.entries.with(1, { ...withdrawal, withdrawn: false, sections: ['health'] }) };
		// The edited entry no longer gives its hash, and the entry after it links to the hash it had.
		expect(alteredEntries(edited).map((e) => e.id)).toEqual([withdrawal.id, c.entries[2]!.id]);
		// Nothing up to the last altered entry counts: not the edit, and not the health consent it had withdrawn.
		expect(shared(edited)).toEqual(['', '', '']);
	});

	it('a withdrawal removed from the middle of the log is caught by the entry after it', () => {
		const c = appLog();
		const removed = { ...c, entries: c.entries.toSpliced(1, 1) };
		expect(alteredEntries(removed).map((e) => e.id)).toEqual([c.entries[2]!.id]);
		expect(shared(removed)).toEqual(['', '', '']);
	});

	it('after an alteration, a decision taken anew counts again', () => {
		const c = appLog();
		const edited = { ...c, entries: c.entries.with(0, { ...c.entries[0]!, sections: ['finances'] }) };
		const again = recordConsent(edited, 'navSummary', ['education'], at(5));
		expect(alteredEntries(again).map((e) => e.id)).toEqual([c.entries[0]!.id, c.entries[1]!.id]);
		// The on-screen decision recorded after the withdrawal still links whole; the new Nav decision counts.
		expect(shared(again)).toEqual(['education', 'education', '']);
	});

	it('two laptops’ logs merged in either time order still hold (each link is still in the log)', () => {
		const start = recordConsent(newConsent('c1'), 'plan', ['education'], at(0));
		const laptopA = withdrawConsent(start, 'plan', at(10));
		// Laptop B's clock runs behind: its later decision carries an earlier time.
		const laptopB = recordConsent(start, 'navSummary', ['experience'], at(5));
		const byId = new Map([...laptopA.entries, ...laptopB.entries].map((e) => [e.id, e]));
		for (const order of [1, -1]) {
			const entries = [...byId.values()].sort((a, b) => order * (Date.parse(a.at) - Date.parse(b.at)));
			const merged = { ...start, entries };
			expect(alteredEntries(merged)).toEqual([]);
		}
	});

	it('a merge follows the chain, not the clocks: a laptop a day ahead does not undo a withdrawal recorded on top of it', async () => {
		const { mergeLogs } = await import('$lib/domain/exploring/consent-chain');
		const start = recordConsent(newConsent('c1'), 'plan', ['education'], at(0));
		// Laptop B's clock runs a day ahead: its consent to Nav carries tomorrow's time.
		const onB = recordConsent(start, 'navSummary', ['experience'], new Date(at(1).getTime() + 86_400_000));
		// The file moves to laptop A, where the client withdraws an hour later (by the real clock), on top of B's entry.
		const onA = withdrawConsent(onB, 'navSummary', at(60));
		for (const [x, y] of [
			[onA, onB],
			[onB, onA],
			[start, onA]
		] as const) {
			const merged = { ...start, entries: mergeLogs(x.entries, y.entries) };
			expect(alteredEntries(merged)).toEqual([]);
			expect(sharedSections(merged, 'navSummary').size).toBe(0);
			expect(merged.entries.map((e) => e.withdrawn)).toEqual([false, false, true]);
		}
		// B's entry is flagged as dated ahead while it is in the future of this laptop's clock.
		const { datedAhead } = await import('$lib/domain/exploring/consent');
		expect(onA.entries.map((e) => datedAhead(e, at(90)))).toEqual([false, true, false]);
		expect(datedAhead(onA.entries[1]!, new Date(at(1).getTime() + 86_400_000))).toBe(false);
		// What the old merge did: by time, the consent from «tomorrow» came last and shared again.
		const byTime = [...onA.entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
		expect(sharedSections({ ...start, entries: byTime }, 'navSummary').size).toBe(1);
	});

	it('a log from the previous release merged in is kept and counts, its withdrawal too, never voided', async () => {
		const { mergeLogs } = await import('$lib/domain/exploring/consent-chain');
		const legacy = (c: Consent) =>
			c.entries.map(({ id, at, purpose, sections, withdrawn }) => ({ id, at, purpose, sections, withdrawn }));
		const common = recordConsent(newConsent('c1'), 'navSummary', ['goals'], at(0));
		// This laptop (new release) records on top of the old entry; the other (old release) withdraws later.
		const here = recordConsent({ ...common, entries: legacy(common) }, 'plan', ['education'], at(5));
		const old = { ...common, entries: legacy(withdrawConsent(common, 'navSummary', at(10))) };
		const merged = { ...common, entries: mergeLogs(here.entries, old.entries) };
		expect(alteredEntries(merged)).toEqual([]);
		expect(merged.entries).toHaveLength(3);
		expect(sharedSections(merged, 'navSummary').size).toBe(0);
		expect([...sharedSections(merged, 'plan')]).toEqual(['education']);
		// A decision recorded afterwards chains onto the merged log.
		expect(alteredEntries(recordConsent(merged, 'navSummary', ['goals'], at(20)))).toEqual([]);
	});

	it('entries recorded before the chain are accepted before it, and linked by the first chained entry', () => {
		const legacy = appLog().entries.map(({ id, at, purpose, sections, withdrawn }) => ({
			id,
			at,
			purpose,
			sections,
			withdrawn
		}));
		const old = { ...newConsent('c1'), entries: legacy };
		expect(alteredEntries(old)).toEqual([]);
		expect(shared(old)).toEqual(['education', '', '']);
		const chained = recordConsent(old, 'plan', ['goals'], at(9));
		expect(alteredEntries(chained)).toEqual([]);
		// Now an edit of an old entry breaks the link the first chained entry made.
		const edited = { ...chained, entries: chained.entries.with(2, { ...legacy[2]!, sections: ['health'] }) };
		expect(alteredEntries(edited).map((e) => e.purpose)).toEqual(['plan']);
		expect(shared(edited)).toEqual(['', '', '']);
		// An unchained entry slipped in after the chain began does not count either.
		const slipped = { ...chained, entries: [...chained.entries, { ...legacy[0]!, id: 'x', at: at(20).toISOString() }] };
		expect(alteredEntries(slipped).map((e) => e.id)).toEqual(['x']);
		expect(sharedSections(slipped, 'navSummary').size).toBe(0);
	});

	it('any change to any field of any entry but the newest is caught (1,000 random logs)', () => {
		const purpose = fc.constantFrom(...PURPOSES);
		const op = fc.record({ purpose, withdraw: fc.boolean(), sections: fc.subarray([...CONSENT_SECTIONS]) });
		const field = fc.constantFrom('sections', 'withdrawn', 'purpose', 'at', 'id', 'prev', 'remove');
		fc.assert(
			fc.property(fc.array(op, { minLength: 2, maxLength: 12 }), fc.nat(), field, (ops, pick, what) => {
				let c = newConsent('c1');
				ops.forEach((o, i) => {
					c = o.withdraw ? withdrawConsent(c, o.purpose, at(i)) : recordConsent(c, o.purpose, o.sections, at(i));
				});
				expect(alteredEntries(c)).toEqual([]);
				// The newest entry is left alone: removing it leaves no trace a chain can see (consent-chain.ts says so).
				const k = pick % (c.entries.length - 1);
				const e = c.entries[k]!;
				const changed: Record<string, unknown> = {
					sections: { ...e, sections: e.sections.length ? [] : ['health'] },
					withdrawn: { ...e, withdrawn: !e.withdrawn },
					purpose: { ...e, purpose: e.purpose === 'plan' ? 'navSummary' : 'plan' },
					at: { ...e, at: at(99).toISOString() },
					id: { ...e, id: 'annen' },
					prev: { ...e, prev: e.prev ? null : 'f'.repeat(64) }
				};
				const entries =
					what === 'remove' ? c.entries.toSpliced(k, 1) : c.entries.with(k, changed[what] as ConsentEntry);
				expect(alteredEntries({ ...c, entries }).length).toBeGreaterThan(0);
			}),
			{ numRuns: 1000, seed: 23 }
		);
	});
});

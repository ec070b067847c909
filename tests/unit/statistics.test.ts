import { describe, expect, it } from 'vitest';
import { newClient, type Client } from '$lib/domain/client/client';
import { blankItem } from '$lib/domain/common';
import { experienceSchema, newMapping, upperSecondarySchema, type Mapping } from '$lib/domain/mapping/mapping';
import { migrate, RECORD_KINDS } from '$lib/domain/records';
import {
	addMonths,
	ageBand,
	experienceBand,
	followUps,
	pendingFollowUp,
	type Outcome
} from '$lib/domain/client/registration';
import { educationFromMapping, experienceFromMapping } from '$lib/domain/client/registration-derived';
import { newSession, type Session } from '$lib/domain/client/session';
import { aggregate, monthsOf, periodOf } from '$lib/domain/statistics/aggregate';
import { anonRow, normaliseOffice, OTHER_OFFICE, type AnonRow } from '$lib/domain/statistics/anon-row';
import { CsvError, parseCsv } from '$lib/domain/statistics/csv';
import { contentKey, parseTablesCsv, tablesCsv } from '$lib/domain/statistics/csv-files';
import { addTables, publish, type FixedPeriod } from '$lib/domain/statistics/published';

const NOW = new Date('2026-11-22T12:00:00Z');
/** Labels as keys, so tests read the structure, not a language. */
const t = (key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key);

function client(over: Partial<Client> = {}): Client {
	return {
		...newClient('Kari Nordmann', new Date('2026-01-10T09:00:00Z')),
		birthYear: 2001,
		phone: '99887766',
		email: 'kari@example.no',
		...over
	};
}

function session(c: Client, date: string, over: Partial<Session> = {}): Session {
	return { ...newSession(c.id, date), minutes: 60, note: 'Hemmelig notat om Kari', ...over };
}

function mappingWith(c: Client, edit: (m: Mapping) => void): Mapping {
	const m = newMapping(c.id, NOW);
	edit(m);
	return m;
}

describe('derived registration', () => {
	it('puts a birth year in the age band of the year guidance started', () => {
		expect(ageBand(2007, '2026-03-01')).toBe('under20');
		expect(ageBand(2006, '2026-03-01')).toBe('20to24');
		expect(ageBand(2002, '2026-12-31')).toBe('20to24');
		expect(ageBand(2001, '2026-01-01')).toBe('25to30');
		expect(ageBand(1996, '2026-06-01')).toBe('25to30');
		expect(ageBand(1995, '2026-06-01')).toBe('31to39');
		expect(ageBand(1986, '2026-06-01')).toBe('40plus');
		// The same person moves band with the date, not with today.
		expect(ageBand(2002, '2025-06-01')).toBe('20to24');
		expect(ageBand(2002, '2033-06-01')).toBe('31to39');
		expect(ageBand(null, '2026-06-01')).toBeNull();
		expect(ageBand(2030, '2026-06-01')).toBeNull();
	});

	it('bands work experience at 0, under 12, 12 to 36 and over 36 months', () => {
		expect(experienceBand(0)).toBe('none');
		expect(experienceBand(0.5)).toBe('underOne');
		expect(experienceBand(11.9)).toBe('underOne');
		expect(experienceBand(12)).toBe('oneToThree');
		expect(experienceBand(36)).toBe('oneToThree');
		expect(experienceBand(36.5)).toBe('overThree');
	});

	it('reads experience from the CV, part-time by percent, volunteering left out', () => {
		const c = client();
		expect(experienceFromMapping(undefined)).toBeNull();
		expect(experienceFromMapping(newMapping(c.id, NOW))).toBeNull();
		const halfTime = mappingWith(c, (m) =>
			m.experience.push({ ...blankItem(experienceSchema), start: '2024-01', end: '2025-12', percent: 50 })
		);
		expect(experienceFromMapping(halfTime, NOW)).toBe('oneToThree');
		const volunteer = mappingWith(c, (m) =>
			m.experience.push({ ...blankItem(experienceSchema), type: 'volunteer', start: '2020-01', end: '2025-12' })
		);
		expect(experienceFromMapping(volunteer, NOW)).toBeNull();
		const noneMarked = mappingWith(c, (m) => m.notRelevant.push('work'));
		expect(experienceFromMapping(noneMarked, NOW)).toBe('none');
	});

	it('reads the highest completed education from module 1 and never guesses higher education', () => {
		const c = client();
		const us = (programme: string, level: 'vg1' | 'completed') => ({
			...blankItem(upperSecondarySchema),
			programme,
			level
		});
		expect(educationFromMapping(mappingWith(c, (m) => (m.education.primarySchool = 'completed')))).toBe('primary');
		expect(educationFromMapping(mappingWith(c, (m) => m.education.upperSecondary.push(us('EL', 'vg1'))))).toBe(
			'startedUpperSecondary'
		);
		expect(educationFromMapping(mappingWith(c, (m) => m.education.upperSecondary.push(us('EL', 'completed'))))).toBe(
			'vocational'
		);
		expect(
			educationFromMapping(
				mappingWith(c, (m) => m.education.upperSecondary.push(us('EL', 'completed'), us('ST', 'completed')))
			)
		).toBe('general');
		// Free text alone does not say the level: nothing is guessed (the step asks for it).
		expect(educationFromMapping(mappingWith(c, (m) => (m.education.abroad = 'Videregående i Syria')))).toBeNull();
		const abroad = (
			level: Mapping['education']['abroadCompleted'],
			primarySchool: Mapping['education']['primarySchool'] = 'abroad'
		) =>
			educationFromMapping(
				mappingWith(c, (m) => {
					m.education.primarySchool = primarySchool;
					m.education.abroadCompleted = level;
				})
			);
		// Primary school abroad is primary school, not upper secondary abroad (opplæringslova § 5-1 (1)).
		expect(abroad(null)).toBe('primaryAbroad');
		expect(abroad('primary')).toBe('primaryAbroad');
		expect(abroad('upperSecondaryNotRecognised')).toBe('abroadNotRecognised');
		expect(abroad('upperSecondaryRecognised')).toBe('abroadRecognised');
		expect(abroad('none', 'completed')).toBe('primary');
		expect(educationFromMapping(newMapping(c.id, NOW))).toBeNull();
	});

	it('lets the counsellor override what module 1 suggests', () => {
		const c = client({ registration: { gender: 'female', education: 'higher', experience: 'none' } });
		const m = mappingWith(c, (x) =>
			x.experience.push({ ...blankItem(experienceSchema), start: '2015-01', end: '2025-12' })
		);
		const row = anonRow({ client: c, sessions: [], mapping: m }, NOW);
		expect(row.education).toBe('higher');
		expect(row.experience).toBe('none');
	});
});

describe('follow-up', () => {
	it('adds whole months and keeps the day inside short months', () => {
		expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
		expect(addMonths('2026-08-15', 6)).toBe('2027-02-15');
		expect(addMonths('2026-03-10', 12)).toBe('2027-03-10');
	});

	it('has no follow-ups until guidance has ended', () => {
		expect(followUps({ endedOn: '', outcomes: [] }, '2026-11-22')).toEqual([]);
	});

	it('falls due at the end, then 3, 6 and 12 months after; recorded points are done', () => {
		const g = {
			endedOn: '2026-05-01',
			outcomes: [{ id: 'a', months: 0, date: '2026-05-01', outcomes: ['planMade' as Outcome] }]
		};
		const list = followUps(g, '2026-07-25');
		expect(list.map((f) => [f.months, f.due, f.state])).toEqual([
			[0, '2026-05-01', 'recorded'],
			[3, '2026-08-01', 'due'],
			[6, '2026-11-01', 'later'],
			[12, '2027-05-01', 'later']
		]);
		expect(pendingFollowUp(g, '2026-07-25')?.months).toBe(3);
		expect(pendingFollowUp(g, '2026-11-22')?.state).toBe('overdue');
		expect(pendingFollowUp(g, '2026-06-01')).toBeUndefined();
	});

	it('keeps every entry in the log and counts the latest per point', () => {
		const c = client({
			guidance: {
				endedOn: '2026-03-01',
				outcomes: [
					{ id: '1', months: 0, date: '2026-03-01', outcomes: ['planMade', 'applied'] },
					{ id: '2', months: 3, date: '2026-06-02', outcomes: ['notKnown'] },
					{ id: '3', months: 3, date: '2026-06-20', outcomes: ['started'] },
					{ id: '4', months: 6, date: '2026-09-01', outcomes: [] }
				]
			}
		});
		const row = anonRow({ client: c, sessions: [session(c, '2026-01-12')] }, NOW);
		expect(row.outcomes).toEqual({ '0': ['planMade', 'applied'], '3': ['started'] });
		expect(c.guidance.outcomes).toHaveLength(4);
		const s = aggregate([row], periodOf('year', 2026));
		expect(s.outcomes.map((p) => [p.months, p.recorded, p.counts.started, p.counts.notKnown])).toEqual([
			[0, 1, 0, 0],
			[3, 1, 1, 0],
			[6, 0, 0, 0],
			[12, 0, 0, 0]
		]);
	});
});

describe('sessions', () => {
	it('migrates a version-1 session: with the Nav adviser present it was a three-way meeting', () => {
		const def = RECORD_KINDS.session;
		const v1 = {
			...newSession('c', '2025-01-01'),
			schemaVersion: 1,
			participants: ['client', 'counsellor', 'navAdviser']
		} as Record<string, unknown>;
		delete v1.kind;
		delete v1.groupId;
		const out = def.schema.parse(migrate('session', def, v1, 1));
		expect(out.kind).toBe('threeWay');
		expect(out.schemaVersion).toBe(2);
	});
});

/** A small county: clients spread over a year, some with outcomes. */
function county(): AnonRow[] {
	const rows: AnonRow[] = [];
	for (let i = 0; i < 12; i++) {
		const c = client({
			birthYear: 1990 + i,
			navOffice: i < 7 ? 'NAV  Sandnes ' : i < 11 ? 'Nav Sola' : 'Nav Utsira',
			targetGroups: i % 2 ? ['aap'] : ['ungdomsgaranti'],
			referral: 'nav',
			registration: { gender: i % 3 === 0 ? 'male' : 'female', education: null, experience: null },
			moduleStatus: { mapping: 'done', exploring: i < 8 ? 'done' : 'inProgress', plan: i < 6 ? 'done' : 'notStarted' },
			moduleDoneOn: { mapping: '', exploring: '', plan: i < 6 ? `2026-${String(i + 2).padStart(2, '0')}-20` : '' },
			guidance:
				i < 6
					? {
							endedOn: `2026-${String(i + 2).padStart(2, '0')}-25`,
							outcomes: [
								{ id: `o${i}`, months: 0, date: '2026-08-01', outcomes: i < 4 ? ['planMade', 'applied'] : ['job'] }
							]
						}
					: { endedOn: '', outcomes: [] }
		});
		const month = String(i + 1).padStart(2, '0');
		const sessions = [
			session(c, `2026-${month}-05`, { kind: 'individual' }),
			session(c, `2026-${month}-19`, { kind: i % 2 ? 'threeWay' : 'group', mode: 'digital' })
		];
		rows.push(
			anonRow(
				{
					client: c,
					sessions,
					mapping: mappingWith(c, (m) => (m.question.categories = i % 2 ? ['getJob'] : ['finishSchool', 'explore']))
				},
				NOW
			)
		);
	}
	return rows;
}

describe('aggregation', () => {
	it('counts the clients who started in the period, with their sessions, modules and outcomes', () => {
		const rows = county();
		const year = aggregate(rows, periodOf('year', 2026));
		expect(year.clients).toBe(12);
		expect(year.sessions).toBe(24);
		expect(year.sessionsByKind).toEqual({ individual: 12, threeWay: 6, group: 6 });
		expect(year.sessionsByMode).toEqual({ physical: 12, digital: 12 });
		expect(year.minutes).toBe(24 * 60);
		expect(year.modulesDone).toEqual({ mapping: 12, exploring: 8, plan: 6 });
		expect(year.aims.getJob).toBe(6);
		expect(year.aims.finishSchool).toBe(6);
		expect(year.genders).toEqual({ female: 8, male: 4, other: 0, notStated: 0 });
		expect(year.byMonth.map((m) => m.clients)).toEqual(Array(12).fill(1));
		expect(year.outcomes[0]!.recorded).toBe(6);
		expect(year.outcomes[0]!.counts.applied).toBe(4);
		expect(year.outcomes[0]!.counts.job).toBe(2);
		expect(year.byOffice.map((b) => [b.key, b.clients])).toEqual([
			['Nav Sandnes', 7],
			['Nav Sola', 4],
			['Nav Utsira', 1]
		]);

		const q1 = aggregate(rows, periodOf('quarter', 2026, 1));
		expect(q1.clients).toBe(3);
		expect(q1.byMonth.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03']);
		const h2 = aggregate(rows, periodOf('half', 2026, 2));
		expect(h2.clients).toBe(6);
		expect(h2.modulesDone.plan).toBe(0);
		const custom = aggregate(rows, { from: '2026-02', to: '2026-04' });
		expect(custom.clients).toBe(3);
		expect(aggregate(rows, periodOf('year', 2025)).clients).toBe(0);
	});

	it('measures the days from the first session to a finished plan', () => {
		const c = client({
			moduleStatus: { mapping: 'done', exploring: 'done', plan: 'done' },
			moduleDoneOn: { mapping: '', exploring: '', plan: '2026-02-14' }
		});
		const row = anonRow({ client: c, sessions: [session(c, '2026-02-10'), session(c, '2026-01-15')] }, NOW);
		expect(row.month).toBe('2026-01');
		expect(row.daysToPlan).toBe(30);
		const s = aggregate([row, { ...row, daysToPlan: 100 }, { ...row, daysToPlan: 10 }], periodOf('year', 2026));
		expect(s.timeToPlan.medianDays).toBe(30);
		expect(s.timeToPlan.bands).toEqual({ upTo14: 1, upTo30: 1, upTo90: 0, over90: 1 });
	});

	it('lists every month of a period, across a new year', () => {
		expect(monthsOf({ from: '2025-11', to: '2026-02' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
	});
});

describe('tables file', () => {
	const year: FixedPeriod = { kind: 'year', year: 2026, index: 1 };
	const ID = '0123456789abcdef';
	const file = () => tablesCsv({ ...publish(county(), year), fileId: ID }, '2026-11-22', t);
	const fail = (text: string) => {
		try {
			parseTablesCsv(text, NOW);
		} catch (e) {
			return e instanceof CsvError ? [e.key, e.values] : ['other', String(e)];
		}
		return ['accepted'];
	};

	it('says what it is, rounds every number to a multiple of 5 and carries no person', () => {
		const csv = file();
		expect(csv.startsWith(`\uFEFF# statistics.file.tablesTitle (veivalg-statistikk v3 2026 ${ID})`)).toBe(true);
		for (const secret of ['Kari', 'Nordmann', '99887766', 'example.no', 'Hemmelig', '2001', 'Utsira'])
			expect(csv).not.toContain(secret);
		const counts = parseCsv(csv)
			.rows.slice(1)
			.map((r) => Number(r[2]));
		expect(counts.length).toBeGreaterThan(60);
		for (const n of counts) expect(n % 5).toBe(0);
		// 12 clients: 8 women and 4 men rounded so that they still add up to the rounded total.
		const { tables } = publish(county(), year);
		expect(tables.genders.female! + tables.genders.male!).toBe(tables.clients.total);
		// An office with fewer than five clients in a quarter is merged, not named – Nav Sandnes has seven
		// in the year but never five in one quarter (its name is fixed per quarter, ledger.ts).
		expect(Object.keys(tables.offices)).toEqual([OTHER_OFFICE]);
		const sameQuarter = county().map((r, i) => (i < 5 ? { ...r, month: '2026-01' } : r));
		expect(Object.keys(publish(sameQuarter, year).tables.offices)).toEqual(['Nav Sandnes', OTHER_OFFICE]);
	});

	it('reads back exactly what it wrote, in any language, and adds up with another file', () => {
		const back = parseTablesCsv(file(), NOW);
		expect(back).toEqual({ ...publish(county(), year), fileId: ID });
		const nn = tablesCsv({ ...publish(county(), year), fileId: ID }, '2026-11-22', (k) => `nn:${k}`);
		expect(parseTablesCsv(nn, NOW)).toEqual(back);
		expect(addTables(back.tables, back.tables).clients.total).toBe(2 * back.tables.clients.total!);
		expect(contentKey(back)).toBe(contentKey(parseTablesCsv(nn, NOW)));
	});

	it('makes a half-year the sum of its rounded quarters', () => {
		const q = [1, 2].map((index) => publish(county(), { kind: 'quarter', year: 2026, index }).tables);
		expect(publish(county(), { kind: 'half', year: 2026, index: 1 }).tables).toEqual(addTables(q[0]!, q[1]!));
	});

	it('refuses files that are not ours, old rows files, odd years, unrounded or edited numbers, naming the line', () => {
		const good = file();
		const lines = good.split('\r\n');
		const edit = (i: number, from: RegExp, to: string) =>
			lines.map((l, n) => (n === i ? l.replace(from, to) : l)).join('\r\n');
		expect(fail('navn;telefon\nKari;998\n')[0]).toBe('statistics.import.errors.foreign');
		expect(fail('%PDF-1.7 binary')[0]).toBe('statistics.import.errors.foreign');
		expect(fail('# Veivalg (veivalg-anonyme-rader v1)\nmaaned;kjonn\n2026-01;female\n')[0]).toBe(
			'statistics.import.errors.rowsFile'
		);
		expect(fail('# Veivalg (veivalg-statistikk v1)\nTabell;Kategori;Antall\nA;B;<5\n')[0]).toBe(
			'statistics.import.errors.oldTables'
		);
		expect(fail(good.replace(`v3 2026 ${ID})`, `v3 0000 ${ID})`))).toEqual([
			'statistics.import.errors.year',
			{ year: '0000', first: 2020, last: 2027 }
		]);
		expect(fail(good.replace(`v3 2026 ${ID})`, `v3 2031 ${ID})`))[0]).toBe('statistics.import.errors.year');
		// The first data line is line 5: three preamble lines and the header.
		expect(fail(edit(4, /;\d+;clients;/, ';13;clients;'))).toEqual([
			'statistics.import.errors.notRounded',
			{ line: 5 }
		]);
		expect(fail(edit(4, /;clients;/, ';vunnet-i-lotto;'))).toEqual(['statistics.import.errors.badRow', { line: 5 }]);
		expect(fail(edit(4, /;\d+;clients;/, ';1000;clients;'))[0]).toBe('statistics.import.errors.doesNotAddUp');
		expect(fail('x'.repeat(3 * 1024 * 1024))[0]).toBe('statistics.import.errors.tooLarge');
	});

	it('cleans office names from a file: no formula, markup or direction marks', () => {
		const sameQuarter = county().map((r, i) => (i < 5 ? { ...r, month: '2026-01' } : r));
		const lines = tablesCsv({ ...publish(sameQuarter, year), fileId: ID }, '2026-11-22', t).split('\r\n');
		const i = lines.findIndex((l) => l.endsWith(';offices;Nav Sandnes'));
		lines[i] = lines[i]!.replace(/;offices;Nav Sandnes$/, `;offices;"'=HYPERLINK(""http://x"")<b>\u202Egnp.exe"`);
		const { tables } = parseTablesCsv(lines.join('\r\n'), NOW);
		const names = Object.keys(tables.offices);
		expect(names).toHaveLength(2);
		for (const n of names) expect(n).not.toMatch(/[=<>"\u202E]/);
	});
});

describe('office names', () => {
	it('normalises office names so spelling variants count as one', () => {
		expect(normaliseOffice('  NAV   Sandnes ')).toBe('Nav Sandnes');
		expect(normaliseOffice('Nav <b>Sola</b>')).toBe('Nav b Sola /b');
	});
});

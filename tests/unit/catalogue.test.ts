import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import raw from '$lib/domain/catalogue/catalogue.json';
import { catalogueSchema } from '$lib/domain/catalogue/schema';
import { editDistance, indexCatalogue, interestFit, searchTrades } from '$lib/domain/catalogue/search';
import { INVENTORY_ITEMS, scoreInventory } from '$lib/domain/mapping/interests';
import { praksiskandidatRequiredMonths } from '$lib/domain/rules';

const catalogue = catalogueSchema.parse(raw);
const index = indexCatalogue(catalogue);
const names = (q: string, opts = {}) => searchTrades(index, q, opts).map((h) => h.trade.name.nb);

describe('catalogue data', () => {
	it('has the 10 vocational Vg1 programmes, 52 Vg2 programme areas and 191 trades', () => {
		expect(catalogue.programmes).toHaveLength(10);
		expect(catalogue.vg2).toHaveLength(52);
		expect(catalogue.trades).toHaveLength(191);
		expect(new Set(catalogue.trades.map((t) => t.code)).size).toBe(191);
	});

	it('every reference resolves: Vg1 entries, Vg2 areas, programmes', () => {
		const vg1 = new Set([...catalogue.programmes, ...catalogue.otherEntries].map((p) => p.code));
		const vg2 = new Set(catalogue.vg2.map((p) => p.code));
		const areas = new Set(catalogue.programmes.map((p) => p.area));
		for (const t of catalogue.trades) {
			expect(areas.has(t.programme), t.code).toBe(true);
			for (const c of t.vg1) expect(vg1.has(c), `${t.code} vg1 ${c}`).toBe(true);
			for (const c of t.vg2) expect(vg2.has(c), `${t.code} vg2 ${c}`).toBe(true);
		}
		for (const v of catalogue.vg2)
			for (const c of v.buildsOn) expect(vg1.has(c), `${v.code} builds on ${c}`).toBe(true);
	});

	it('every trade has a route, an end qualification, 1-3 STYRK-08 occupations with names, and a Holland code', () => {
		for (const t of catalogue.trades) {
			expect(t.route === 'vg2' ? t.vg2.length > 0 : true, t.code).toBe(true);
			expect(
				t.styrk.every((s) => s.name.length > 3),
				t.code
			).toBe(true);
			expect(t.holland).toMatch(/^[RIASEC]{1,3}$/);
			expect(['fagbrev', 'svennebrev']).toContain(t.endQualification);
		}
	});

	it('gives the praksiskandidat requirement of 60 months for a standard 4-year trade', () => {
		const t = catalogue.trades.find((x) => x.code === 'BATMF3----')!;
		expect(t.model).toBe('2+2');
		expect(praksiskandidatRequiredMonths(t.trainingMonths)).toBe(60);
	});
});

describe('trade search', () => {
	it('finds a trade by what people call the job: "snekker" finds Tømrerfaget', () => {
		expect(names('snekker')).toContain('Tømrerfaget');
		expect(names('helsefagarbeider')[0]).toBe('Helsearbeiderfaget');
		expect(names('barnehage')).toContain('Barne- og ungdomsarbeiderfaget');
	});

	it('handles Norwegian letters typed or left out', () => {
		expect(names('tømrer')[0]).toBe('Tømrerfaget');
		expect(names('tomrer')[0]).toBe('Tømrerfaget');
		expect(names('rorlegger')[0]).toBe('Rørleggerfaget');
		expect(names('frisør')[0]).toBe('Frisørfaget');
	});

	it('finds nynorsk names and STYRK occupation titles', () => {
		expect(names('tømrarfaget')).toEqual(['Tømrerfaget']);
		expect(names('tannteknikere')).toContain('Ortopediteknikkfaget');
	});

	it('ranks name matches above synonym matches, and says why', () => {
		const hits = searchTrades(index, 'elektriker');
		expect(hits[0]!.trade.name.nb).toBe('Elektrikerfaget');
		expect(hits[0]!.matchedBy).toBe('name');
		const strom = searchTrades(index, 'strøm');
		expect(strom[0]!.trade.name.nb).toBe('Elektrikerfaget');
		expect(strom[0]!.matchedBy).toBe('synonym');
	});

	it('filters by programme', () => {
		const hs = searchTrades(index, '', { programme: 'HS' });
		expect(hs).toHaveLength(6);
		expect(names('snekker', { programme: 'TP' })).toEqual(['Industrisnekkerfaget']);
	});

	it("ranks by closeness to the interest result when nothing is typed (Iachan's index)", () => {
		const social = searchTrades(index, '', { interests: ['S', 'A', 'I'], limit: 5 });
		expect(social[0]!.trade.holland).toBe('SA');
		expect(social.every((h) => h.trade.holland.includes('S'))).toBe(true);
		expect(interestFit('RA', ['R', 'A'])).toBeGreaterThan(interestFit('AR', ['R', 'A']));
		expect(interestFit('RA', [])).toBe(0);
		// The first letter weighs most: S first and I third is closer to SRI than R first and S second.
		expect(interestFit('SI', ['S', 'R', 'I'])).toBeGreaterThan(interestFit('RS', ['S', 'R', 'I']));
		expect(interestFit('SRI', ['S', 'R', 'I'])).toBe(28);
	});

	/** The inventory's own items, answered as a client would: 2 for «liker», 1 for «kanskje». */
	const profile = (like: string, maybe: string) => {
		const answers: Record<string, number> = {};
		for (const item of INVENTORY_ITEMS)
			answers[item.id] = like.includes(item.type)
				? 2
				: maybe.includes(item.type) && Number(item.id.slice(1)) <= 5
					? 1
					: 0;
		return scoreInventory(answers);
	};

	it('suggests Helsearbeiderfaget and Barne- og ungdomsarbeiderfaget among the best ten for a social, practical client', () => {
		const sri = profile('S', 'RI');
		expect(sri.code).toBe('SRI');
		const best = searchTrades(index, '', { interests: sri.top, limit: 10 }).map((h) => h.trade.name.nb);
		expect(best).toContain('Helsearbeiderfaget');
		expect(best).toContain('Barne- og ungdomsarbeiderfaget');
		// Right after the three SR trades: S first and I third beats R first.
		expect(best.indexOf('Helsearbeiderfaget')).toBe(3);
	});

	it("breaks ties between equally close trades by the client's own programme, never by the alphabet", () => {
		// Ambulansefaget, Portørfaget (Helse- og oppvekstfag) and Sikkerhetsfaget (Salg, service og reiseliv) are all SR.
		const top = profile('S', 'R').top;
		const first = (programmes: string[]) =>
			searchTrades(index, '', { interests: top, programmes, limit: 3 }).map((h) => h.trade.name.nb);
		expect(first(['SR'])[0]).toBe('Sikkerhetsfaget');
		expect(first(['HS']).slice(0, 2).sort()).toEqual(['Ambulansefaget', 'Portørfaget']);
	});

	it('has no code for an inventory with no interest marked', () => {
		const none = profile('', '');
		expect(none.enough).toBe(true);
		expect(none.top).toEqual([]);
		expect(none.code).toBe('');
	});

	/**
	 * Words people type, each with the trade a source says it names: utdanning.no's occupation
	 * titles as the catalogue carries them (`occupations`), the curated synonyms in curation.tsv,
	 * and the same words without Norwegian letters or with one slip of the keyboard.
	 */
	const MEANS: [word: string, trade: string, source: string][] = [
		['anleggsmaskinfører', 'Anleggsmaskinførerfaget', 'utdanning.no'],
		['rørlegger', 'Rørleggerfaget', 'utdanning.no'],
		['tømrer', 'Tømrerfaget', 'utdanning.no'],
		['snekker', 'Snekkerfaget', 'utdanning.no'],
		['maler', 'Maler- og overflateteknikkfaget', 'utdanning.no'],
		['elektriker', 'Elektrikerfaget', 'utdanning.no'],
		['automatiker', 'Automatiseringsfaget', 'utdanning.no'],
		['heismontør', 'Heismontørfaget', 'utdanning.no'],
		['låsesmed', 'Låsesmedfaget', 'utdanning.no'],
		['frisør', 'Frisørfaget', 'utdanning.no'],
		['kokk', 'Kokkfaget', 'utdanning.no'],
		['baker', 'Bakerfaget', 'utdanning.no'],
		['gullsmed', 'Gullsmedfaget', 'utdanning.no'],
		['urmaker', 'Urmakerfaget', 'utdanning.no'],
		['byggmontør', 'Byggmontasjefaget', 'utdanning.no'],
		['bilmekaniker', 'Bilfaget, lette kjøretøy', 'utdanning.no'],
		['helsefagarbeider', 'Helsearbeiderfaget', 'curation'],
		['hjelpepleier', 'Helsearbeiderfaget', 'curation'],
		['barnehage', 'Barne- og ungdomsarbeiderfaget', 'curation'],
		['elektro', 'Elektrikerfaget', 'curation'],
		['gravemaskin', 'Anleggsmaskinførerfaget', 'curation'],
		['tomrer', 'Tømrerfaget', 'without ø'],
		['rorlegger', 'Rørleggerfaget', 'without ø'],
		['tømmrer', 'Tømrerfaget', 'one slip'],
		['elektrikker', 'Elektrikerfaget', 'one slip'],
		['rørleger', 'Rørleggerfaget', 'one slip'],
		['helsefagarbider', 'Helsearbeiderfaget', 'one slip']
	];

	it.each(MEANS)('«%s» puts %s first (%s)', (word, trade) => {
		expect(names(word)[0]).toBe(trade);
	});

	it('says when a hit came from a slip of the keyboard, and finds nothing for nonsense', () => {
		expect(searchTrades(index, 'tømmrer')[0]!.matchedBy).toBe('typo');
		expect(names('xqzvbn')).toEqual([]);
		expect(editDistance('elektrikker', 'elektriker', 2)).toBe(1);
		expect(editDistance('tmører', 'tømrer', 1)).toBe(1);
		expect(editDistance('snekker', 'murer', 2)).toBe(3);
	});

	it('requires every word typed', () => {
		expect(names('bil mekaniker')).toEqual(
			expect.arrayContaining(['Bilfaget, lette kjøretøy', 'Bilfaget, tunge kjøretøy'])
		);
		expect(names('bil frisør')).toEqual([]);
	});
});

describe('training models and their sources', () => {
	it('every trade names the source of its model; only the three Vg3-in-school trades no source pins down stay unchecked', () => {
		for (const t of catalogue.trades)
			expect(t.modelSource.url, t.code).toMatch(/^https?:\/\/(www\.)?[a-z0-9.-]+\.no\//);
		const unchecked = catalogue.trades.filter((t) => !t.modelChecked);
		expect(unchecked.map((t) => t.code.slice(0, 6)).sort()).toEqual(['ELDAT3', 'ELMEL4', 'TPAMM3']);
		for (const t of unchecked) expect(t.modelSource.url).toContain('vilbli.no');
		// Months add up, and the model label says the same: «2+2½» is 24 + 30.
		for (const t of catalogue.trades) {
			expect(t.schoolMonths + t.companyMonths, t.code).toBe(t.trainingMonths);
			const [s, c] = t.model.split('+').map((y) => parseInt(y, 10) * 12 + (y.endsWith('½') ? 6 : 0));
			expect([s, c], t.code).toEqual([t.schoolMonths, t.companyMonths]);
		}
	});

	it('the trades with 2½ years in a company (Udir: rørlegger and several electrical trades) are 24 + 30 months', () => {
		const byCode = (c: string) => catalogue.trades.find((t) => t.code.startsWith(c))!;
		for (const c of ['ELELE3', 'ELEMO3', 'ELEOP3', 'ELTEL3', 'BARLF3'])
			expect([byCode(c).model, byCode(c).schoolMonths, byCode(c).companyMonths, byCode(c).trainingMonths], c).toEqual([
				'2+2½',
				24,
				30,
				54
			]);
		expect([byCode('DTORG3').model, byCode('DTORG3').trainingMonths]).toEqual(['2+3', 60]);
		expect([byCode('ELAUT3').model, byCode('ELAUT3').companyMonths]).toEqual(['3+1½', 18]);
		// Telekommunikasjonsmontør: a second source states another length, and the catalogue shows both.
		expect(byCode('ELTEL3').modelConflict?.url).toContain('elfagtroms');
		// Maritim elektrikerfaget builds on Vg2 Elenergi og ekom, and its name is the trade's.
		expect(byCode('ELMEL4').name.nb).toBe('Maritim elektrikerfaget');
		expect(byCode('ELMEL4').vg2).toEqual(['ELELE2----']);
	});

	it('særløp are Vg1 + three years in a company; the aviation trades three years in school + two in a company (Udir)', () => {
		const byCode = (c: string) => catalogue.trades.find((t) => t.code.startsWith(c))!;
		for (const t of catalogue.trades.filter((x) => x.saerlop))
			expect([t.model, t.companyMonths, t.trainingMonths], t.code).toEqual(['1+3', 36, 48]);
		for (const c of ['ELAVI4', 'ELFMO4', 'ELFST4', 'ELFSY4'])
			expect([byCode(c).model, byCode(c).companyMonths, byCode(c).trainingMonths, byCode(c).modelChecked]).toEqual([
				'3+2',
				24,
				60,
				true
			]);
	});
});

describe('the catalogue rebuilds from the repository alone', () => {
	it('npm run catalogue, from the sources in the repository, makes the committed catalogue byte for byte', () => {
		const dir = mkdtempSync(join(tmpdir(), 'catalogue-'));
		const out = join(dir, 'catalogue.json');
		// No ../shared: the sources folder beside build.mjs is all it reads.
		execFileSync(process.execPath, ['src/lib/domain/catalogue/build.mjs'], {
			env: { PATH: process.env.PATH, CATALOGUE_OUT: out }
		});
		expect(readFileSync(out, 'utf8')).toBe(readFileSync('src/lib/domain/catalogue/catalogue.json', 'utf8'));
		rmSync(dir, { recursive: true });
	});
});

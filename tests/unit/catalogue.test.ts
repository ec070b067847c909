import { describe, expect, it } from 'vitest';
import raw from '$lib/domain/catalogue/catalogue.json';
import { catalogueSchema } from '$lib/domain/catalogue/schema';
import { indexCatalogue, interestFit, searchTrades } from '$lib/domain/catalogue/search';
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

	it('ranks by fit with the interest result when nothing is typed', () => {
		const social = searchTrades(index, '', { interests: ['S', 'A', 'I'], limit: 5 });
		expect(social[0]!.trade.holland).toBe('SA');
		expect(social.every((h) => h.trade.holland.includes('S'))).toBe(true);
		expect(interestFit('RA', ['R', 'A'])).toBeGreaterThan(interestFit('AR', ['R', 'A']));
		expect(interestFit('RA', [])).toBe(0);
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

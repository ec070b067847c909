#!/usr/bin/env node
// Builds catalogue.json, the app's own curated catalogue of vocational education, from the open
// data in ./sources (Udir Grep and its curricula, NLOD 2.0; SSB STYRK-08; see sources/README.md)
// and the hand curation in curation.tsv. Run: npm run catalogue
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.CATALOGUE_SOURCES ?? join(here, 'sources');
const read = (f) => readFileSync(join(shared, f), 'utf8');

const VERSION = '2026.12-1';

/** Udir's own English titles (Grep, NLOD 2.0), by code: 178 trades and 61 Vg1/Vg2 areas have one. */
const english = new Map(
	['trade_names_en.tsv', 'programme_areas_en.tsv'].flatMap((f) =>
		read(f)
			.split('\n')
			.slice(1)
			.filter((l) => l.trim())
			.map((l) => l.split('\t'))
			.map(([code, , en]) => [code, en.trim()])
	)
);
/** nb and nn, and en where Udir has an English title. */
const names = (code, nb, nn) => ({ nb, nn, ...(english.get(code) ? { en: english.get(code) } : {}) });

// Programme areas (Vg1, Vg2) from the Grep graph.
const rows = read('grep_programomrader_yrkesfag_graph.tsv')
	.split('\n')
	.filter((l) => l && !l.startsWith('#') && !l.startsWith('kode'))
	.map((l) => {
		const [code, level, place, nb, nn, builds, tags] = l.split('\t');
		return {
			code,
			level,
			place,
			nb,
			nn: nn || nb,
			builds: builds ? builds.split(/[ ,]+/).filter(Boolean) : [],
			tags: tags ? tags.split(/[ ,]+/).filter(Boolean) : []
		};
	});
const vocational = new Set(['BA', 'DT', 'EL', 'FD', 'HS', 'IM', 'NA', 'RM', 'SR', 'TP']);
const programmes = rows
	.filter((r) => r.level === 'Vg1' && vocational.has(r.code.slice(0, 2)))
	.map((r) => ({ code: r.code, area: r.code.slice(0, 2), name: names(r.code, r.nb, r.nn) }));
// Vg1 areas outside the ten vocational programmes that a vocational Vg2 may also build on.
const otherEntries = rows
	.filter((r) => r.level === 'Vg1' && !vocational.has(r.code.slice(0, 2)))
	.map((r) => ({ code: r.code, name: names(r.code, r.nb, r.nn) }));
const vg2 = rows
	.filter((r) => r.level === 'Vg2' && vocational.has(r.code.slice(0, 2)))
	.map((r) => ({ code: r.code, programme: r.code.slice(0, 2), name: names(r.code, r.nb, r.nn), buildsOn: r.builds }));

// STYRK-08 unit groups, for names.
const styrk = new Map(
	JSON.parse(read('styrk08_ssb_klass_snapshot.json'))
		.items.filter((i) => i.level === 4)
		.map((i) => [i.code, i.name])
);

// Hand curation.
const curation = new Map(
	readFileSync(join(here, 'curation.tsv'), 'utf8')
		.split('\n')
		.filter((l) => l.trim() && !l.startsWith('#'))
		.map((l) => {
			const [code, codes, holland, synonyms, endq] = l.split('\t');
			return [
				code,
				{
					styrk: codes.split(','),
					holland,
					synonyms: synonyms
						? synonyms
								.split(',')
								.map((s) => s.trim())
								.filter(Boolean)
						: [],
					endq
				}
			];
		})
);

// Training models and where they are stated. Every trade records its source; a model stays
// "unchecked" where no source states it for that trade.
const SRC = {
	main: {
		title: 'Udir: Kort om yrkesfagene – opplæringsmodellen ligger fast for hvert lærefag (2+2; særløp; flyfagene 3+2)',
		url: 'https://www.udir.no/utdanningslopet/videregaende-opplaring/kort-om-yrkesfagene/'
	},
	saerlop: {
		title: 'Udir: Yrkesfag – opplæringsmodellar (særløp: Vg1 i skole, tre år læretid i bedrift)',
		url: 'https://www.udir.no/utdanningslopet/videregaende-opplaring/andre-varianter/yrkesfag-opplaringsmodellar/'
	},
	vg3School: {
		title: 'Vilbli: Korleis går opplæring i bedrift føre seg? (Vg3 i skole, deretter 1½ eller 2 års læretid)',
		url: 'https://www.vilbli.no/nn/nn/vestland/korleis-gar-opplaering-i-bedrift-fore-seg/a/036524'
	}
};
/** Udir: "Flyfagene på elektrofag har tre år i skole og to år i bedrift". */
const AVIATION = new Set(['ELAVI4', 'ELFMO4', 'ELFST4', 'ELFSY4']);

/**
 * Trades with longer company time. Udir names rørleggerfaget, orgelbyggerfaget (five years in
 * all) and "flere av lærefagene på elektrofag" (four and a half years); the electrical ones are
 * named by the training offices that run them.
 */
const HSO = {
	title:
		'HSO elektro (opplæringskontor): elektriker-, energimontør-, energioperatør- og telekommunikasjonsmontørfaget har et halvt år lengre læretid',
	url: 'https://hso-elfag.no/vg3/'
};
const LONGER = {
	BARLF3: { company: 30, source: SRC.main },
	DTORG3: { company: 36, source: SRC.main },
	ELELE3: { company: 30, source: HSO },
	ELEMO3: { company: 30, source: HSO },
	ELEOP3: { company: 30, source: HSO },
	ELTEL3: {
		company: 30,
		source: HSO,
		conflict: {
			title: 'Elfag Troms (opplæringskontor): telekommunikasjonsmontør – 3 års læretid',
			url: 'https://www.elfagtroms.no/laerling'
		}
	}
};
/** Vg3 in school, then 1½ years in a company where a source names the trade. */
const VG3_SHORT = {
	ELAUT3: {
		title: 'Matbransjens opplæringskontor: læretiden er to år, «med unntak av automatikerne som har 1,5 års læretid»',
		url: 'http://www.matbransjen.no/fakta-om-matbransjen-2/laerekontrakt/'
	}
};

/** Training time in months in school and in a company, where that is stated, and the source. */
function trainingModel(t, route) {
	const code = t.kode.slice(0, 6);
	if (route === 'vg2' && LONGER[code]) {
		const { company, source, conflict } = LONGER[code];
		return { school: 24, company, checked: true, source, conflict };
	}
	if (route === 'vg2') return { school: 24, company: 24, checked: true, source: SRC.main };
	if (route === 'vg1Direct' && t.saerlop) return { school: 12, company: 36, checked: true, source: SRC.saerlop };
	if (route === 'vg3School' && AVIATION.has(code)) return { school: 36, company: 24, checked: true, source: SRC.main };
	if (route === 'vg3School' && VG3_SHORT[code])
		return { school: 36, company: 18, checked: true, source: VG3_SHORT[code], conflict: SRC.vg3School };
	// Vg3 in school: Vilbli says 1½ or 2 years in the company without naming the trades; the
	// longer is used (a plan checked against Nav's limits is then never too optimistic).
	if (route === 'vg3School') return { school: 36, company: 24, checked: false, source: SRC.vg3School };
	return { school: 12, company: 36, checked: false, source: SRC.saerlop };
}

/** «2+2½»: years in school + years in a company, halves as ½. */
const years = (months) => `${Math.floor(months / 12)}${months % 12 === 6 ? '½' : ''}`.replace(/^0½$/, '½');
const modelLabel = (school, company) => `${years(school)}+${years(company)}`;

/**
 * Grep data that needs correcting: Maritim elektrikerfaget builds on Vg2 Elenergi og ekom and
 * Vg3 in school, and Grep's name for the company year is not the trade's name.
 */
const FIXES = {
	ELMEL4: (t) => ({
		...t,
		navn: { nb: t.navn.nb.replace(/ vg3 i bedrift$/, ''), nn: t.navn.nn.replace(/ vg3 i bedrift$/, '') },
		byggerPaaVg2: ['ELELE2----']
	})
};

const { laerefag } = JSON.parse(read('laerefag_merged_candidate.json'));
// Each trade's Vg3 (or Vg4) curriculum: its «Sluttvurdering» word for word, read by the rules
// (domain/rules/curriculum.ts) for the written exams and the days of the trade test.
const curricula = new Map(
	JSON.parse(read('vg3_sluttvurdering.json')).map((c) => [
		c.trade,
		{
			code: c.curriculum,
			title: c.title,
			language: c.language,
			fastsatt: c.fastsatt,
			gyldigFra: c.gyldigFra,
			sluttvurdering: c.sluttvurdering,
			source: c.source
		}
	])
);
const END = { Fagbrev: 'fagbrev', Svennebrev: 'svennebrev', F: 'fagbrev', S: 'svennebrev' };
const trades = laerefag.map((raw) => {
	const t = FIXES[raw.kode.slice(0, 6)]?.(raw) ?? raw;
	const cur = curation.get(t.kode.slice(0, 6));
	if (!cur) throw new Error(`no curation for ${t.kode}`);
	// Route and training model: the standard is 2 years in school + 2 in a company. Særløp go
	// straight from Vg1 to the company; some trades take Vg3 in school before the company year.
	// Models other than 2+2 are derived from Grep's structure and flagged for checking.
	const route = t.vg3ISkole ? 'vg3School' : t.byggerPaaVg2.length ? 'vg2' : 'vg1Direct';
	const { school, company, checked, source, conflict } = trainingModel(t, route);
	return {
		code: t.kode,
		name: names(t.kode, t.navn.nb, t.navn.nn),
		programme: t.utdanningsprogram,
		vg1: t.vg1Innganger,
		vg2: t.byggerPaaVg2,
		route,
		model: modelLabel(school, company),
		modelChecked: checked,
		modelSource: source,
		...(conflict ? { modelConflict: conflict } : {}),
		trainingMonths: school + company,
		schoolMonths: school,
		companyMonths: company,
		endQualification: END[t.sluttkompetanse] ?? END[cur.endq] ?? null,
		styrk: cur.styrk.map((code) => ({ code, name: styrk.get(code) ?? null })),
		holland: cur.holland,
		synonyms: cur.synonyms,
		occupations: t.yrker_utdanningno,
		saerlop: t.saerlop,
		verneverdig: t.verneverdig,
		...(curricula.has(t.kode) ? { curriculum: curricula.get(t.kode) } : {})
	};
});

const catalogue = {
	version: VERSION,
	sources: [
		{ name: 'Udir Grep – programområder og lærefag (LK20)', licence: 'NLOD 2.0', retrieved: '2026-10-08' },
		{ name: 'SSB KLASS – STYRK-08 (klassifikasjon 7)', licence: 'NLOD / CC BY 4.0 (SSB)', retrieved: '2026-10-08' },
		{ name: 'Udir Grep – engelske titler på lærefag og programområder', licence: 'NLOD 2.0', retrieved: '2026-08' },
		{
			name: 'Udir Grep – læreplaner for Vg3/Vg4 i lærefagene (LK20), «Sluttvurdering»',
			licence: 'NLOD 2.0',
			retrieved: '2026-11'
		},
		{
			name: 'utdanning.no – yrkestitler (kryssjekk)',
			licence: 'used for cross-checking only',
			retrieved: '2026-10-08'
		},
		{
			name: 'Veivalg – kuratering: STYRK-koder, Holland-koder, søkeord',
			licence: 'part of this project',
			retrieved: VERSION
		}
	],
	programmes,
	otherEntries,
	vg2,
	trades
};
// CATALOGUE_OUT lets a test rebuild into another file and compare it with the committed one.
writeFileSync(process.env.CATALOGUE_OUT ?? join(here, 'catalogue.json'), JSON.stringify(catalogue) + '\n');
console.log(`catalogue ${VERSION}: ${programmes.length} programmes, ${vg2.length} Vg2, ${trades.length} trades`);

/**
 * Upper secondary education programmes (utdanningsprogram, LK20) from Udir's
 * Grep (NLOD 2.0). The 10 vocational ones come first; names are data, not UI
 * strings, so they live here in all three languages.
 */
export interface Programme {
	code: string;
	vocational: boolean;
	name: { nb: string; nn: string; en: string };
}

export const PROGRAMMES: readonly Programme[] = [
	{
		code: 'BA',
		vocational: true,
		name: { nb: 'Bygg- og anleggsteknikk', nn: 'Bygg- og anleggsteknikk', en: 'Building and construction' }
	},
	{
		code: 'EL',
		vocational: true,
		name: {
			nb: 'Elektro og datateknologi',
			nn: 'Elektro og datateknologi',
			en: 'Electrical engineering and computer technology'
		}
	},
	{
		code: 'FD',
		vocational: true,
		name: {
			nb: 'Frisør, blomster, interiør og eksponeringsdesign',
			nn: 'Frisør, blomster, interiør og eksponeringsdesign',
			en: 'Hairdressing, floristry, interior and retail design'
		}
	},
	{
		code: 'HS',
		vocational: true,
		name: { nb: 'Helse- og oppvekstfag', nn: 'Helse- og oppvekstfag', en: 'Health, childhood and youth development' }
	},
	{
		code: 'DT',
		vocational: true,
		name: {
			nb: 'Håndverk, design og produktutvikling',
			nn: 'Handverk, design og produktutvikling',
			en: 'Crafts, design and product development'
		}
	},
	{
		code: 'IM',
		vocational: true,
		name: {
			nb: 'Informasjonsteknologi og medieproduksjon',
			nn: 'Informasjonsteknologi og medieproduksjon',
			en: 'Information technology and media production'
		}
	},
	{ code: 'NA', vocational: true, name: { nb: 'Naturbruk', nn: 'Naturbruk', en: 'Agriculture, fishing and forestry' } },
	{
		code: 'RM',
		vocational: true,
		name: { nb: 'Restaurant- og matfag', nn: 'Restaurant- og matfag', en: 'Restaurant and food processing' }
	},
	{
		code: 'SR',
		vocational: true,
		name: { nb: 'Salg, service og reiseliv', nn: 'Sal, service og reiseliv', en: 'Sales, service and tourism' }
	},
	{
		code: 'TP',
		vocational: true,
		name: {
			nb: 'Teknologi- og industrifag',
			nn: 'Teknologi- og industrifag',
			en: 'Technology and industrial production'
		}
	},
	{
		code: 'ST',
		vocational: false,
		name: { nb: 'Studiespesialisering', nn: 'Studiespesialisering', en: 'General studies' }
	},
	{ code: 'ID', vocational: false, name: { nb: 'Idrettsfag', nn: 'Idrettsfag', en: 'Sports and physical education' } },
	{
		code: 'KD',
		vocational: false,
		name: { nb: 'Kunst, design og arkitektur', nn: 'Kunst, design og arkitektur', en: 'Art, design and architecture' }
	},
	{
		code: 'MD',
		vocational: false,
		name: { nb: 'Musikk, dans og drama', nn: 'Musikk, dans og drama', en: 'Music, dance and drama' }
	},
	{
		code: 'ME',
		vocational: false,
		name: { nb: 'Medier og kommunikasjon', nn: 'Medium og kommunikasjon', en: 'Media and communication' }
	},
	{
		code: 'PB',
		vocational: false,
		name: {
			nb: 'Påbygging til generell studiekompetanse',
			nn: 'Påbygging til generell studiekompetanse',
			en: 'Supplementary year for university admission'
		}
	}
];

export const programmeName = (code: string, lang: 'nb' | 'nn' | 'en') =>
	PROGRAMMES.find((p) => p.code === code)?.name[lang] ?? code;

/** Common subjects (fellesfag and typical programme subjects) offered as suggestions; anything may be typed. */
export const COMMON_SUBJECTS = [
	'Norsk',
	'Engelsk',
	'Matematikk 1P',
	'Matematikk 1T',
	'Matematikk 2P',
	'Naturfag',
	'Samfunnskunnskap',
	'Kroppsøving',
	'Historie',
	'Geografi',
	'Religion og etikk',
	'Fremmedspråk',
	'Yrkesfaglig fordypning',
	'Programfag Vg1',
	'Programfag Vg2'
] as const;

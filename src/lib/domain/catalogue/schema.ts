import * as z from 'zod/mini';

/** The catalogue's shape. catalogue.json is validated against it in tests and when it is loaded. */

const names = z.object({
	nb: z.string().check(z.minLength(1)),
	nn: z.string().check(z.minLength(1)),
	/** Udir's own English title, where Grep has one (178 of 191 trades, 61 of 62 Vg1/Vg2 areas). */
	en: z.optional(z.string().check(z.minLength(1)))
});
export type Names = z.output<typeof names>;

/**
 * A catalogue name in the interface or output language. In English, Udir's English title with the
 * Norwegian beside it – «Carpentry (Tømrerfaget)»: some titles name a field, two trades share one,
 * and the Norwegian is what the client will meet at school and at Nav. Without an English title,
 * the Norwegian name.
 */
export function localName(n: Names, lang: 'nb' | 'nn' | 'en'): string {
	if (lang === 'nn') return n.nn;
	if (lang === 'en' && n.en) return `${n.en} (${n.nb})`;
	return n.nb;
}
const code10 = z.string().check(z.regex(/^[A-Z]{5}[1-4]-{4}$/));

export const curriculumSchema = z.object({
	code: z.string().check(z.regex(/^[A-Z]{3}0[34]-0\d$/)),
	title: z.string(),
	/** nob, nno or sme (Northern Sámi): the language the curriculum is stored in. */
	language: z.enum(['nob', 'nno', 'sme']),
	fastsatt: z.string(),
	gyldigFra: z.string(),
	sluttvurdering: z.array(z.string()).check(z.minLength(1)),
	source: z.string()
});
export type Curriculum = z.output<typeof curriculumSchema>;

export const ROUTES = ['vg2', 'vg1Direct', 'vg3School'] as const;

export const tradeSchema = z.object({
	code: code10,
	name: names,
	programme: z.string().check(z.length(2)),
	vg1: z.array(code10).check(z.minLength(1)),
	vg2: z.array(code10),
	route: z.enum(ROUTES),
	/** Years in school + years in a company, as Udir writes it: «2+2», «2+2½», «3+1½». */
	model: z.string().check(z.regex(/^\d½?\+\d½?$/)),
	/** false where the model is derived from Grep's structure and not yet checked by hand. */
	modelChecked: z.boolean(),
	/** Where the model is stated (Udir or Vilbli); for an unchecked model, the source that leaves it open. */
	modelSource: z.object({ title: z.string(), url: z.string() }),
	/** A source that states another length, shown beside the first. */
	modelConflict: z.optional(z.object({ title: z.string(), url: z.string() })),
	trainingMonths: z.int().check(z.gte(12)),
	schoolMonths: z.int().check(z.gte(12)),
	companyMonths: z.int().check(z.gte(12)),
	endQualification: z.enum(['fagbrev', 'svennebrev']),
	styrk: z
		.array(z.object({ code: z.string().check(z.regex(/^\d{4}$/)), name: z.string() }))
		.check(z.minLength(1), z.maxLength(3)),
	holland: z.string().check(z.regex(/^[RIASEC]{1,3}$/)),
	synonyms: z.array(z.string()),
	occupations: z.array(z.string()),
	saerlop: z.boolean(),
	verneverdig: z.boolean(),
	/** The trade's Vg3 (or Vg4) curriculum with its «Sluttvurdering» word for word (Udir Grep, NLOD 2.0). */
	curriculum: z.optional(curriculumSchema)
});

export const catalogueSchema = z.object({
	version: z.string(),
	sources: z.array(z.object({ name: z.string(), licence: z.string(), retrieved: z.string() })),
	programmes: z.array(z.object({ code: code10, area: z.string().check(z.length(2)), name: names })),
	/** Non-vocational Vg1 areas (e.g. Studiespesialisering) that some Vg2 areas also accept. */
	otherEntries: z.array(z.object({ code: code10, name: names })),
	vg2: z.array(z.object({ code: code10, programme: z.string(), name: names, buildsOn: z.array(code10) })),
	trades: z.array(tradeSchema)
});

export type Catalogue = z.output<typeof catalogueSchema>;
export type Trade = z.output<typeof tradeSchema>;

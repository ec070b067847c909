import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '$lib/domain/catalogue/schema';
import { MODULE_STATUSES, MODULES, REFERRALS, TARGET_GROUPS } from '$lib/domain/client/client';
import { CONSENT_SECTIONS, PURPOSES } from '$lib/domain/exploring/consent';
import { INCOME_SECURITY, ROUTE_KINDS } from '$lib/domain/exploring/exploration';
import { ANSWER_VALUES, HOLLAND_TYPES, INVENTORY_ITEMS } from '$lib/domain/mapping/interests';
import {
	CHALLENGES,
	EXPERIENCE_TYPES,
	LEVELS,
	SCHOOL_STATUSES,
	LIFE_AREAS,
	MAPPING_STEPS,
	newMapping,
	PRIMARY_SCHOOL,
	ABROAD_COMPLETED,
	QUESTION_CATEGORIES
} from '$lib/domain/mapping/mapping';
import { NAV_STATUSES } from '$lib/domain/plan/nav-activities';
import { STEP_OWNERS, STEP_STATUSES } from '$lib/domain/plan/plan';
import { RULES } from '$lib/domain/rules';
import { PARTICIPANTS, SESSION_KINDS, SESSION_MODES } from '$lib/domain/client/session';
import {
	EDUCATION_LEVELS,
	EXPERIENCE_BANDS,
	FOLLOW_UP_POINTS,
	GENDERS,
	OUTCOMES
} from '$lib/domain/client/registration';
import { aggregate, UNKNOWN } from '$lib/domain/statistics/aggregate';
import { LABEL_PREFIX, type CountTable } from '$lib/domain/statistics/labels';
import type { DamageReason } from '$lib/storage/vault';
import { RECORD_KINDS } from '$lib/domain/records';
import enCore from '../../locales/en.json';
import enModules from '../../locales/en-modules.json';
import nbCore from '../../locales/nb.json';
import nbModules from '../../locales/nb-modules.json';
import nnCore from '../../locales/nn.json';
import nnModules from '../../locales/nn-modules.json';

/**
 * Keys the code builds at run time (`t(\`modules.${m}.name\`)`) escape the
 * literal-key check. Each such pattern is listed here with every value the
 * domain can give it, and each resulting key must exist in all three
 * languages. A new dynamic key in the code fails until it is listed.
 */

const EXPLORING_STEPS = ['summary', 'consent', 'nav', 'options', 'compare', 'questions'];
const DAMAGE: DamageReason[] = ['decrypt', 'newerVersion', 'invalid', 'unknownKind', 'rolledBack', 'unlisted'];
const KINDS = ['client', 'session', 'mapping', 'exploration', 'consent', 'plan'];

/** The statistics tables label each category as `${prefix}.${key}`; every table's keys, from an empty aggregate. */
const EMPTY_STATS = aggregate([], { from: '2026-01', to: '2026-01' });
const TABLE_KEYS: Record<CountTable, readonly string[]> = {
	...(Object.fromEntries(
		(Object.keys(LABEL_PREFIX) as CountTable[]).map((table) => [
			table,
			Object.keys((EMPTY_STATS as unknown as Record<string, object>)[table] ?? {})
		])
	) as Record<CountTable, string[]>),
	timeToPlan: Object.keys(EMPTY_STATS.timeToPlan.bands),
	outcomes: OUTCOMES
};
const CATEGORY_LABELS = (Object.keys(LABEL_PREFIX) as CountTable[])
	.filter((table) => table !== 'modulesDone') // labelled as modules.<m>.name
	.flatMap((table) => TABLE_KEYS[table].filter((k) => k !== UNKNOWN).map((k) => [LABEL_PREFIX[table], k] as const));

const PATTERNS: Record<string, readonly (string | number)[] | readonly (readonly (string | number)[])[]> = {
	'exploring.routes.*': ROUTE_KINDS,
	'interests.types.*.name': HOLLAND_TYPES,
	'interests.types.*.description': HOLLAND_TYPES,
	'interests.items.*': INVENTORY_ITEMS.map((i) => i.id),
	'modules.*.name': MODULES,
	'modules.*.short': MODULES,
	'modules.*.description': MODULES,
	'exploring.consent.sections.*': CONSENT_SECTIONS,
	'exploring.consent.purposes.*': PURPOSES,
	'exploring.consent.includes.*': PURPOSES,
	'plan.owners.*': STEP_OWNERS,
	'plan.statuses.*': STEP_STATUSES,
	'mapping.steps.*': [...MAPPING_STEPS, 'summary'],
	'moduleStatus.*': MODULE_STATUSES,
	'mapping.question.category.*': QUESTION_CATEGORIES,
	'mapping.life.*': LIFE_AREAS,
	'mapping.challenges.item.*': CHALLENGES,
	'exploring.steps.*': EXPLORING_STEPS,
	'session.participant.*': PARTICIPANTS,
	'session.modes.*': SESSION_MODES,
	'session.rating.*': [1, 2, 3, 4, 5],
	'session.*Question': ['wellbeing', 'meeting'],
	'mapping.education.levels.*': LEVELS,
	'mapping.education.statuses.*': SCHOOL_STATUSES,
	'export.damaged.kinds.*': Object.keys(RECORD_KINDS),
	'backup.previewClients.*': ['added', 'updated'],
	'handover.kinds.*': ['client', 'mapping', 'exploration', 'plan', 'consent'],
	'handover.states.*': ['new', 'known', 'erasedHere', 'newerHere'],
	'mapping.work.types.*': EXPERIENCE_TYPES,
	'mapping.strengths.*': Object.keys(newMapping('x').strengths),
	'mapping.education.primary.*': PRIMARY_SCHOOL,
	'mapping.education.abroadLevel.*': ABROAD_COMPLETED,
	'mapping.stepStates.*': ['empty', 'started', 'notRelevant'],
	'mapping.interests.answer.*': ANSWER_VALUES,
	'exploring.nav.income.*': INCOME_SECURITY,
	'client.targetGroup.*': TARGET_GROUPS,
	'client.referrals.*': REFERRALS,
	'catalogue.end.*': ['fagbrev', 'svennebrev'],
	'catalogue.routes.*': ROUTES,
	'navSummary.ui.statuses.*': NAV_STATUSES,
	'exploring.options.*': ['route', 'length', 'pros', 'cons', 'clientView'],
	'pdf.terms.*.word': [
		'navAdviser',
		'fagbrev',
		'apprenticeship',
		'praksiskandidat',
		'fagbrevPaJobb',
		'laerekandidat',
		'adultEducation'
	],
	'pdf.terms.*.text': [
		'navAdviser',
		'fagbrev',
		'apprenticeship',
		'praksiskandidat',
		'fagbrevPaJobb',
		'laerekandidat',
		'adultEducation'
	],
	'backup.clients.*': ['added', 'updated', 'skipped'],
	'about.rule.*': Object.values(RULES).map((r) => r.id),
	'damaged.reasons.*': DAMAGE,
	'lock.strength.*': ['veryWeak', 'weak', 'fair', 'strong', 'veryStrong'],
	'damaged.kinds.*': KINDS,
	'session.kinds.*': SESSION_KINDS,
	'registration.genders.*': GENDERS,
	'registration.educationLevels.*': EDUCATION_LEVELS,
	'registration.experienceBands.*': EXPERIENCE_BANDS,
	'outcomes.kinds.*': OUTCOMES,
	'outcomes.points.p*': FOLLOW_UP_POINTS,
	'outcomes.states.*': ['recorded', 'overdue', 'due', 'later'],
	'statistics.period.kinds.*': ['quarter', 'half', 'year', 'custom'],
	// The titles of the statistics page's bar charts, one per count table.
	'statistics.*': [
		'sessionsByKind',
		'sessionsByMode',
		'modulesDone',
		'aims',
		'ageBands',
		'genders',
		'education',
		'experience',
		'situations',
		'referrals'
	],
	'*.*': CATEGORY_LABELS,
	// The outputs' sentences about sharing, worded from the consent log (contents.ts, SharingLine).
	'*.consent': ['pdf', 'navSummary'],
	'*.noConsent': ['pdf', 'navSummary'],
	'*.withdrawnOn': ['pdf', 'navSummary'],
	'*.consentNoSections': ['pdf', 'navSummary'],
	'*.noSections': ['pdf.ui', 'navSummary.ui'],
	'*.withdrawn': ['pdf.ui', 'navSummary.ui'],
	// PromptBox: `${prompts}.ask` / `.why` with prompts = "<module>.prompts.<step>".
	'*.why': [
		...MAPPING_STEPS.map((s) => `mapping.prompts.${s}`),
		...EXPLORING_STEPS.map((s) => `exploring.prompts.${s}`)
	],
	'*.ask': [
		...MAPPING_STEPS.map((s) => `mapping.prompts.${s}`),
		...EXPLORING_STEPS.map((s) => `exploring.prompts.${s}`)
	]
};

function flat(obj: object, prefix = ''): string[] {
	return Object.entries(obj).flatMap(([k, v]) =>
		v && typeof v === 'object' ? flat(v, `${prefix}${k}.`) : [`${prefix}${k}`]
	);
}
const LANGS = {
	nb: new Set(flat({ ...nbCore, ...nbModules }).map((k) => k.replace(/_(one|other|zero)$/, ''))),
	nn: new Set(flat({ ...nnCore, ...nnModules }).map((k) => k.replace(/_(one|other|zero)$/, ''))),
	en: new Set(flat({ ...enCore, ...enModules }).map((k) => k.replace(/_(one|other|zero)$/, '')))
};

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
		d.isDirectory() ? sourceFiles(join(dir, d.name)) : /\.(svelte|ts)$/.test(d.name) ? [join(dir, d.name)] : []
	);
}

describe('dynamically built i18n keys', () => {
	it('every pattern the code builds is listed here', () => {
		const found = new Set<string>();
		for (const file of sourceFiles('src')) {
			const code = readFileSync(file, 'utf8');
			for (const m of code.matchAll(/\bt\(\s*`([^`]+)`/g)) found.add(m[1]!.replace(/\$\{[^}]+\}/g, '*'));
			// Options for selects and choice groups: optionsFrom(CODES, 'prefix.*').
			for (const m of code.matchAll(/\boptionsFrom\(\s*[\w.]+,\s*'([^']+)'/g)) found.add(m[1]!);
		}
		expect([...found].filter((p) => !(p in PATTERNS)).sort()).toEqual([]);
	});

	it('each value of each pattern exists in bokmål, nynorsk and English', () => {
		const missing: string[] = [];
		for (const [pattern, values] of Object.entries(PATTERNS))
			for (const v of values) {
				// A tuple fills the stars in order (`${prefix}.${key}`).
				const key = Array.isArray(v)
					? v.reduce<string>((k, part) => k.replace('*', String(part)), pattern)
					: pattern.replace('*', String(v));
				for (const [lang, keys] of Object.entries(LANGS)) if (!keys.has(key)) missing.push(`${lang}: ${key}`);
			}
		expect(missing).toEqual([]);
	});
});

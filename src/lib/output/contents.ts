import { currentAdviser } from '../domain/client/client';
import type { ClientFile } from '../domain/client/client-export';
import {
	consentState,
	latestEntry,
	sharedSections,
	type ConsentSection,
	type ConsentState,
	type Purpose
} from '../domain/exploring/consent';
import { newPlan, type Plan } from '../domain/plan/plan';
import type { RouteKind } from '../domain/exploring/exploration';
import { sharedSummary } from '../domain/exploring/presentation';
import { rightsInput } from '../domain/exploring/open-routes';
import { areaName, goalPath, pathText, type RoutePath } from '../domain/exploring/route-path';
import type { Translate } from '../domain/common';
import type { Catalogue, Trade } from '../domain/catalogue/schema';
import { examFacts } from '../domain/rules/curriculum';
import { applicantTracks, educationRights, nextDeadlines } from '../domain/rules';
import type { Language } from '../domain/settings';
import type { NavSummaryInput } from './nav/nav-summary';
import type { PlanPdfInput } from './plan/plan-pdf';

/**
 * What goes into each output, decided in one place: pure functions from the
 * client's stored records, the consent and the language. The panels only call
 * these, so the tests of the outputs test the real assembly. Only sections the
 * client agreed to share for that output's purpose reach it; a withdrawn
 * consent shares nothing.
 */

function consentFor(file: ClientFile, purpose: Purpose) {
	const shared = sharedSections(file.consent, purpose);
	const entry = latestEntry(file.consent, purpose);
	return {
		summary: file.mapping ? sharedSummary(file.mapping, shared) : {},
		consent: entry && !entry.withdrawn ? { at: entry.at, sections: [...shared] } : null,
		consentLog: consentState(file.consent, purpose)
	};
}

/** The consent an output rests on: the shared sections (null when none may be shared) and the log's state. */
export interface ConsentInput {
	consent: { at: string; sections: ConsentSection[] } | null;
	/** Never decided, withdrawn on a date, or given: absent in older callers, then read from `consent`. */
	consentLog?: ConsentState;
}

/**
 * The output's sentence about sharing, worded from the consent log: never consented, withdrew on a
 * date, or consented to these sections (or to none of the mapping) – never «has not consented»
 * for a client who withdrew. `prefix` is the output's own texts: «pdf» or «navSummary».
 */
export function sharingSentence(
	prefix: 'pdf' | 'navSummary',
	input: ConsentInput,
	t: Translate,
	date: (iso: string) => string
): string {
	const log: ConsentState =
		input.consentLog ?? (input.consent ? { state: 'given', ...input.consent } : { state: 'never' });
	if (log.state === 'withdrawn') return t(`${prefix}.withdrawnOn`, { date: date(log.at) });
	if (log.state === 'never') return t(`${prefix}.noConsent`);
	return log.sections.length
		? t(`${prefix}.consent`, {
				sections: log.sections.map((c) => t(`exploring.consent.sections.${c}`)).join(', '),
				date: date(log.at)
			})
		: t(`${prefix}.consentNoSections`, { date: date(log.at) });
}

/**
 * «38 måneder arbeidserfaring, regnet som full stilling»: whole months, as the route rules count
 * them (the total weighs each month by its percentage). No line under one month – the jobs
 * themselves are listed – so never «0 måneder» nor «38,4 måneder».
 */
export function experienceLine(experience: { months: number } | undefined, t: Translate): string {
	const count = Math.round(experience?.months ?? 0);
	return count >= 1 ? t('pdf.experience', { count }) : '';
}

/** The school years still needed and the company time, with the areas named in the output's language. */
export interface NamedPath {
	path: RoutePath;
	names: Record<string, string>;
}

/** «Vg2 Elenergi og ekom (1 år) → 30 måneder i lære», or '' when the plan's route has no such path. */
export function pathLine(goal: { path?: NamedPath | null }, t: Translate): string {
	return goal.path ? pathText(goal.path.path, (code) => goal.path!.names[code] ?? code, t) : '';
}

/** The written exams before the trade test, counted in the trade's stored curriculum; 0 claims none. */
export type WrittenExams = number | 'several';

/** The plan's goal as every output shows it: occupation, route, the way through school, the exams first. */
export interface GoalInput {
	occupation: string;
	route: RouteKind | null;
	path?: NamedPath | null;
	exams?: WrittenExams;
}

/**
 * «Før fag- eller svenneprøven tar du en skriftlig eksamen i faget» for a praksiskandidat, whose
 * trade's curriculum («Sluttvurdering») requires it of everyone outside the normal route – which a
 * praksiskandidat always is (writtenExamFirst in rules/practice-rules.ts); '' when no curriculum
 * is stored for the trade, so nothing is claimed.
 */
export function examLine(goal: { exams?: WrittenExams }, t: Translate): string {
	if (!goal.exams) return '';
	return goal.exams === 'several' ? t('pdf.examsFirstSeveral') : t('pdf.examFirst', { count: goal.exams });
}

/** For a plan through school and a company to a trade in the catalogue: the concrete way, as module 2 shows it. */
function namedPath(
	file: ClientFile,
	plan: Plan,
	trade: Trade | undefined,
	catalogue: Catalogue | null | undefined,
	lang: Language
) {
	const path = goalPath(trade, plan.goal.route, file.mapping);
	if (!catalogue || !path) return null;
	return {
		path,
		names: Object.fromEntries(path.school.flatMap((s) => s.codes.map((c) => [c, areaName(catalogue, c, lang)])))
	};
}

/** What every output takes from the plan (a blank plan when none is stored yet). */
function planParts(file: ClientFile, lang: Language, catalogue?: Catalogue | null) {
	const plan = file.plan ?? newPlan(file.client.id);
	const trade = catalogue?.trades.find((tr) => tr.code === plan.goal.tradeCode);
	return {
		plan,
		parts: {
			goal: {
				occupation: plan.goal.occupation,
				route: plan.goal.route,
				path: namedPath(file, plan, trade, catalogue, lang) as NamedPath | null,
				exams: plan.goal.route === 'praksiskandidat' && trade?.curriculum ? examFacts(trade.curriculum).exams : 0
			},
			nextStep: plan.nextStep,
			nextStepId: plan.nextStepId,
			lengthMonths: plan.lengthMonths,
			steps: plan.steps,
			followUp: plan.followUp
		}
	};
}

/** Rights the client's own plan states in plain words (pdf.right.*); checks that need a birth year are left out. */
const PDF_RIGHTS = new Set([
	'youthRight.has',
	'voksenrett.has',
	'voksenrett.both',
	'voksenrett.notYet',
	'newQualification.has',
	'pabygging.has',
	'pabygging.unknownAge',
	'preparatory.has',
	'realkompetanse.right',
	'realkompetanse.viaNav'
]);

/** The client's rights to upper secondary education on the day the plan is made, as the rules find them. */
function rightsFor(file: ClientFile, day: Date) {
	const input = rightsInput(file.mapping, file.client.birthYear, day);
	return {
		rights: educationRights(input)
			.map((r) => ({ key: r.key.replace(/^rules\./, ''), values: r.values }))
			.filter((r) => PDF_RIGHTS.has(r.key))
			.map((r) => ({ key: `pdf.right.${r.key}`, values: r.values })),
		tracks: applicantTracks(file.client.birthYear, input.education, day)
	};
}

/**
 * The plan's own sensitive parts reach the client's PDF only as agreed for «I planen»: income
 * with «Økonomi», adaptations (often about health) with «Helse».
 */
function planPrivateParts(file: ClientFile, plan: Plan) {
	const shared = sharedSections(file.consent, 'plan');
	return {
		incomeSecurity: shared.has('finances') ? plan.incomeSecurity : '',
		adaptations: shared.has('health') ? plan.adaptations : []
	};
}

/** The client's plan PDF (and the fridge note), as agreed for "I planen". */
export function planPdfInput(
	file: ClientFile,
	lang: Language,
	made: string,
	adultIntake = '',
	catalogue?: Catalogue | null
): PlanPdfInput {
	const { plan, parts } = planParts(file, lang, catalogue);
	const adviser = currentAdviser(file.client);
	return {
		lang,
		clientName: file.client.name,
		made,
		...consentFor(file, 'plan'),
		...parts,
		deadlines: nextDeadlines(new Date(`${made}T12:00:00`)),
		...rightsFor(file, new Date(`${made}T12:00:00`)),
		adultIntake,
		companies: plan.companies,
		navAdviser: adviser ? { name: adviser.name, phone: adviser.phone, email: adviser.email } : null,
		planB: plan.planB,
		...planPrivateParts(file, plan)
	};
}

/** What the Nav summary shows of the plan without the client's consent to share with Nav: nothing. */
const NO_PLAN = {
	goal: { occupation: '', route: null, path: null, exams: 0 },
	nextStep: '',
	nextStepId: null,
	lengthMonths: null,
	steps: [],
	followUp: ''
};

/**
 * The Nav adviser's summary, as agreed for "Til Nav-veileder". The plan is shared with Nav only
 * when the client has agreed to share with Nav at all (a consent for that purpose, not withdrawn).
 */
export function navSummaryInput(
	file: ClientFile,
	lang: Language,
	made: string,
	catalogue?: Catalogue | null
): NavSummaryInput {
	const consent = consentFor(file, 'navSummary');
	const planShared = consent.consent !== null;
	return {
		lang,
		clientName: file.client.name,
		birthYear: file.client.birthYear,
		made,
		...consent,
		...(planShared ? planParts(file, lang, catalogue).parts : NO_PLAN),
		planShared
	};
}

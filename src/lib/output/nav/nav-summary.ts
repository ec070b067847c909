import { examLine, experienceLine, pathLine, sharingSentence, type ConsentInput, type GoalInput } from '../contents';
import { routeLength } from '../../domain/exploring/route-path';
import type { jsPDF as JsPdfType } from 'jspdf';
import { fitted, navDecisions } from '../../domain/plan/nav-activities';
import type { PlanStep } from '../../domain/plan/plan';
import type { SharedSummary } from '../../domain/exploring/presentation';
import type { Language } from '../../domain/settings';
import { clientPart } from '../../domain/client/file-name';
import { createWriter, dateFormatter, type PdfFonts } from '../pdf/pdf-writer';
import type { Translate as T } from '../../domain/common';

/**
 * "Sammendrag til Nav-veileder": one page the Nav adviser reads in two
 * minutes – goal, route, steps with owner and deadline, and what Nav is
 * asked to decide – with only the sections the client agreed to share with
 * Nav. The same content as plain text to paste into Nav's systems, and the
 * steps as activities shaped like Nav's activity plan.
 */

export interface NavSummaryInput {
	lang: Language;
	clientName: string;
	birthYear: number | null;
	made: string;
	summary: SharedSummary;
	goal: GoalInput;
	lengthMonths: number | null;
	nextStep: string;
	/** The step marked as the next one, if any. */
	nextStepId: string | null;
	steps: PlanStep[];
	followUp: string;
	consent: ConsentInput['consent'];
	consentLog?: ConsentInput['consentLog'];
	/**
	 * Whether the client agreed to share with Nav at all. Without it (never given, or withdrawn)
	 * nothing from the plan reaches Nav either: goal, steps and next step are free text that can
	 * hold health details. navSummaryInput leaves them out; the summary says why.
	 */
	planShared: boolean;
}

/** The summary's content once, for both the text and the PDF. */
function content(input: NavSummaryInput, t: T) {
	const date = dateFormatter(input.lang);
	const s = input.summary;
	const background: string[] = [];
	if (s.question?.text || s.question?.categories.length) {
		const categories = (s.question.categories ?? []).map((c) => t(`mapping.question.category.${c}`));
		background.push(
			`${t('exploring.consent.sections.question')}: ${[...categories, s.question.text].filter(Boolean).join('; ')}`
		);
	}
	if (s.education?.subjects.length) background.push(`${t('pdf.subjects')}: ${s.education.subjects.join(', ')}`);
	if (s.education?.abroad) background.push(`${t('mapping.education.abroad')}: ${s.education.abroad}`);
	const months = experienceLine(s.experience, t);
	if (months) background.push(months);
	if (s.experience?.entries.length)
		background.push(s.experience.entries.map((e) => [e.role, e.employer].filter(Boolean).join(', ')).join('; '));
	if (s.strengths?.qualities) background.push(s.strengths.qualities);
	if (s.interests?.top.length)
		background.push(
			`${t('navSummary.interests')}: ${s.interests.top.map((x) => t(`interests.types.${x}.name`)).join(', ')}`
		);
	if (s.goals?.goals) background.push(s.goals.goals);
	if (s.challenges && (s.challenges.list.length || s.challenges.other)) {
		const items = s.challenges.list.map((c) => t(`mapping.challenges.item.${c}`));
		background.push(
			`${t('exploring.consent.sections.challenges')}: ${[...items, s.challenges.other].filter(Boolean).join(', ')}`
		);
	}
	for (const area of ['health', 'finances', 'housing', 'family'] as const)
		if (s[area]) background.push(`${t(`mapping.life.${area}`)}: ${s[area]}`);
	const steps = input.steps
		.filter((x) => x.what.trim())
		.sort((a, b) => (a.deadline || '9999').localeCompare(b.deadline || '9999'))
		.map(
			(x) =>
				`${x.what} – ${x.owner ? t(`plan.owners.${x.owner}`) : t('pdf.noOwner')}${x.deadline ? `, ${date(x.deadline)}` : ''} (${t(`plan.statuses.${x.status}`)})`
		);
	const decide = navDecisions(input.steps).map(
		(x) =>
			`${x.what}${x.deadline ? ` – ${date(x.deadline)}` : ''}${x.needsFunding ? ` (${t('plan.needsFunding').toLowerCase()})` : ''}`
	);
	const path = pathLine(input.goal, t);
	const length = routeLength(input.goal.route, input.lengthMonths, t);
	const exam = examLine(input.goal, t);
	const route = input.goal.route
		? `${t(`exploring.routes.${input.goal.route}`)}${length ? `, ${length}` : ''}${path ? `: ${path}` : ''}${exam ? `. ${exam}` : ''}`
		: '';
	const consent = sharingSentence('navSummary', input, t, date);
	const planNote = input.planShared
		? ''
		: t(input.consentLog?.state === 'withdrawn' ? 'navSummary.noPlanWithdrawn' : 'navSummary.noPlanConsent');
	return { date, background, steps, decide, route, consent, planNote };
}

export function navSummaryText(input: NavSummaryInput, t: T): string {
	const c = content(input, t);
	const out = [
		`${t('navSummary.title')} – ${input.clientName}${input.birthYear ? ` (${input.birthYear})` : ''}`,
		t('pdf.made', { date: c.date(input.made) }),
		'',
		...(input.planShared
			? [
					`${t('navSummary.goal')}: ${input.goal.occupation || '–'}`,
					c.route ? `${t('pdf.route')}: ${c.route}` : '',
					input.nextStep ? `${t('pdf.nextStep')}: ${input.nextStep}` : '',
					'',
					`${t('navSummary.decide')}:`,
					...(c.decide.length ? c.decide.map((d) => `- ${d}`) : [`- ${t('navSummary.nothingToDecide')}`]),
					'',
					`${t('pdf.timeline')}:`,
					...c.steps.map((s) => `- ${s}`)
				]
			: [c.planNote]),
		...(c.background.length ? ['', `${t('navSummary.background')}:`, ...c.background.map((b) => `- ${b}`)] : []),
		input.followUp ? `\n${t('pdf.followUp', { date: c.date(input.followUp) })}` : '',
		'',
		c.consent
	];
	return (
		out
			.filter((line, i, all) => !(line === '' && all[i - 1] === ''))
			.join('\n')
			.trim() + '\n'
	);
}

/**
 * Sizes tried in turn until everything fits one page: type size and the longest text one item may
 * take. Every item the text version has is in the PDF; only its wording may be shortened, with a note.
 */
const FITS = [
	{ size: 10, itemMax: 300 },
	{ size: 9, itemMax: 220 },
	{ size: 8.5, itemMax: 150 },
	{ size: 8, itemMax: 110 }
] as const;

function drawNavSummary(
	JsPDF: typeof JsPdfType,
	fonts: PdfFonts,
	input: NavSummaryInput,
	t: T,
	fit: (typeof FITS)[number]
) {
	const c = content(input, t);
	const { size, itemMax } = fit;
	let cut = false;
	const clip = (s: string) => {
		const r = fitted(s, itemMax);
		cut ||= r.cut;
		return r.text;
	};
	const w = createWriter(JsPDF, fonts, {
		title: t('navSummary.title'),
		subject: t('navSummary.title'),
		keywords: 'Nav, plan',
		lang: input.lang
	});
	w.title(t('navSummary.title'), 18);
	w.text(
		`${input.clientName}${input.birthYear ? ` (${input.birthYear})` : ''} · ${t('pdf.made', { date: c.date(input.made) })}`,
		size
	);
	if (input.planShared) {
		w.heading(t('navSummary.goal'), size + 2);
		w.text(clip(input.goal.occupation) || '–', size + 1, 'bold');
		if (c.route) w.text(`${t('pdf.route')}: ${c.route}`, size);
		if (input.nextStep) w.text(`${t('pdf.nextStep')}: ${clip(input.nextStep)}`, size);
		w.heading(t('navSummary.decide'), size + 2);
		for (const d of c.decide.length ? c.decide : [t('navSummary.nothingToDecide')]) w.bullet(clip(d), size);
		if (c.steps.length) {
			w.heading(t('pdf.timeline'), size + 2);
			for (const s of c.steps) w.bullet(clip(s), size);
		}
	} else {
		w.y += 2;
		w.text(c.planNote, size, 'bold');
	}
	if (c.background.length) {
		w.heading(t('navSummary.background'), size + 2);
		for (const b of c.background) w.bullet(clip(b), size);
	}
	if (input.followUp && input.planShared) w.text(t('pdf.followUp', { date: c.date(input.followUp) }), size);
	if (cut) w.text(t('navSummary.shortened', { max: itemMax }), 8);
	w.y += 2;
	w.doc.setTextColor(73, 81, 94);
	w.text(c.consent, 8);
	return w;
}

export function buildNavSummaryPdf(
	JsPDF: typeof JsPdfType,
	fonts: PdfFonts,
	input: NavSummaryInput,
	t: T
): ArrayBuffer {
	let w = drawNavSummary(JsPDF, fonts, input, t, FITS[0]);
	for (const fit of FITS.slice(1)) {
		if (w.doc.getNumberOfPages() === 1) break;
		w = drawNavSummary(JsPDF, fonts, input, t, fit);
	}
	// Still more than a page at the smallest size: it flows on; nothing is dropped.
	return w.finish((n, total) => t('pdf.page', { n, total }));
}

const NAV_FILE: Record<Language, string> = { nb: 'sammendrag-nav', nn: 'samandrag-nav', en: 'summary-for-nav' };

export function navSummaryFileName(clientName: string, made: string, withName = false, lang: Language = 'nb'): string {
	return `${NAV_FILE[lang]}-${clientPart(clientName, withName)}${made}.pdf`;
}

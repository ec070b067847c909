import type { jsPDF as JsPdfType } from 'jspdf';
import type { ConsentSection } from '../domain/consent';
import type { RouteKind } from '../domain/exploration';
import { fitted, navActivities, navDecisions, type NavActivity } from '../domain/nav-summary';
import type { PlanStep } from '../domain/plan';
import type { SharedSummary } from '../domain/presentation';
import type { Language } from '../domain/settings';
import { clientPart } from '../domain/file-name';
import { createWriter, dateFormatter, type PdfFonts } from './pdf-writer';

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
	goal: { occupation: string; route: RouteKind | null };
	lengthMonths: number | null;
	nextStep: string;
	steps: PlanStep[];
	followUp: string;
	consent: { at: string; sections: ConsentSection[] } | null;
}

type T = (key: string, values?: Record<string, unknown>) => string;

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
	if (s.experience) background.push(t('pdf.experience', { months: s.experience.months }));
	if (s.experience?.entries.length)
		background.push(s.experience.entries.map((e) => [e.role, e.employer].filter(Boolean).join(', ')).join('; '));
	if (s.strengths?.qualities) background.push(s.strengths.qualities);
	if (s.interests?.top.length)
		background.push(`${t('pdf.interests')}: ${s.interests.top.map((x) => t(`interests.types.${x}.name`)).join(', ')}`);
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
		.map(
			(x) =>
				`${x.what} – ${x.owner ? t(`plan.owners.${x.owner}`) : t('pdf.noOwner')}${x.deadline ? `, ${date(x.deadline)}` : ''} (${t(`plan.statuses.${x.status}`)})`
		);
	const decide = navDecisions(input.steps).map(
		(x) =>
			`${x.what}${x.deadline ? ` – ${date(x.deadline)}` : ''}${x.needsFunding ? ` (${t('plan.needsFunding').toLowerCase()})` : ''}`
	);
	const route = input.goal.route
		? `${t(`exploring.routes.${input.goal.route}`)}${input.lengthMonths ? `, ${t('exploring.aboutMonths', { months: input.lengthMonths })}` : ''}`
		: '';
	const consent =
		input.consent && input.consent.sections.length
			? t('navSummary.consent', {
					sections: input.consent.sections.map((c) => t(`exploring.consent.sections.${c}`)).join(', '),
					date: date(input.consent.at)
				})
			: t('navSummary.noConsent');
	return { date, background, steps, decide, route, consent };
}

export function navSummaryText(input: NavSummaryInput, t: T): string {
	const c = content(input, t);
	const out = [
		`${t('navSummary.title')} – ${input.clientName}${input.birthYear ? ` (${input.birthYear})` : ''}`,
		t('pdf.made', { date: c.date(input.made) }),
		'',
		`${t('navSummary.goal')}: ${input.goal.occupation || '–'}`,
		c.route ? `${t('pdf.route')}: ${c.route}` : '',
		input.nextStep ? `${t('pdf.nextStep')}: ${input.nextStep}` : '',
		'',
		`${t('navSummary.decide')}:`,
		...(c.decide.length ? c.decide.map((d) => `- ${d}`) : [`- ${t('navSummary.nothingToDecide')}`]),
		'',
		`${t('pdf.timeline')}:`,
		...c.steps.map((s) => `- ${s}`),
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

/** Longest text one item may take on the one-page summary; the plan and the text version keep it whole. */
const ITEM_MAX = 300;

export function buildNavSummaryPdf(
	JsPDF: typeof JsPdfType,
	fonts: PdfFonts,
	input: NavSummaryInput,
	t: T
): ArrayBuffer {
	const c = content(input, t);
	let cut = false;
	const clip = (s: string) => {
		const r = fitted(s, ITEM_MAX);
		cut ||= r.cut;
		return r.text;
	};
	const w = createWriter(JsPDF, fonts, {
		title: `${t('navSummary.title')} – ${input.clientName}`,
		subject: t('navSummary.title'),
		keywords: 'Nav, plan',
		lang: input.lang
	});
	// One page: smaller type, and long lists are cut with a note rather than spilling over.
	w.text(t('navSummary.title'), 18, 'bold');
	w.text(
		`${input.clientName}${input.birthYear ? ` (${input.birthYear})` : ''} · ${t('pdf.made', { date: c.date(input.made) })}`,
		10
	);
	w.heading(t('navSummary.goal'), 12);
	w.text(clip(input.goal.occupation) || '–', 11, 'bold');
	if (c.route) w.text(`${t('pdf.route')}: ${c.route}`, 10);
	if (input.nextStep) w.text(`${t('pdf.nextStep')}: ${clip(input.nextStep)}`, 10);
	w.heading(t('navSummary.decide'), 12);
	for (const d of c.decide.length ? c.decide.slice(0, 6) : [t('navSummary.nothingToDecide')]) w.bullet(clip(d), 10);
	w.heading(t('pdf.timeline'), 12);
	for (const s of c.steps.slice(0, 10)) w.bullet(clip(s), 10);
	if (c.steps.length > 10) w.text(t('navSummary.more', { count: c.steps.length - 10 }), 9);
	if (c.background.length) {
		w.heading(t('navSummary.background'), 12);
		for (const b of c.background.slice(0, 6)) w.bullet(clip(b), 10);
	}
	if (input.followUp) w.text(t('pdf.followUp', { date: c.date(input.followUp) }), 10);
	if (cut) w.text(t('navSummary.shortened', { max: ITEM_MAX }), 8.5);
	w.y += 2;
	w.doc.setTextColor(73, 81, 94);
	w.text(c.consent, 8.5);
	return w.finish((n, total) => t('pdf.page', { n, total }));
}

export function navSummaryFileName(clientName: string, made: string, withName = false): string {
	return `sammendrag-nav-${clientPart(clientName, withName)}${made}.pdf`;
}

export type { NavActivity };
export { navActivities };

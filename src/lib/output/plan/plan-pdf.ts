import { examLine, experienceLine, pathLine, sharingSentence, type ConsentInput, type GoalInput } from '../contents';
import { routeLength } from '../../domain/exploring/route-path';
import { intakeContext, type Intake } from '../../domain/rules/deadlines';
import type { jsPDF as JsPdfType } from 'jspdf';
import type { PlanStep } from '../../domain/plan/plan';
import type { SharedSummary } from '../../domain/exploring/presentation';
import type { Language } from '../../domain/settings';
import { clientPart } from '../../domain/client/file-name';
import { ACCENT, BOTTOM, createWriter, dateFormatter, LEFT, WIDTH, type PdfFonts } from '../pdf/pdf-writer';
import type { Translate as T } from '../../domain/common';

export type { PdfFonts } from '../pdf/pdf-writer';

const DONE: [number, number, number] = [6, 137, 58];

/**
 * "Plan for veien videre": the client's own plan as an A4 PDF. A pure
 * function of the stored plan – jsPDF, the font bytes and the texts are passed
 * in, so the same code runs in the browser (loaded on demand) and in tests.
 * Unicode font embedded (Identity-H, subset by jsPDF), compressed, metadata
 * set; never encrypted, no form fields, no html(): Nav's upload needs plain,
 * extractable text.
 */

export interface PlanPdfInput {
	lang: Language;
	clientName: string;
	/** ISO date the PDF is made. */
	made: string;
	summary: SharedSummary;
	goal: GoalInput;
	nextStep: string;
	/** The step marked as the next one, if any. */
	nextStepId: string | null;
	lengthMonths: number | null;
	steps: PlanStep[];
	deadlines: Intake;
	/** Whether the client applies as a youth (fixed deadlines), as an adult (rolling), or may choose. */
	tracks: { youth: boolean; adult: boolean };
	/** The client's rights in plain words, as i18n keys (pdf.right.*) with values. */
	rights: { key: string; values: Record<string, string | number> }[];
	/** The county's start dates for adults, from Innstillinger; empty when not filled in. */
	adultIntake: string;
	companies: { name: string; contact: string; phone: string; email: string }[];
	navAdviser: { name: string; phone: string; email: string } | null;
	planB: string;
	/** Income during the plan, when the client agreed to share «Økonomi» in the plan. */
	incomeSecurity: string;
	/** Adaptations and who provides them, when the client agreed to share «Helse» in the plan. */
	adaptations: { what: string; provider: string }[];
	followUp: string;
	consent: ConsentInput['consent'];
	consentLog?: ConsentInput['consentLog'];
}

const PLAN_FILE: Record<Language, string> = {
	nb: 'plan-veien-videre',
	nn: 'plan-vegen-vidare',
	en: 'plan-the-way-forward'
};

/** `plan-veien-videre-<date>.pdf` in the plan's language, with the name when the counsellor has chosen names in file names. */
export function planPdfFileName(clientName: string, made: string, withName = false, lang: Language = 'nb'): string {
	return `${PLAN_FILE[lang]}-${clientPart(clientName, withName)}${made}.pdf`;
}

export function buildPlanPdf(JsPDF: typeof JsPdfType, fonts: PdfFonts, input: PlanPdfInput, t: T): ArrayBuffer {
	const date = dateFormatter(input.lang);
	const w = createWriter(JsPDF, fonts, {
		title: t('pdf.title'),
		subject: t('pdf.subject'),
		keywords: t('pdf.keywords'),
		lang: input.lang
	});
	const { doc, text, heading, bullet, font, lineH, ensure } = w;

	// Title
	doc.setTextColor(...ACCENT);
	w.title(t('pdf.title'), 24);
	doc.setTextColor(0, 0, 0);
	text(input.clientName, 14, 'bold');
	text(t('pdf.made', { date: date(input.made) }), 10);
	w.y += 2;

	// What you already have
	const s = input.summary;
	heading(t('pdf.have'));
	if (s.strengths) for (const v of [s.strengths.qualities, s.strengths.skills].filter(Boolean)) bullet(v);
	if (s.education?.subjects.length) bullet(`${t('pdf.subjects')}: ${s.education.subjects.join(', ')}`);
	if (s.education?.courses.length) bullet(`${t('pdf.courses')}: ${s.education.courses.join(', ')}`);
	if (s.education?.abroad) bullet(`${t('mapping.education.abroad')}: ${s.education.abroad}`);
	if (s.experience) {
		const months = experienceLine(s.experience, t);
		if (months) bullet(months);
		for (const e of s.experience.entries.slice(0, 6)) bullet([e.role, e.employer].filter(Boolean).join(', '));
	}
	if (s.interests?.top.length)
		bullet(`${t('pdf.interests')}: ${s.interests.top.map((x) => t(`interests.types.${x}.name`)).join(', ')}`);
	if (Object.keys(s).length === 0) text(t('pdf.haveNothing'), 11);

	// Goal
	heading(t('pdf.goal'));
	if (input.goal.occupation) text(input.goal.occupation, 13, 'bold');
	if (input.goal.route) {
		const months = routeLength(input.goal.route, input.lengthMonths, t);
		const length = months ? ` – ${months}` : '';
		text(`${t('pdf.route')}: ${t(`exploring.routes.${input.goal.route}`)}${length}`);
		const path = pathLine(input.goal, t);
		if (path) text(path);
		const exam = examLine(input.goal, t);
		if (exam) text(exam);
	}
	const marked = input.steps.find((st) => st.id === input.nextStepId && st.what.trim());
	if (input.nextStep || marked) {
		w.y += 1;
		text(t('pdf.nextStep'), 11, 'bold');
		if (marked) {
			const when = [marked.deadline ? date(marked.deadline) : '', marked.owner ? t(`plan.owners.${marked.owner}`) : '']
				.filter(Boolean)
				.join(' · ');
			text(when ? `${marked.what} – ${when}` : marked.what);
		}
		if (input.nextStep) text(input.nextStep);
	}

	// The route as a timeline: date, dot on a line, the step with who and status.
	const steps = [...input.steps]
		.filter((st) => st.what.trim())
		.sort((a, b) => (a.deadline || '9999').localeCompare(b.deadline || '9999'));
	if (steps.length) {
		heading(t('pdf.timeline'));
		const lineX = LEFT + 33;
		let first = true;
		// A table to a screen reader: each step a row, its date the row's header, the step and who its cell.
		const table = w.tags.add('Table');
		for (const st of steps) {
			font('normal', 11);
			const lines = doc.splitTextToSize(st.what, WIDTH - 40) as string[];
			// Keep a step on one page when it fits; a very long one starts with a few lines and flows on.
			ensure(lineH(11) * (Math.min(lines.length, 6) + 1) + 3);
			const row = w.tags.add('TR', table);
			const [dateCell, stepCell] = [w.tags.add('TH', row, { scope: 'Row' }), w.tags.add('TD', row)];
			w.tags.artifact(() => {
				doc.setDrawColor(...ACCENT).setLineWidth(0.6);
				if (!first) doc.line(lineX, w.y - 6, lineX, w.y - 1.5);
				const [r, g, b] = st.status === 'done' ? DONE : ACCENT;
				doc.setFillColor(r, g, b);
				doc.circle(lineX, w.y - 1.3, 1.6, 'F');
			}, 'Layout');
			font('bold', 10);
			w.tags.mark(dateCell);
			doc.text(st.deadline ? date(st.deadline) : t('pdf.noDate'), LEFT, w.y, { maxWidth: 30 });
			let top = w.y;
			font('bold', 11);
			for (const line of lines) {
				if (w.y + lineH(11) > BOTTOM) {
					w.tags.end();
					doc.addPage();
					w.y = top = 20;
					font('bold', 11);
				}
				w.tags.mark(stepCell);
				doc.text(line, lineX + 5, w.y);
				w.y += lineH(11);
			}
			ensure(lineH(10));
			font('normal', 10);
			w.tags.mark(stepCell);
			doc.text(
				[
					st.owner ? t(`plan.owners.${st.owner}`) : t('pdf.noOwner'),
					t(`plan.statuses.${st.status}`),
					st.needsNavDecision ? t('pdf.navDecides') : ''
				]
					.filter(Boolean)
					.join(' · '),
				lineX + 5,
				w.y
			);
			w.tags.end();
			w.y = Math.max(w.y, top) + lineH(10) + 3;
			first = false;
		}
	}

	// The client's rights under opplæringslova, in plain words with the paragraph.
	if (input.rights.length) {
		heading(t('pdf.rights'));
		for (const r of input.rights) bullet(t(r.key, r.values));
		text(t('pdf.rightsNote'), 10);
	}

	// Deadlines and contacts
	heading(t('pdf.deadlines'));
	if (input.tracks.youth)
		bullet(
			t('exploring.deadlines', {
				early: date(input.deadlines.early),
				ordinary: date(input.deadlines.ordinary),
				schoolYear: input.deadlines.schoolYear,
				...intakeContext(input.deadlines)
			})
		);
	if (input.tracks.adult)
		bullet(input.adultIntake ? t('pdf.deadlineAdultCounty', { intake: input.adultIntake }) : t('pdf.deadlineAdult'));
	if (input.followUp) bullet(t('pdf.followUp', { date: date(input.followUp) }));

	const contacts = [
		...(input.navAdviser?.name
			? [
					`${t('client.navAdviser')}: ${[input.navAdviser.name, input.navAdviser.phone, input.navAdviser.email].filter(Boolean).join(', ')}`
				]
			: []),
		...input.companies
			.filter((c) => c.name)
			.map((c) => [c.name, c.contact, c.phone, c.email].filter(Boolean).join(', '))
	];
	if (contacts.length) {
		heading(t('pdf.contacts'));
		for (const c of contacts) bullet(c);
	}
	if (input.incomeSecurity.trim()) {
		heading(t('pdf.income'));
		text(input.incomeSecurity);
	}
	const adaptations = input.adaptations.filter((a) => a.what.trim());
	if (adaptations.length) {
		heading(t('pdf.adaptations'));
		for (const a of adaptations) bullet([a.what, a.provider].filter(Boolean).join(' – '));
	}
	if (input.planB) {
		heading(t('plan.planB'));
		text(input.planB);
	}

	// Glossary of the terms this plan uses.
	const terms = new Set<string>(['navAdviser', 'fagbrev']);
	for (const r of [input.goal.route])
		if (r && ['apprenticeship', 'praksiskandidat', 'fagbrevPaJobb', 'laerekandidat', 'adultEducation'].includes(r))
			terms.add(r);
	const closing = sharingSentence('pdf', input, t, date);
	// The glossary and the closing consent sentence stay together, so no page holds the sentence alone.
	const glossary = [...terms].map((term) => `${t(`pdf.terms.${term}.word`)}: ${t(`pdf.terms.${term}.text`)}`);
	font('normal', 11);
	const glossaryLines = glossary.reduce((n, g) => n + (doc.splitTextToSize(g, WIDTH - 6) as string[]).length, 0);
	font('normal', 9);
	const closingLines = (doc.splitTextToSize(closing, WIDTH) as string[]).length;
	ensure(16 + 5 + glossaryLines * lineH(11) + 3 + closingLines * lineH(9));
	heading(t('pdf.glossary'));
	for (const g of glossary) bullet(g);

	// Consent line
	w.y += 3;
	doc.setTextColor(73, 81, 94);
	text(closing, 9);
	doc.setTextColor(0, 0, 0);

	return w.finish((n, total) => t('pdf.page', { n, total }));
}

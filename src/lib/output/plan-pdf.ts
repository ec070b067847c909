import type { jsPDF as JsPdfType } from 'jspdf';
import type { ConsentSection } from '../domain/consent';
import type { RouteKind } from '../domain/exploration';
import type { PlanStep } from '../domain/plan';
import type { SharedSummary } from '../domain/presentation';
import type { Language } from '../domain/settings';

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
	goal: { occupation: string; route: RouteKind | null };
	nextStep: string;
	lengthMonths: number | null;
	steps: PlanStep[];
	deadlines: { early: string; ordinary: string };
	companies: { name: string; contact: string; phone: string; email: string }[];
	navAdviser: { name: string; phone: string; email: string } | null;
	planB: string;
	followUp: string;
	consent: { at: string; sections: ConsentSection[] } | null;
}

export interface PdfFonts {
	regular: Uint8Array;
	bold: Uint8Array;
}

type T = (key: string, values?: Record<string, unknown>) => string;

const PAGE_H = 297;
const LEFT = 20;
const WIDTH = 170;
const BOTTOM = 280;
const ACCENT: [number, number, number] = [0, 52, 125];
const DONE: [number, number, number] = [6, 137, 58];

const base64 = (bytes: Uint8Array) => {
	let s = '';
	for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(s);
};

export function planPdfFileName(clientName: string, made: string): string {
	const slug =
		clientName
			.toLowerCase()
			.replace(/æ/g, 'ae')
			.replace(/ø/g, 'o')
			.replace(/å/g, 'a')
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 40) || 'plan';
	return `plan-veien-videre-${slug}-${made}.pdf`;
}

export function buildPlanPdf(JsPDF: typeof JsPdfType, fonts: PdfFonts, input: PlanPdfInput, t: T): ArrayBuffer {
	const locale = input.lang === 'en' ? 'en-GB' : `${input.lang}-NO`;
	const date = (iso: string) => (iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(`${iso.slice(0, 10)}T12:00:00`)) : '');
	const doc = new JsPDF({ unit: 'mm', format: 'a4', compress: true });
	doc.addFileToVFS('SourceSans-Regular.ttf', base64(fonts.regular));
	doc.addFont('SourceSans-Regular.ttf', 'SourceSans', 'normal');
	doc.addFileToVFS('SourceSans-Bold.ttf', base64(fonts.bold));
	doc.addFont('SourceSans-Bold.ttf', 'SourceSans', 'bold');
	doc.setProperties({
		title: `${t('pdf.title')} – ${input.clientName}`,
		subject: t('pdf.subject'),
		author: 'Veivalg',
		creator: 'Veivalg',
		keywords: t('pdf.keywords')
	});
	// jsPDF knows 'nb', 'nn' and 'en-GB' as PDF /Lang codes.
	doc.setLanguage((input.lang === 'en' ? 'en-GB' : input.lang) as Parameters<typeof doc.setLanguage>[0]);

	let y = 20;
	const font = (weight: 'normal' | 'bold', size: number) => doc.setFont('SourceSans', weight).setFontSize(size);
	const lineH = (size: number) => size * 0.45;
	const ensure = (h: number) => {
		if (y + h > BOTTOM) {
			doc.addPage();
			y = 20;
		}
	};
	const text = (s: string, size = 11, weight: 'normal' | 'bold' = 'normal', x = LEFT, width = WIDTH) => {
		font(weight, size);
		for (const line of doc.splitTextToSize(s, width) as string[]) {
			ensure(lineH(size));
			doc.text(line, x, y);
			y += lineH(size);
		}
	};
	const heading = (s: string) => {
		ensure(16);
		y += 4;
		doc.setTextColor(...ACCENT);
		text(s, 15, 'bold');
		doc.setTextColor(0, 0, 0);
		y += 1;
	};
	const bullet = (s: string) => {
		font('normal', 11);
		const lines = doc.splitTextToSize(s, WIDTH - 6) as string[];
		ensure(lineH(11) * Math.min(lines.length, 3));
		doc.text('•', LEFT + 1, y);
		for (const line of lines) {
			ensure(lineH(11));
			doc.text(line, LEFT + 6, y);
			y += lineH(11);
		}
	};

	// Title
	doc.setTextColor(...ACCENT);
	text(t('pdf.title'), 24, 'bold');
	doc.setTextColor(0, 0, 0);
	text(input.clientName, 14, 'bold');
	text(t('pdf.made', { date: date(input.made) }), 10);
	y += 2;

	// What you already have
	const s = input.summary;
	heading(t('pdf.have'));
	if (s.strengths) for (const v of [s.strengths.qualities, s.strengths.skills].filter(Boolean)) bullet(v);
	if (s.education?.subjects.length) bullet(`${t('pdf.subjects')}: ${s.education.subjects.join(', ')}`);
	if (s.education?.courses.length) bullet(`${t('pdf.courses')}: ${s.education.courses.join(', ')}`);
	if (s.experience) {
		bullet(t('pdf.experience', { months: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(s.experience.months) }));
		for (const e of s.experience.entries.slice(0, 6)) bullet([e.role, e.employer].filter(Boolean).join(', '));
	}
	if (s.interests?.top.length) bullet(`${t('pdf.interests')}: ${s.interests.top.map((x) => t(`interests.types.${x}.name`)).join(', ')}`);
	if (Object.keys(s).length === 0) text(t('pdf.haveNothing'), 11);

	// Goal
	heading(t('pdf.goal'));
	if (input.goal.occupation) text(input.goal.occupation, 13, 'bold');
	if (input.goal.route) text(`${t('pdf.route')}: ${t(`exploring.routes.${input.goal.route}`)}${input.lengthMonths ? ` – ${t('exploring.aboutMonths', { months: input.lengthMonths })}` : ''}`);
	if (input.nextStep) {
		y += 1;
		text(t('pdf.nextStep'), 11, 'bold');
		text(input.nextStep);
	}

	// The route as a timeline: date, dot on a line, the step with who and status.
	const steps = [...input.steps].filter((st) => st.what.trim()).sort((a, b) => (a.deadline || '9999').localeCompare(b.deadline || '9999'));
	if (steps.length) {
		heading(t('pdf.timeline'));
		const lineX = LEFT + 33;
		let first = true;
		for (const st of steps) {
			font('normal', 11);
			const lines = doc.splitTextToSize(st.what, WIDTH - 40) as string[];
			const h = lineH(11) * (lines.length + 1) + 3;
			ensure(h);
			doc.setDrawColor(...ACCENT).setLineWidth(0.6);
			if (!first) doc.line(lineX, y - 6, lineX, y - 1.5);
			const [r, g, b] = st.status === 'done' ? DONE : ACCENT;
			doc.setFillColor(r, g, b);
			doc.circle(lineX, y - 1.3, 1.6, 'F');
			font('bold', 10);
			doc.text(st.deadline ? date(st.deadline) : t('pdf.noDate'), LEFT, y, { maxWidth: 30 });
			const top = y;
			font('bold', 11);
			for (const line of lines) {
				doc.text(line, lineX + 5, y);
				y += lineH(11);
			}
			font('normal', 10);
			doc.text(
				[st.owner ? t(`plan.owners.${st.owner}`) : t('pdf.noOwner'), t(`plan.statuses.${st.status}`), st.needsNavDecision ? t('pdf.navDecides') : ''].filter(Boolean).join(' · '),
				lineX + 5,
				y
			);
			y = Math.max(y, top) + lineH(10) + 3;
			first = false;
		}
	}

	// Deadlines and contacts
	heading(t('pdf.deadlines'));
	bullet(t('exploring.deadlines', { early: date(input.deadlines.early), ordinary: date(input.deadlines.ordinary) }));
	if (input.followUp) bullet(t('pdf.followUp', { date: date(input.followUp) }));

	const contacts = [
		...(input.navAdviser?.name ? [`${t('client.navAdviser')}: ${[input.navAdviser.name, input.navAdviser.phone, input.navAdviser.email].filter(Boolean).join(', ')}`] : []),
		...input.companies.filter((c) => c.name).map((c) => [c.name, c.contact, c.phone, c.email].filter(Boolean).join(', '))
	];
	if (contacts.length) {
		heading(t('pdf.contacts'));
		for (const c of contacts) bullet(c);
	}
	if (input.planB) {
		heading(t('plan.planB'));
		text(input.planB);
	}

	// Glossary of the terms this plan uses.
	const terms = new Set<string>(['navAdviser', 'fagbrev']);
	for (const r of [input.goal.route]) if (r && ['apprenticeship', 'praksiskandidat', 'fagbrevPaJobb', 'laerekandidat', 'adultEducation'].includes(r)) terms.add(r);
	heading(t('pdf.glossary'));
	for (const term of terms) bullet(`${t(`pdf.terms.${term}.word`)}: ${t(`pdf.terms.${term}.text`)}`);

	// Consent line
	y += 3;
	font('normal', 9);
	doc.setTextColor(73, 81, 94);
	text(
		input.consent && input.consent.sections.length
			? t('pdf.consent', { sections: input.consent.sections.map((c) => t(`exploring.consent.sections.${c}`)).join(', '), date: date(input.consent.at) })
			: t('pdf.noConsent'),
		9
	);
	doc.setTextColor(0, 0, 0);

	// Page numbers
	const pages = doc.getNumberOfPages();
	for (let i = 1; i <= pages; i++) {
		doc.setPage(i);
		font('normal', 9);
		doc.text(t('pdf.page', { n: i, total: pages }), LEFT + WIDTH, PAGE_H - 10, { align: 'right' });
	}
	return doc.output('arraybuffer');
}

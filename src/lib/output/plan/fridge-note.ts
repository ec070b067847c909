import type { Language } from '../../domain/settings';
import { pathLine } from '../contents';
import type { jsPDF as JsPdfType } from 'jspdf';
import { fitted } from '../../domain/plan/nav-activities';
import { clientPart } from '../../domain/client/file-name';
import { ACCENT, createWriter, dateFormatter, LEFT, WIDTH, type PdfFonts } from '../pdf/pdf-writer';
import type { PlanPdfInput } from './plan-pdf';
import type { Translate as T } from '../../domain/common';

/**
 * "Kjøleskapslapp": the plan on one page in large type, for clients with
 * little reading stamina (a one-page note the client keeps on the fridge, as
 * some Nav offices use): the goal, the next step with date and who, the next
 * few steps, the deadlines, who to call. Made from the same input as the full
 * plan – the stored plan and the consent – and never stored. Long texts are
 * shortened so it always stays one page; the full plan has them whole.
 */

const OPEN = new Set(['planned', 'applied', 'approved', 'inProgress']);

const FRIDGE_FILE: Record<Language, string> = { nb: 'kjoleskapslapp', nn: 'kjoleskapslapp', en: 'fridge-note' };

export function fridgeNoteFileName(clientName: string, made: string, withName = false, lang: Language = 'nb'): string {
	return `${FRIDGE_FILE[lang]}-${clientPart(clientName, withName)}${made}.pdf`;
}

/** What goes on the note, decided once (tested apart from the drawing). */
export function fridgeNoteContent(input: PlanPdfInput, t: T) {
	const date = dateFormatter(input.lang);
	const clip = (s: string, max: number) => fitted(s, max).text;
	const open = input.steps
		.filter((s) => s.what.trim() && OPEN.has(s.status))
		.sort((a, b) => (a.deadline || '9999').localeCompare(b.deadline || '9999'));
	const who = (owner: string | null) => (owner ? t(`plan.owners.${owner}`) : t('pdf.noOwner'));
	// The next step: the one the counsellor marked, with its date and owner; else «Neste steg» written
	// on its own, standing alone; else the earliest open step. Every other open step follows under «Etterpå».
	const own = input.nextStep.trim();
	const marked = open.find((s) => s.id === input.nextStepId);
	const first = marked ?? (own ? undefined : open[0]);
	const rest = open.filter((s) => s !== first);
	const next = (marked ? marked.what : own) || first?.what || '';
	// Three lines for the steps after: three steps, or two and how many more there are.
	const shown = rest.slice(0, rest.length > 3 ? 2 : 3);
	return {
		goal: clip(input.goal.occupation, 90),
		path: clip(pathLine(input.goal, t), 140),
		next: next ? clip(next, 140) : '',
		nextWhen: first ? [first.deadline ? date(first.deadline) : '', who(first.owner)].filter(Boolean).join(' · ') : '',
		then: [
			...shown.map((s) => `${clip(s.what, 90)}${s.deadline ? ` – ${date(s.deadline)}` : ''}`),
			...(rest.length > shown.length ? [t('fridge.more', { count: rest.length - shown.length })] : [])
		],
		deadlines: [
			// Youth deadlines are fixed dates; an adult applies at any time. With both, the early date gives way.
			// The early date only while it is still ahead: never a date of the next intake beside this one's.
			...(input.tracks.youth && !input.tracks.adult && !input.deadlines.earlyPassed
				? [t('fridge.deadline', { what: t('fridge.applyEarly'), date: date(input.deadlines.early) })]
				: []),
			...(input.tracks.youth
				? [t('fridge.deadline', { what: t('fridge.applyOrdinary'), date: date(input.deadlines.ordinary) })]
				: []),
			...(input.tracks.adult
				? [input.adultIntake ? t('fridge.applyAdultCounty', { intake: input.adultIntake }) : t('fridge.applyAdult')]
				: []),
			...(input.followUp ? [t('fridge.deadline', { what: t('fridge.followUp'), date: date(input.followUp) })] : [])
		],
		contacts: [
			...(input.navAdviser?.name
				? [`${t('client.navAdviser')}: ${[input.navAdviser.name, input.navAdviser.phone].filter(Boolean).join(', ')}`]
				: []),
			...input.companies
				.filter((c) => c.name)
				.slice(0, 2)
				.map((c) => clip([c.name, c.contact, c.phone].filter(Boolean).join(', '), 90))
		]
	};
}

export function buildFridgeNote(JsPDF: typeof JsPdfType, fonts: PdfFonts, input: PlanPdfInput, t: T): ArrayBuffer {
	const c = fridgeNoteContent(input, t);
	const w = createWriter(JsPDF, fonts, {
		title: t('fridge.title'),
		subject: t('fridge.subject'),
		keywords: t('pdf.keywords'),
		lang: input.lang
	});
	const { doc } = w;
	const label = (s: string) => {
		w.y += 7;
		doc.setTextColor(...ACCENT);
		w.text(s.toUpperCase(), 12, 'bold', LEFT, WIDTH, 'H2');
		doc.setTextColor(0, 0, 0);
		w.y += 1;
	};
	/** Large type: move down by the line's height first, so it never touches the label above. */
	const big = (s: string, size: number, weight: 'normal' | 'bold', x = LEFT, width = WIDTH) => {
		w.y += size * 0.3;
		w.text(s, size, weight, x, width);
	};
	doc.setTextColor(...ACCENT);
	w.title(t('fridge.title'), 30);
	doc.setTextColor(73, 81, 94);
	w.text(`${input.clientName} · ${t('pdf.made', { date: dateFormatter(input.lang)(input.made) })}`, 12);
	doc.setTextColor(0, 0, 0);

	label(t('fridge.goal'));
	big(c.goal || t('fridge.noGoal'), 26, 'bold');
	if (c.path) big(c.path, 16, 'normal');

	label(t('fridge.next'));
	// The next step stands out: a box around it.
	const top = w.y - 3;
	w.y += 3;
	big(c.next || t('fridge.noNext'), 21, 'bold', LEFT + 5, WIDTH - 10);
	if (c.nextWhen) big(c.nextWhen, 16, 'normal', LEFT + 5, WIDTH - 10);
	w.tags.artifact(() => {
		doc.setDrawColor(...ACCENT).setLineWidth(1);
		doc.roundedRect(LEFT, top, WIDTH, w.y - top, 3, 3, 'S');
	}, 'Layout');
	w.y += 3;

	const list = (items: string[]) => {
		for (const s of items) {
			w.y += 1.5;
			w.bullet(s, 16);
		}
	};
	if (c.then.length) {
		label(t('fridge.then'));
		list(c.then);
	}
	label(t('fridge.deadlines'));
	list(c.deadlines);
	if (c.contacts.length) {
		label(t('fridge.contacts'));
		list(c.contacts);
	}
	return w.finish(() => '');
}

import { jsPDF } from 'jspdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { newClient } from '$lib/domain/client/client';
import type { ClientFile } from '$lib/domain/client/client-export';
import { blankItem } from '$lib/domain/common';
import {
	CONSENT_SECTIONS,
	newConsent,
	recordConsent,
	withdrawConsent,
	type ConsentSection,
	type Purpose
} from '$lib/domain/exploring/consent';
import { newMapping, upperSecondarySchema } from '$lib/domain/mapping/mapping';
import raw from '$lib/domain/catalogue/catalogue.json';
import { catalogueSchema } from '$lib/domain/catalogue/schema';
import { NAV_LIMITS } from '$lib/domain/plan/nav-activities';
import { newPlan, planStepSchema } from '$lib/domain/plan/plan';
import { navSummaryInput, pathLine, planPdfInput } from '$lib/output/contents';
import { examFacts } from '$lib/domain/rules/curriculum';
import { buildFridgeNote } from '$lib/output/plan/fridge-note';
import { navActivities } from '$lib/domain/plan/nav-activities';
import { buildNavSummaryPdf, navSummaryText } from '$lib/output/nav/nav-summary';
import { buildPlanPdf } from '$lib/output/plan/plan-pdf';
import { extract, fonts, texts, type T } from './pdf-kit';

/**
 * The real assembly of both outputs from stored records, run over consent
 * combinations: text from a section the client did not agree to share for
 * that output reaches no output, in any form.
 */

let t: T;
beforeAll(async () => {
	t = (await texts())('nb');
});

/** One distinct marker per consent section, placed in the mapping field that section shares. */
const MARK: Record<ConsentSection, string> = Object.fromEntries(
	CONSENT_SECTIONS.map((s) => [s, `SEKSJON${s.toUpperCase()}`])
) as never;

function file(consentLog: (c: ReturnType<typeof newConsent>) => ReturnType<typeof newConsent>): ClientFile {
	const client = newClient('Nora Haugen');
	const m = newMapping(client.id);
	m.question.text = MARK.question;
	m.education.abroad = `Vidaregåande i Polen (liceum) ${MARK.education}UTLAND`;
	m.education.subjectsPassed.push({ id: 's', name: MARK.education, grade: '' });
	m.experience.push({
		id: 'e',
		type: 'job',
		employer: MARK.experience,
		role: 'Hjelper',
		start: '2021-01',
		end: '2021-12',
		percent: 100,
		tasks: '',
		relevantFor: []
	});
	m.strengths.qualities = MARK.strengths;
	m.interests.text = MARK.interests;
	m.goals.goals = MARK.goals;
	m.challenges.other = MARK.challenges;
	m.life = { health: MARK.health, finances: MARK.finances, housing: MARK.housing, family: MARK.family };
	const plan = newPlan(client.id);
	plan.goal.occupation = 'Tømrer';
	plan.steps.push({ ...blankItem(planStepSchema), what: 'Søke læreplass', owner: 'client' });
	return { client, sessions: [], mapping: m, plan, consent: consentLog(newConsent(client.id)) };
}

const pdfText = (bytes: ArrayBuffer) => extract(bytes).text;

/** Everything each purpose's output lets out, as text. */
function outputs(f: ClientFile): Record<Exclude<Purpose, 'presentation'>, string> {
	const plan = pdfText(buildPlanPdf(jsPDF, fonts, planPdfInput(f, 'nb', '2026-11-22'), t));
	const nav = navSummaryInput(f, 'nb', '2026-11-22');
	const navText = [
		navSummaryText(nav, t),
		pdfText(buildNavSummaryPdf(jsPDF, fonts, nav, t)),
		JSON.stringify(navActivities(nav.steps, nav.goal.occupation, t))
	].join('\n');
	return { plan, navSummary: navText };
}

const leaked = (text: string, allowed: ConsentSection[]) =>
	CONSENT_SECTIONS.filter((s) => !allowed.includes(s) && text.includes(MARK[s]));

describe('outputs are pure functions of the stored records and the consent', () => {
	it('consent never given: neither output carries anything from the mapping', () => {
		const out = outputs(file((c) => c));
		expect(leaked(out.plan, [])).toEqual([]);
		expect(leaked(out.navSummary, [])).toEqual([]);
		expect(out.navSummary).toContain('Veisøkeren har ikke valgt å dele opplysninger fra kartleggingen med Nav.');
	});

	it('given for one purpose: that output has exactly those sections, the other none', () => {
		const f = file((c) => recordConsent(c, 'plan', ['strengths', 'experience']));
		const out = outputs(f);
		expect(out.plan).toContain(MARK.strengths);
		expect(out.plan).toContain(MARK.experience);
		expect(leaked(out.plan, ['strengths', 'experience'])).toEqual([]);
		expect(leaked(out.navSummary, [])).toEqual([]);
		expect(planPdfInput(f, 'nb', '2026-11-22').consent?.sections.sort()).toEqual(['experience', 'strengths']);
	});

	it('given, then withdrawn: nothing, and no consent line claiming otherwise', () => {
		const f = file((c) =>
			withdrawConsent(
				recordConsent(recordConsent(c, 'plan', [...CONSENT_SECTIONS]), 'navSummary', [...CONSENT_SECTIONS]),
				'navSummary'
			)
		);
		const out = outputs(f);
		expect(leaked(out.navSummary, [])).toEqual([]);
		expect(navSummaryInput(f, 'nb', '2026-11-22').consent).toBeNull();
		// The plan's consent stands: a withdrawal for Nav does not touch it.
		expect(out.plan).toContain(MARK.strengths);
	});

	it('sensitive sections reach Nav only when turned on for Nav, section by section', () => {
		for (const sensitive of ['health', 'finances', 'housing', 'family', 'challenges'] as const) {
			const out = outputs(file((c) => recordConsent(c, 'navSummary', ['goals', sensitive])));
			expect(leaked(out.navSummary, ['goals', sensitive]), sensitive).toEqual([]);
			expect(out.navSummary, sensitive).toContain(MARK[sensitive]);
		}
	});

	it('without consent to share with Nav – never given, or withdrawn – no plan free text reaches Nav, and the summary says why', () => {
		const never = file((c) => recordConsent(c, 'plan', ['strengths']));
		const withdrawn = file((c) => withdrawConsent(recordConsent(c, 'navSummary', ['goals']), 'navSummary'));
		for (const f of [never, withdrawn]) {
			f.plan!.nextStep = 'NESTESTEG helsetime først';
			f.plan!.followUp = '2027-02-02';
			const out = outputs(f);
			for (const s of ['Tømrer', 'Søke læreplass', 'NESTESTEG', '2. februar 2027'])
				expect(out.navSummary, s).not.toContain(s);
			// The sentence follows the log: never consented, or withdrew on a date – never «has not consented» after a withdrawal.
			expect(out.navSummary.replace(/\s+/g, ' ')).toMatch(
				f === never
					? /Veisøkeren har ikke samtykket til å dele med Nav\./
					: /Veisøkeren trakk tilbake samtykket til å dele med Nav \d{1,2}\. \p{L}+ \d{4}\./u
			);
			if (f === withdrawn) {
				// Read on its own: the summary draws this line above the one with the date.
				expect(out.navSummary).toContain(
					'Sammendraget viser ingenting fra kartleggingen eller planen: samtykket til å dele med Nav er trukket tilbake.'
				);
				expect(out.navSummary).not.toContain('har ikke samtykket');
			}
			expect(navActivities(navSummaryInput(f, 'nb', '2026-11-22').steps, '', t)).toEqual([]);
			// The client's own plan still has it.
			expect(out.plan).toContain('Søke læreplass');
			expect(out.plan).toContain('NESTESTEG');
		}
		// Given for Nav (even with no section from the mapping): the plan goes to Nav.
		const given = outputs(file((c) => recordConsent(c, 'navSummary', [])));
		expect(given.navSummary).toContain('Søke læreplass');
		expect(given.navSummary).toContain('Tømrer');
	});

	it('the glossary never grants a right: a client who completed upper secondary (§ 18-4, not § 18-3) is not told «Du har rett til den»', () => {
		const f = file((c) => recordConsent(c, 'plan', []));
		f.plan!.goal.route = 'adultEducation';
		f.client.birthYear = 1990;
		f.mapping!.education.upperSecondary = [
			{ ...blankItem(upperSecondarySchema), programme: 'ST', level: 'completed', status: 'passed' }
		];
		const text = outputs(f).plan.replace(/\s+/g, ' ');
		expect(text).toContain('Voksenopplæring: videregående opplæring tilpasset voksne, ofte kortere.');
		expect(text).not.toMatch(/Du har rett til den fra skoleåret/);
		expect(text).not.toMatch(/§ ?18-3/);
	});

	it('a client with no work experience gets no «0 måneder arbeidserfaring» line in either output', () => {
		const f = file((c) => recordConsent(recordConsent(c, 'plan', ['experience']), 'navSummary', ['experience']));
		f.mapping!.experience = [];
		const out = outputs(f);
		for (const text of [out.plan, out.navSummary])
			expect(text.replace(/\s+/g, ' ')).not.toMatch(/\b0 måneder arbeidserfaring/);
		// With work, the line is there.
		const worked = outputs(file((c) => recordConsent(c, 'plan', ['experience'])));
		expect(worked.plan.replace(/\s+/g, ' ')).toMatch(/\d+ måneder arbeidserfaring/);
	});

	it('work experience reads in whole months, counted as full time: no «38,4 måneder», no «1 måneder»', () => {
		const both = (periods: [string, string, number][]) => {
			const f = file((c) => recordConsent(recordConsent(c, 'plan', ['experience']), 'navSummary', ['experience']));
			f.mapping!.experience = periods.map(([start, end, percent], i) => ({
				...f.mapping!.experience[0]!,
				id: `e${i}`,
				start,
				end,
				percent
			}));
			const out = outputs(f);
			return [out.plan, out.navSummary].map((text) => text.replace(/\s+/g, ' '));
		};
		// 48 months at 80 % is 38.4 months of full time.
		for (const text of both([['2019-01', '2022-12', 80]]))
			expect(text).toContain('38 måneder arbeidserfaring, regnet som full stilling');
		for (const text of both([['2021-01', '2021-01', 100]])) {
			expect(text).toContain('1 måned arbeidserfaring, regnet som full stilling');
			expect(text).not.toMatch(/1 måneder/);
		}
		// Two months at 20 %: under one month of full time, so no count; the job itself is listed.
		for (const text of both([['2021-01', '2021-02', 20]])) {
			expect(text).not.toMatch(/\d+(,\d)? måned(er)? arbeidserfaring/);
			expect(text).toContain(MARK.experience);
		}
	});

	it('the Nav PDF carries every item of the text version, for a client who shared everything', () => {
		const f = file((c) => recordConsent(c, 'navSummary', [...CONSENT_SECTIONS]));
		f.mapping!.life.finances = 'Mottar AAP.';
		for (let i = 1; i <= 14; i++)
			f.plan!.steps.push({
				...blankItem(planStepSchema),
				what: `Steg nummer ${i} i planen`,
				owner: 'counsellor',
				deadline: `2027-0${1 + (i % 9)}-1${i % 10}`,
				needsNavDecision: i % 4 === 0
			});
		const nav = navSummaryInput(f, 'nb', '2026-11-22');
		const text = navSummaryText(nav, t);
		const pdf = pdfText(buildNavSummaryPdf(jsPDF, fonts, nav, t)).replace(/\s+/g, ' ');
		const items = text
			.split('\n')
			.filter((l) => l.startsWith('- '))
			.map((l) => l.slice(2).replace(/\s+/g, ' '));
		expect(items.length).toBeGreaterThan(25);
		for (const item of items) expect(pdf, item).toContain(item.slice(0, 40).trim());
		expect(pdf).toContain('Økonomi: Mottar AAP.');
		// …and still on one page: smaller type before anything is left out.
		expect(
			pdfText(buildNavSummaryPdf(jsPDF, fonts, nav, t))
				.split('\f')
				.filter((p) => p.trim())
		).toHaveLength(1);
		// Steps by date, in the PDF as in the text.
		expect(pdf.indexOf('Steg nummer 9 i planen')).toBeLessThan(pdf.indexOf('Steg nummer 1 i planen'));
	});

	it('schooling abroad reaches the plan and Nav when «Utdanning» is shared for them, and nowhere when it is not', () => {
		const shared = outputs(
			file((c) => recordConsent(recordConsent(c, 'plan', ['education']), 'navSummary', ['education']))
		);
		for (const out of [shared.plan, shared.navSummary]) expect(out).toContain('Vidaregåande i Polen (liceum)');
		const none = outputs(file((c) => recordConsent(recordConsent(c, 'plan', ['experience']), 'navSummary', [])));
		for (const out of [none.plan, none.navSummary]) expect(out).not.toContain('Polen');
	});

	it('income and adaptations reach the client’s PDF only as agreed for the plan: «Økonomi» and «Helse»', () => {
		const withParts = (f: ClientFile) => {
			f.plan!.incomeSecurity = 'INNTEKT AAP til juni';
			f.plan!.adaptations.push({ id: 'a', what: 'TILRETTE hev-senk-bord', provider: 'Nav hjelpemiddelsentral' });
			return pdfText(buildPlanPdf(jsPDF, fonts, planPdfInput(f, 'nb', '2026-11-22'), t));
		};
		const none = withParts(file((c) => recordConsent(c, 'plan', ['experience'])));
		expect(none).not.toContain('INNTEKT');
		expect(none).not.toContain('TILRETTE');
		const both = withParts(file((c) => recordConsent(c, 'plan', ['finances', 'health'])));
		expect(both).toContain('INNTEKT AAP til juni');
		expect(both).toContain('TILRETTE hev-senk-bord – Nav hjelpemiddelsentral');
	});

	it('no page of the client’s PDF holds only the closing consent sentence, however long the plan', () => {
		// Plan B grows a line at a time, so the end of the plan passes every height on the page.
		for (let n = 0; n <= 80; n++) {
			const f = file((c) => recordConsent(c, 'plan', ['experience', 'strengths']));
			for (let i = 0; i < 8; i++)
				f.plan!.steps.push({ ...blankItem(planStepSchema), what: `Steg ${i} med litt tekst om hva som skal skje` });
			f.plan!.planB = 'Lærekandidat i samme fag, med en ny samtale om veien videre. '.repeat(n);
			const pages = pdfText(buildPlanPdf(jsPDF, fonts, planPdfInput(f, 'nb', '2026-11-22'), t))
				.split('\f')
				.filter((p) => p.trim());
			const last = pages
				.at(-1)!
				.replace(/Side \d+ av \d+/, '')
				.replace(/\s+/g, ' ')
				.trim();
			expect(last.startsWith('Du har sagt ja'), `plan B × ${n}: «${last.slice(0, 60)}»`).toBe(false);
		}
	});

	it('long text: the plan prints it whole; Nav’s activities and the one-page summary cut it and say so', () => {
		const f = file((c) => recordConsent(c, 'navSummary', []));
		const long = 'Ringe bedriften og avtale et møte om læreplass. '.repeat(500);
		f.plan!.steps[0]!.what = `${long}STEGSLUTT`;
		f.plan!.planB = `SLUTTMARKØR ${'Plan B med mange ord. '.repeat(1000)} SLUTTMARKØR2`;
		const plan = pdfText(buildPlanPdf(jsPDF, fonts, planPdfInput(f, 'nb', '2026-11-22'), t));
		// Nothing falls off a page: the end of a 24,000-character step and of plan B are printed.
		expect(plan.replace(/\s+/g, ' ')).toContain('SLUTTMARKØR2');
		expect(plan.replace(/\s+/g, '')).toContain('STEGSLUTT');
		const nav = navSummaryInput(f, 'nb', '2026-11-22');
		const [a] = navActivities(nav.steps, nav.goal.occupation, t);
		expect(a!.title.length).toBeLessThanOrEqual(NAV_LIMITS.title);
		expect(a!.description.length).toBeLessThanOrEqual(NAV_LIMITS.description);
		expect(a!.shortened).toEqual(['title', 'description']);
		const onePage = pdfText(buildNavSummaryPdf(jsPDF, fonts, nav, t));
		expect(onePage.replace(/\s+/g, ' ')).toContain('Noen tekster er forkortet til 300 tegn');
		expect(onePage.split('\f').filter((p) => p.trim())).toHaveLength(1);
	});
});

describe('the written exam before the trade test (praksiskandidat)', () => {
	it('the plan and the Nav summary say how many written exams the trade’s curriculum puts first; nothing is claimed without one', () => {
		const data = catalogueSchema.parse(raw);
		const flat = (s: string) => s.replace(/\s+/g, ' ');
		const made = (tradeCode: string, route: 'praksiskandidat' | 'apprenticeship') => {
			const f = file((c) => recordConsent(c, 'navSummary', [], new Date('2026-11-20T10:00:00Z')));
			f.plan!.goal = { occupation: 'Faget', tradeCode, route };
			return {
				plan: flat(pdfText(buildPlanPdf(jsPDF, fonts, planPdfInput(f, 'nb', '2026-11-22', '', data), t))),
				nav: navSummaryText(navSummaryInput(f, 'nb', '2026-11-22', data), t)
			};
		};
		const one = 'Før fag- eller svenneprøven tar du en skriftlig eksamen i faget, slik læreplanen sier.';
		// Tømrerfaget: one written exam; Elektrikerfaget: two; Avionikerfaget: several.
		for (const text of Object.values(made('BATMF3----', 'praksiskandidat'))) expect(text).toContain(one);
		for (const text of Object.values(made('ELELE3----', 'praksiskandidat')))
			expect(text).toContain('Før fag- eller svenneprøven tar du 2 skriftlige eksamener i faget');
		for (const text of Object.values(made('ELAVI4----', 'praksiskandidat')))
			expect(text).toContain('tar du skriftlige eksamener i programfagene');
		// Garverfaget has no stored curriculum: no claim. An apprentice sits no such exam first.
		for (const [code, route] of [
			['DTGAF3----', 'praksiskandidat'],
			['BATMF3----', 'apprenticeship']
		] as const)
			for (const text of Object.values(made(code, route)))
				expect(text).not.toMatch(/skriftlige? eksamen(er)? i (faget|programfagene), slik/);
		// The glossary no longer says the practice alone leads to the trade test.
		expect(made('DTGAF3----', 'praksiskandidat').plan).toContain(
			'I nesten alle fag tar du en skriftlig eksamen først.'
		);
	});
});

describe('the written exam line, over all 191 trades', () => {
	it('a praksiskandidat’s Nav summary names the exams exactly when the trade’s stored curriculum requires them, with its count', () => {
		const data = catalogueSchema.parse(raw);
		expect(data.trades).toHaveLength(191);
		const counts = new Map<string, number>();
		for (const trade of data.trades) {
			const f = file((c) => recordConsent(c, 'navSummary', [], new Date('2026-11-20T10:00:00Z')));
			f.plan!.goal = { occupation: 'Faget', tradeCode: trade.code, route: 'praksiskandidat' };
			const text = navSummaryText(navSummaryInput(f, 'nb', '2026-11-22', data), t);
			const exams = trade.curriculum ? examFacts(trade.curriculum).exams : 0;
			const said =
				exams === 'several'
					? 'tar du skriftlige eksamener i programfagene'
					: exams === 1
						? 'tar du en skriftlig eksamen i faget'
						: `tar du ${exams} skriftlige eksamener i faget`;
			if (exams) expect(text, trade.code).toContain(`Før fag- eller svenneprøven ${said}, slik læreplanen sier.`);
			else expect(text, trade.code).not.toContain('slik læreplanen sier');
			counts.set(String(exams), (counts.get(String(exams)) ?? 0) + 1);
		}
		// As the stored curricula say: two trades without one, ten with two exams, four with several.
		expect(Object.fromEntries(counts)).toEqual({ '0': 2, '1': 175, '2': 10, several: 4 });
	});
});

describe('the concrete way to the trade', () => {
	it('names the school year still needed in the plan, the fridge note and – when shared – the Nav summary', () => {
		const data = catalogueSchema.parse(raw);
		const f = file((c) => recordConsent(c, 'navSummary', ['education'], new Date('2026-11-20T10:00:00Z')));
		f.mapping!.education.upperSecondary.push({
			...blankItem(upperSecondarySchema),
			programme: 'EL',
			level: 'vg2',
			status: 'left',
			vg2: 'ELELE2----'
		});
		f.plan!.goal = { occupation: 'Elektriker', tradeCode: 'ELELE3----', route: 'apprenticeship' };
		const way = 'Vg2 Elenergi og ekom på nytt (1 år) → 30 måneder i lære';
		const input = planPdfInput(f, 'nb', '2026-11-22', '', data);
		expect(pathLine(input.goal, t)).toBe(way);
		const flat = (s: string) => s.replace(/\s+/g, ' ');
		expect(flat(pdfText(buildPlanPdf(jsPDF, fonts, input, t)))).toContain(way);
		expect(flat(pdfText(buildFridgeNote(jsPDF, fonts, input, t)))).toContain(way);
		expect(navSummaryText(navSummaryInput(f, 'nb', '2026-11-22', data), t)).toContain(way);
		// Without the Nav consent nothing of the plan reaches Nav, the way included.
		const none = file((c) => c);
		none.plan!.goal = f.plan!.goal;
		expect(navSummaryText(navSummaryInput(none, 'nb', '2026-11-22', data), t)).not.toContain('Elenergi');
		// Without a catalogue (or for a route with no school part) the outputs leave it out.
		expect(pathLine(planPdfInput(f, 'nb', '2026-11-22').goal, t)).toBe('');
	});
});

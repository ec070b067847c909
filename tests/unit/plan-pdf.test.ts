import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { jsPDF } from 'jspdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { newMapping } from '$lib/domain/mapping/mapping';
import { sharedSummary } from '$lib/domain/exploring/presentation';
import { buildPlanPdf, planPdfFileName, type PlanPdfInput } from '$lib/output/plan/plan-pdf';
import nbCore from '../../locales/nb.json';
import nbModules from '../../locales/nb-modules.json';
import nnCore from '../../locales/nn.json';
import nnModules from '../../locales/nn-modules.json';
import { fontReport, fonts, plainObjects } from './pdf-kit';
import { scratchDir } from './scratch';

const dir = scratchDir('veivalg-pdf-');
const tool = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });

beforeAll(async () => {
	await i18next.init({
		lng: 'nb',
		fallbackLng: 'nb',
		resources: { nb: { translation: { ...nbCore, ...nbModules } }, nn: { translation: { ...nnCore, ...nnModules } } },
		showSupportNotice: false
	});
});

function input(lang: 'nb' | 'nn', sections: ('experience' | 'health' | 'education')[]): PlanPdfInput {
	const m = newMapping('c1');
	m.experience.push({
		id: 'e',
		type: 'job',
		employer: 'Hansen AS',
		role: 'Tømrerhjelper',
		start: '2021-03',
		end: '2023-08',
		percent: 80,
		tasks: '',
		relevantFor: []
	});
	m.education.subjectsPassed.push({ id: 's', name: 'Norsk', grade: '' });
	m.life.health = 'Ryggplager som ikke skal med';
	return {
		lang,
		clientName: 'Áila Niillasdóttir Čoarvi',
		made: '2026-11-22',
		summary: sharedSummary(m, new Set(sections)),
		goal: { occupation: 'Tømrer – svennebrev', route: 'praksiskandidat' },
		nextStep: 'Melde seg opp til teorieksamen',
		nextStepId: null,
		lengthMonths: 24,
		steps: [
			{
				id: '1',
				what: 'Ta kontakt med Łukasz Wróbel i Wróbel Bygg AS',
				owner: 'client',
				deadline: '2027-01-15',
				status: 'planned',
				needsNavDecision: false,
				needsFunding: false
			},
			{
				id: '2',
				what: 'Vedtak om støtte (Олена Коваленко, Nav)',
				owner: 'navAdviser',
				deadline: '2027-02-01',
				status: 'applied',
				needsNavDecision: true,
				needsFunding: true
			}
		],
		deadlines: { schoolYear: '2027–28', early: '2027-02-01', ordinary: '2027-03-01', earlyPassed: false },
		tracks: { youth: true, adult: true },
		rights: [],
		adultIntake: '',
		incomeSecurity: '',
		adaptations: [],
		companies: [{ name: 'Wróbel Bygg AS', contact: 'Łukasz Wróbel', phone: '900 00 000', email: '' }],
		navAdviser: { name: 'Kari Nordmann', phone: '', email: '' },
		planB: 'Lærekandidat',
		followUp: '2027-01-20',
		consent: { at: '2026-11-20T10:00:00.000Z', sections }
	};
}

function make(lang: 'nb' | 'nn', sections: ('experience' | 'health' | 'education')[]) {
	const bytes = new Uint8Array(buildPlanPdf(jsPDF, fonts, input(lang, sections), i18next.getFixedT(lang) as never));
	const file = join(dir, `${lang}-${sections.join('-')}.pdf`);
	writeFileSync(file, bytes);
	return { file, bytes };
}

describe('the client plan PDF', () => {
	it('has extractable text with Sámi, Polish and Cyrillic names and æøå', () => {
		const { file } = make('nb', ['experience', 'education']);
		const text = tool('pdftotext', '-layout', file, '-');
		for (const s of [
			'Plan for veien videre',
			'Áila Niillasdóttir Čoarvi',
			'Łukasz Wróbel',
			'Олена Коваленко',
			'Tømrerhjelper',
			'Beståtte fag: Norsk',
			'lærekandidater',
			'Steg for steg',
			'Praksiskandidat',
			'Ord i planen'
		])
			expect(text).toContain(s);
	});

	it('leaves out every section the client did not agree to', () => {
		const { file } = make('nb', ['experience']);
		const text = tool('pdftotext', file, '-');
		expect(text).toContain('Tømrerhjelper');
		expect(text).not.toContain('Ryggplager');
		expect(text).not.toContain('Norsk');
	});

	it('is A4, unencrypted, without form fields, compressed, with a title and language but no name in its metadata, a few pages and small', () => {
		const { file, bytes } = make('nb', ['experience', 'education']);
		const info = tool('pdfinfo', file);
		// A PDF viewer writes the title into the browser's history: the client's name stays out of it.
		expect(info).toMatch(/Title:\s+Plan for veien videre\n/);
		expect(info).not.toMatch(/Author:/);
		expect(info).not.toContain('Áila');
		expect(info).not.toContain('Čoarvi');
		// Only the two fonts it uses are declared (jsPDF declared its 14 standard fonts too).
		expect(tool('pdffonts', file).trim().split('\n').slice(2)).toHaveLength(2);
		expect(info).toMatch(/Encrypted:\s+no/);
		expect(info).toMatch(/Form:\s+none/);
		expect(info).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/);
		expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(1);
		expect(tool('qpdf', '--show-encryption', file)).toContain('File is not encrypted');
		expect(plainObjects(bytes)).toContain('/Lang (nb)');
		expect(Buffer.from(bytes).toString('latin1')).toContain('/FlateDecode');
		expect(bytes.length).toBeLessThan(200_000);
	});

	it('embeds only the letters it uses, in tagged subset fonts that draw without errors', () => {
		const { file } = make('nb', ['experience', 'education']);
		const { embedded, renderErrors } = fontReport(file);
		expect(embedded.map((f) => f.name)).toEqual([
			expect.stringMatching(/^[A-Z]{6}\+SourceSansPro-Regular$/),
			expect.stringMatching(/^[A-Z]{6}\+SourceSansPro-Bold$/)
		]);
		expect(embedded.every((f) => f.subset)).toBe(true);
		expect(renderErrors).toBe('');
	});

	it('carries nothing over from the PDF made before it (fonts are parsed once and shared)', () => {
		const cyrillic = { ...input('nb', ['experience']), planB: 'Олена Коваленко, Ŋŧđ, Ж Щ Ю Я' };
		const plain = input('nb', ['experience']);
		const afterPlain =
			(make('nb', ['experience']), buildPlanPdf(jsPDF, fonts, plain, i18next.getFixedT('nb') as never));
		const afterCyrillic =
			(buildPlanPdf(jsPDF, fonts, cyrillic, i18next.getFixedT('nb') as never),
			buildPlanPdf(jsPDF, fonts, plain, i18next.getFixedT('nb') as never));
		// Same glyphs, same widths, same subset: the same size to the byte.
		expect(afterCyrillic.byteLength).toBe(afterPlain.byteLength);
	});

	it('prints hostile text as text: markup, emoji and right-to-left script', () => {
		const hostile = { ...input('nb', ['experience']), nextStep: '<script>alert(1)</script> مريم العلي 👩🏽‍🔧 done' };
		const file = join(dir, 'hostile.pdf');
		writeFileSync(file, new Uint8Array(buildPlanPdf(jsPDF, fonts, hostile, i18next.getFixedT('nb') as never)));
		const text = tool('pdftotext', file, '-');
		expect(text).toContain('<script>alert(1)</script>');
		expect(tool('pdfinfo', file)).toMatch(/JavaScript:\s+no/);
	});

	it('is written in nynorsk when asked', () => {
		const { file } = make('nn', ['experience']);
		const text = tool('pdftotext', file, '-');
		expect(text).toContain('Plan for vegen vidare');
		expect(text).toContain('Kven du kan kontakte');
	});

	it('is named plan-veien-videre-<date>.pdf, with the name only when the counsellor chooses it', () => {
		// No name unless the counsellor has chosen names in file names (the download history keeps them in clear).
		expect(planPdfFileName('Áila Niillasdóttir Čoarvi', '2026-11-22')).toBe('plan-veien-videre-2026-11-22.pdf');
		expect(planPdfFileName('Áila Niillasdóttir Čoarvi', '2026-11-22', true)).toBe(
			'plan-veien-videre-aila-niillasdottir-coarvi-2026-11-22.pdf'
		);
		expect(planPdfFileName('Åse Ødegård', '2026-11-22', true)).toBe('plan-veien-videre-ase-odegard-2026-11-22.pdf');
		// In the plan's language.
		expect(planPdfFileName('Åse Ødegård', '2026-11-22', false, 'en')).toBe('plan-the-way-forward-2026-11-22.pdf');
		expect(planPdfFileName('Åse Ødegård', '2026-11-22', false, 'nn')).toBe('plan-vegen-vidare-2026-11-22.pdf');
	});
});

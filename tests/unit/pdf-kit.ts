import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { newClient } from '$lib/domain/client/client';
import type { ClientFile } from '$lib/domain/client/client-export';
import { blankItem } from '$lib/domain/common';
import { CONSENT_SECTIONS, newConsent, recordConsent } from '$lib/domain/exploring/consent';
import { newMapping } from '$lib/domain/mapping/mapping';
import { companySchema, newPlan, planStepSchema } from '$lib/domain/plan/plan';
import enCore from '../../locales/en.json';
import enModules from '../../locales/en-modules.json';
import nbCore from '../../locales/nb.json';
import nbModules from '../../locales/nb-modules.json';
import nnCore from '../../locales/nn.json';
import nnModules from '../../locales/nn-modules.json';
import { scratchDir } from './scratch';

/** What the PDF tests share: the app's fonts, its texts in three languages, and poppler's text extraction. */

export const fonts = {
	regular: new Uint8Array(readFileSync('node_modules/source-sans-pro/TTF/SourceSansPro-Regular.ttf')),
	bold: new Uint8Array(readFileSync('node_modules/source-sans-pro/TTF/SourceSansPro-Bold.ttf'))
};

export type T = (key: string, values?: Record<string, unknown>) => string;

/** i18next with the app's texts; call in beforeAll. */
export async function texts(): Promise<(lang: 'nb' | 'nn' | 'en') => T> {
	await i18next.init({
		lng: 'nb',
		fallbackLng: 'nb',
		resources: {
			nb: { translation: { ...nbCore, ...nbModules } },
			nn: { translation: { ...nnCore, ...nnModules } },
			en: { translation: { ...enCore, ...enModules } }
		},
		showSupportNotice: false
	});
	return (lang) => i18next.getFixedT(lang) as never;
}

const dir = scratchDir('veivalg-pdf-');
let n = 0;

/** Writes the bytes to a file and returns its path and its text as pdftotext extracts it. */
export function extract(bytes: ArrayBuffer, name = `doc-${n++}.pdf`): { path: string; text: string } {
	const path = join(dir, name);
	writeFileSync(path, new Uint8Array(bytes));
	return { path, text: execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }) };
}

/**
 * The fonts a PDF embeds, as pdffonts lists them, and what poppler says while
 * drawing its pages (a broken embedded font shows up there).
 */
export function fontReport(path: string): { embedded: { name: string; subset: boolean }[]; renderErrors: string } {
	const rows = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
	const embedded = rows
		.map((row) => row.trim().split(/\s+/))
		.filter((cols) => cols.at(-5) === 'yes')
		.map((cols) => ({ name: cols[0] ?? '', subset: cols.at(-4) === 'yes' }));
	const out = join(dir, 'render');
	const drawn = spawnSync('pdftoppm', ['-r', '30', '-png', path, out], { encoding: 'utf8' });
	return { embedded, renderErrors: drawn.stderr };
}

/** The file with every object in the clear (qpdf unpacks object streams): for checks on the raw dictionaries. */
export function plainObjects(bytes: ArrayBuffer | Uint8Array): string {
	const path = join(dir, `plain-${n++}.pdf`);
	const out = `${path}.qdf.pdf`;
	writeFileSync(path, new Uint8Array(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)));
	execFileSync('qpdf', ['--object-streams=disable', path, out]);
	return readFileSync(out).toString('latin1');
}

/** A client with every part an output can show: shared, consented, with steps, a company and a Nav adviser. */
export function richClient(): ClientFile {
	const client = { ...newClient('Áila Niillasdóttir'), birthYear: 1990 };
	client.navAdvisers = [{ id: 'a1', name: 'Per Hansen', phone: '55 55 33 33', email: 'per@nav.no', from: '', to: '' }];
	const mapping = newMapping(client.id);
	mapping.strengths.qualities = 'Pålitelig og nysgjerrig';
	mapping.strengths.skills = 'Truckførerbevis, førerkort klasse B';
	const plan = newPlan(client.id);
	plan.goal = { occupation: 'Tømrer', tradeCode: '', route: 'praksiskandidat' };
	plan.nextStep = 'Ringe byggmesteren om praksisplass';
	plan.planB = 'Anleggsmaskinførerfaget';
	plan.followUp = '2027-03-01';
	const steps: [string, string, 'planned' | 'done'][] = [
		['Søke om praksisplass hos Byggmester Hansen AS', '2026-12-15', 'done'],
		['Teoriprøve i tømrerfaget', '2027-02-01', 'planned'],
		['Fagprøve', '2027-06-01', 'planned'],
		['Melde seg opp til eksamen', '', 'planned']
	];
	for (const [what, deadline, status] of steps)
		plan.steps.push({ ...blankItem(planStepSchema), what, deadline, status, owner: 'client', needsNavDecision: true });
	plan.nextStepId = plan.steps[1]!.id;
	plan.companies.push({
		...blankItem(companySchema),
		name: 'Byggmester Hansen AS',
		contact: 'Ola',
		phone: '900 00 000'
	});
	let consent = newConsent(client.id);
	for (const purpose of ['plan', 'navSummary'] as const)
		consent = recordConsent(consent, purpose, [...CONSENT_SECTIONS]);
	return { client, sessions: [], mapping, plan, consent };
}

import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { plainObjects } from './pdf-kit';
import { scratchDir } from './scratch';

const dir = scratchDir('veivalg-structure-');

/**
 * Reads a PDF's tags back the way a screen reader's PDF engine does – with pdf.js, Firefox's PDF
 * viewer – and lists what PDF/UA-1's machine-checkable rules would find wrong. Empty means: every
 * piece of text belongs to the structure tree or is an artifact; the tree read in order gives the
 * text in the order the page shows it; one H1 first, H2 below it and nothing skipped; every list
 * item has a label and a body; every table row a header cell (scoped) and a data cell; the file is
 * marked, titled (shown in the title bar), has its language and the PDF/UA identifier; qpdf finds no
 * error. What it cannot judge – whether the words make sense read aloud – needs a person.
 */

GlobalWorkerOptions.workerSrc = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

export interface Node {
	role: string;
	children: Node[];
	/** Content: its marked-content id on the page. */
	id?: string;
}

interface Item {
	str: string;
	x: number;
	y: number;
	/** The marked content it is drawn in: an id in the tree, 'Artifact', or null (untagged). */
	in: string | null;
}

export interface Structure {
	problems: string[];
	/** The roles of the tree, depth first, in reading order (content left out). */
	roles: string[];
	/** The text the tree gives, read in order. */
	text: string;
	tree: Node[];
}

type Raw = { role?: string; type?: string; id?: string; children?: Raw[] };
const toNode = (n: Raw): Node =>
	n.type === 'content'
		? { role: '#content', children: [], id: n.id }
		: { role: n.role ?? '', children: (n.children ?? []).map(toNode) };

function walk(n: Node, visit: (n: Node, parent: Node | null) => void, parent: Node | null = null) {
	visit(n, parent);
	for (const c of n.children) walk(c, visit, n);
}

export async function readStructure(bytes: ArrayBuffer | Uint8Array): Promise<Structure> {
	const data = new Uint8Array(bytes.slice(0));
	const pdf = await getDocument({ data: data.slice(0), isEvalSupported: false, disableFontFace: true, verbosity: 0 })
		.promise;
	const problems: string[] = [];
	const roles: string[] = [];
	const tree: Node[] = [];
	const treeText: string[] = [];
	const drawnText: string[] = [];
	for (let p = 1; p <= pdf.numPages; p++) {
		const page = await pdf.getPage(p);
		const content = await page.getTextContent({ includeMarkedContent: true });
		const stack: (string | null)[] = [];
		const items: Item[] = [];
		for (const raw of content.items as {
			type?: string;
			tag?: string;
			id?: string | null;
			str?: string;
			transform?: number[];
		}[]) {
			if (raw.type === 'beginMarkedContent' || raw.type === 'beginMarkedContentProps')
				stack.push(raw.tag === 'Artifact' ? 'Artifact' : (raw.id ?? null));
			else if (raw.type === 'endMarkedContent') stack.pop();
			else if (raw.str?.trim())
				items.push({
					str: raw.str,
					x: raw.transform![4]!,
					y: raw.transform![5]!,
					in: stack.findLast((s) => s !== null) ?? null
				});
		}
		const structTree = (await page.getStructTree()) as Raw | null;
		if (!structTree) {
			problems.push(`page ${p}: no structure tree`);
			continue;
		}
		const pageTree = (structTree.children ?? []).map(toNode);
		tree.push(...pageTree);
		const ids = new Set<string>();
		const order: string[] = [];
		for (const top of pageTree)
			walk(top, (n) => {
				if (n.id) {
					ids.add(n.id);
					order.push(n.id);
				} else if (p === 1) roles.push(n.role);
			});
		for (const it of items) {
			if (it.in === 'Artifact') continue;
			if (it.in === null || !ids.has(it.in)) problems.push(`page ${p}: untagged text «${it.str}»`);
			else drawnText.push(it.str);
		}
		// The tree's order is the page's: each content starts below the one before, or beside it to the right.
		let prev: Item | undefined;
		for (const id of order) {
			const own = items.filter((it) => it.in === id);
			treeText.push(...own.map((it) => it.str));
			const first = own[0];
			if (!first) continue;
			if (prev && !(first.y < prev.y - 1 || (Math.abs(first.y - prev.y) <= 1 && first.x > prev.x)))
				problems.push(`page ${p}: «${first.str}» is read after «${prev.str}» but stands before it`);
			prev = first;
		}
	}
	if (treeText.join('\n') !== drawnText.join('\n')) problems.push('the tree read in order is not the text as drawn');

	// Headings, lists and tables, as the first page's tree shows them (later pages repeat the same rules).
	const all: { n: Node; parent: Node | null }[] = [];
	for (const top of tree) walk(top, (n, parent) => all.push({ n, parent }));
	const headings = all.filter(({ n }) => /^H\d$/.test(n.role)).map(({ n }) => n.role);
	if (tree.length && headings[0] !== 'H1') problems.push(`the first heading is ${headings[0] ?? 'missing'}, not H1`);
	if (headings.filter((h) => h === 'H1').length > 1 && new Set(tree.map((t) => t.role)).size === 1)
		problems.push('more than one H1');
	for (let i = 1; i < headings.length; i++)
		if (Number(headings[i]!.slice(1)) > Number(headings[i - 1]!.slice(1)) + 1)
			problems.push(`${headings[i]} after ${headings[i - 1]}: a level skipped`);
	for (const { n } of all) {
		const kids = n.children.map((c) => c.role);
		if (n.role === 'L' && kids.some((k) => k !== 'LI')) problems.push(`a list holds ${kids.join(', ')}`);
		if (n.role === 'LI' && !(kids.includes('Lbl') && kids.includes('LBody')))
			problems.push(`a list item holds ${kids.join(', ')}`);
		if (n.role === 'Table' && kids.some((k) => k !== 'TR')) problems.push(`a table holds ${kids.join(', ')}`);
		if (n.role === 'TR' && !(kids.includes('TH') && kids.includes('TD')))
			problems.push(`a table row holds ${kids.join(', ')}`);
	}

	// The document: marked, titled, its language, PDF/UA named; every row header scoped; qpdf content.
	const mark = (await pdf.getMarkInfo()) as { Marked?: boolean } | null;
	if (!mark?.Marked) problems.push('not marked (/MarkInfo)');
	const prefs = (await pdf.getViewerPreferences()) as { DisplayDocTitle?: boolean } | null;
	if (!prefs?.DisplayDocTitle) problems.push('the title bar would show the file name (/DisplayDocTitle)');
	const meta = await pdf.getMetadata();
	const info = meta.info as { Title?: string; Language?: string };
	if (!info.Title) problems.push('no title');
	if (!info.Language) problems.push('no document language (/Lang)');
	if (meta.metadata?.get('pdfuaid:part') !== '1') problems.push('no PDF/UA identifier in the XMP metadata');
	if (meta.metadata?.get('dc:title') !== info.Title) problems.push('the XMP title is not the title');
	const raw = plainObjects(data);
	const rows = all.filter(({ n }) => n.role === 'TR').length;
	const headers = raw.split('endobj').filter((o) => /\/S \/TH\b/.test(o));
	if (headers.length < rows || headers.some((o) => !/\/Scope \/(Row|Column)\b/.test(o)))
		problems.push('a header cell has no scope');
	await pdf.destroy();

	const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
	writeFileSync(file, data);
	const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
	if (check.status !== 0) problems.push(`qpdf --check: ${check.stdout}${check.stderr}`.trim());

	return { problems, roles, text: treeText.join('\n'), tree };
}

/** pdftotext's text of the file, for comparing what a sighted reader's tool extracts. */
export function pdftotext(bytes: ArrayBuffer): string {
	const file = join(dir, 'text.pdf');
	writeFileSync(file, new Uint8Array(bytes));
	return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

import type { jsPDF as JsPdfType } from 'jspdf';
import { latin1 } from './binary-string';

/**
 * Tags for the PDFs Veivalg writes (PDF/UA-1, ISO 14289-1, its machine-checkable part): a structure
 * tree in reading order, every piece of text inside marked content that belongs to it, everything
 * else (page numbers, rules, boxes, dots) an artifact, and the catalogue entries a reader needs
 * (`/MarkInfo`, `/StructTreeRoot`, `/ViewerPreferences /DisplayDocTitle`, XMP metadata with the
 * title and the PDF/UA identifier, `/Tabs /S` on every page).
 *
 * jsPDF has no tagging API, but it lets us write content operators into the page
 * (`internal.write`: `/P <</MCID n>> BDC … EMC`) and add objects and dictionary entries through its
 * output events (`putPage`, `postPutResources`, `putCatalog`) — all this layer needs. The check that
 * reads it back is tests/unit/pdf-structure.test.ts (pdf.js, as a screen reader's PDF engine would).
 */

export type Role = 'Document' | 'H1' | 'H2' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD';

/** Marked content on a page: the page (1-based) and its marked-content id there. */
interface ContentRef {
	page: number;
	mcid: number;
}

export interface StructElem {
	role: Role;
	kids: (StructElem | ContentRef)[];
	parent: StructElem | null;
	/** TH: which cells it is the header of. */
	scope?: 'Row' | 'Column';
}

const isElem = (k: StructElem | ContentRef): k is StructElem => 'role' in k;

/** PDF text string for Unicode: UTF-16BE with a byte-order mark, as a binary string (jsPDF writes bytes as chars). */
function pdfText(s: string): string {
	let out = '\u00fe\u00ff';
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		out += String.fromCharCode(c >> 8, c & 0xff);
	}
	return `(${out.replace(/[\\()]/g, (m) => `\\${m}`)})`;
}

const xml = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
/** UTF-8 bytes as a binary string, for a stream jsPDF writes byte by byte. */
const utf8 = (s: string) => latin1(new TextEncoder().encode(s));

export function createTagger(doc: JsPdfType, meta: { title: string; lang: string }) {
	const root: StructElem = { role: 'Document', kids: [], parent: null };
	/** Per page (1-based): the element each marked-content id belongs to, in id order (the parent tree). */
	const byPage = new Map<number, StructElem[]>();
	let open: { el: StructElem; page: number } | null = null;
	/** The list bullets are being added to, until anything else is added to the document. */
	let list: StructElem | null = null;
	const page = () => doc.getCurrentPageInfo().pageNumber;
	// jsPDF's plugin interface; its type declarations leave these out.
	const internal = doc.internal as unknown as {
		write: (s: string) => void;
		newObjectDeferred: () => number;
		newObjectDeferredBegin: (id: number, out: boolean) => void;
		newObject: () => number;
		events: { subscribe: (topic: string, fn: (arg: never) => void) => void };
	};
	const write = (s: string) => internal.write(s);

	function add(role: Role, parent: StructElem = root, extra: Partial<StructElem> = {}): StructElem {
		if (parent === root) list = null;
		const el: StructElem = { role, kids: [], parent, ...extra };
		parent.kids.push(el);
		return el;
	}

	/** Closes the open marked content, if any: before a new one, a page break, or an artifact. */
	function end() {
		if (!open) return;
		write('EMC');
		open = null;
	}

	/** Text drawn next belongs to `el`: one marked-content sequence per element and page. */
	function mark(el: StructElem) {
		const p = page();
		if (open && open.el === el && open.page === p) return;
		end();
		const ids = byPage.get(p) ?? [];
		byPage.set(p, ids);
		const mcid = ids.length;
		ids.push(el);
		el.kids.push({ page: p, mcid });
		write(`/${el.role} <</MCID ${mcid}>> BDC`);
		open = { el, page: p };
	}

	/** Drawing that is not content (rules, boxes, dots, page numbers): never read out. */
	function artifact(draw: () => void, type?: 'Pagination' | 'Layout') {
		end();
		write(type ? `/Artifact <</Type /${type}>> BDC` : '/Artifact BDC');
		draw();
		write('EMC');
	}

	/** A list item in the current list (a new list when the last thing added was not one). */
	function listItem(): { label: StructElem; body: StructElem } {
		const l = list ?? add('L');
		list = l;
		const li = add('LI', l);
		return { label: add('Lbl', li), body: add('LBody', li) };
	}

	// At output: the page entries, the tree's objects, and the catalogue's.
	const pageObj = new Map<number, number>();
	let treeRoot = 0;
	let metadata = 0;
	const events = internal.events;
	events.subscribe('putPage', (data: { objId: number; pageNumber: number }) => {
		pageObj.set(data.pageNumber, data.objId);
		write(`/StructParents ${data.pageNumber - 1} /Tabs /S`);
	});
	events.subscribe('postPutResources', () => {
		end();
		const ids = new Map<StructElem, number>();
		const all: StructElem[] = [];
		const walk = (el: StructElem) => {
			ids.set(el, internal.newObjectDeferred());
			all.push(el);
			for (const k of el.kids) if (isElem(k)) walk(k);
		};
		walk(root);
		treeRoot = internal.newObjectDeferred();
		const parentTree = internal.newObjectDeferred();
		for (const el of all) {
			internal.newObjectDeferredBegin(ids.get(el)!, true);
			const kids = el.kids.map((k) =>
				isElem(k) ? `${ids.get(k)} 0 R` : `<</Type /MCR /Pg ${pageObj.get(k.page)} 0 R /MCID ${k.mcid}>>`
			);
			const firstPage = el.kids.find((k): k is ContentRef => !isElem(k))?.page;
			write(
				`<</Type /StructElem /S /${el.role} /P ${el.parent ? ids.get(el.parent) : treeRoot} 0 R` +
					(firstPage ? ` /Pg ${pageObj.get(firstPage)} 0 R` : '') +
					(el.role === 'Document' ? ` /Lang ${pdfText(meta.lang)}` : '') +
					(el.scope ? ` /A <</O /Table /Scope /${el.scope}>>` : '') +
					` /K [${kids.join(' ')}]>>`
			);
			write('endobj');
		}
		internal.newObjectDeferredBegin(treeRoot, true);
		write(
			`<</Type /StructTreeRoot /K [${ids.get(root)} 0 R] /ParentTree ${parentTree} 0 R /ParentTreeNextKey ${pageObj.size}>>`
		);
		write('endobj');
		internal.newObjectDeferredBegin(parentTree, true);
		const nums = [...pageObj.keys()]
			.sort((a, b) => a - b)
			.map((p) => `${p - 1} [${(byPage.get(p) ?? []).map((el) => `${ids.get(el)} 0 R`).join(' ')}]`);
		write(`<</Nums [${nums.join(' ')}]>>`);
		write('endobj');
		// XMP: the title, the language and the PDF/UA identifier, uncompressed as the standard asks.
		const packet = utf8(
			`<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>` +
				`<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
				`<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">` +
				`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.title)}</rdf:li></rdf:Alt></dc:title>` +
				`<dc:language><rdf:Bag><rdf:li>${xml(meta.lang)}</rdf:li></rdf:Bag></dc:language>` +
				`<xmp:CreatorTool>Veivalg</xmp:CreatorTool><pdfuaid:part>1</pdfuaid:part>` +
				`</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="r"?>`
		);
		metadata = internal.newObject();
		write(`<</Type /Metadata /Subtype /XML /Length ${packet.length}>>`);
		write('stream');
		write(packet);
		write('endstream');
		write('endobj');
	});
	events.subscribe('putCatalog', () => {
		write(`/StructTreeRoot ${treeRoot} 0 R`);
		write('/MarkInfo <</Marked true>>');
		write('/ViewerPreferences <</DisplayDocTitle true>>');
		write(`/Metadata ${metadata} 0 R`);
	});

	return { root, add, mark, end, artifact, listItem };
}

export type Tagger = ReturnType<typeof createTagger>;

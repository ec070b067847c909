/**
 * A TrueType subsetter for the fonts embedded in Veivalg's PDFs. jsPDF keeps
 * only the used outlines but copies the rest of the font (glyph names, the
 * whole character map, the licence text, full-length metrics), about 30 KB
 * per font per PDF. This writes a font with just what a PDF viewer needs.
 *
 * Glyph ids stay where they are (the PDF's text uses them with
 * CIDToGIDMap /Identity), so unused glyphs become empty and the tables end
 * at the highest id used. Hinting is dropped: PDF viewers scale outlines
 * themselves, and the instructions would call functions we no longer embed.
 */

interface Table {
	offset: number;
	length: number;
}

interface ParsedFont {
	bytes: Uint8Array;
	view: DataView;
	tables: Map<string, Table>;
	numGlyphs: number;
	numberOfHMetrics: number;
	longLoca: boolean;
}

const parsed = new WeakMap<Uint8Array, ParsedFont>();

function parse(bytes: Uint8Array): ParsedFont {
	const cached = parsed.get(bytes);
	if (cached) return cached;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const tables = new Map<string, Table>();
	const count = view.getUint16(4);
	for (let i = 0; i < count; i++) {
		const at = 12 + i * 16;
		const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
		tables.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
	}
	for (const tag of ['head', 'hhea', 'maxp', 'loca', 'glyf', 'hmtx'])
		if (!tables.has(tag)) throw new Error(`font has no ${tag} table`);
	const font: ParsedFont = {
		bytes,
		view,
		tables,
		numGlyphs: view.getUint16(tables.get('maxp')!.offset + 4),
		numberOfHMetrics: view.getUint16(tables.get('hhea')!.offset + 34),
		longLoca: view.getInt16(tables.get('head')!.offset + 50) === 1
	};
	parsed.set(bytes, font);
	return font;
}

const table = (font: ParsedFont, tag: string) => {
	const t = font.tables.get(tag)!;
	return font.bytes.subarray(t.offset, t.offset + t.length);
};

/** Where glyph `id` sits in the glyf table. */
function glyphRange(font: ParsedFont, id: number): [number, number] {
	const loca = font.tables.get('loca')!.offset;
	if (font.longLoca) return [font.view.getUint32(loca + id * 4), font.view.getUint32(loca + id * 4 + 4)];
	return [font.view.getUint16(loca + id * 2) * 2, font.view.getUint16(loca + id * 2 + 2) * 2];
}

// Composite glyph flags (OpenType spec, 'glyf').
const ARGS_ARE_WORDS = 0x0001;
const HAVE_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAVE_X_Y_SCALE = 0x0040;
const HAVE_TWO_BY_TWO = 0x0080;
const HAVE_INSTRUCTIONS = 0x0100;

/** A glyph's outline without its hinting instructions, and the glyphs it is built from. */
function outline(font: ParsedFont, id: number): { data: Uint8Array; parts: number[] } {
	const [start, end] = glyphRange(font, id);
	if (end <= start) return { data: new Uint8Array(0), parts: [] };
	const glyf = font.tables.get('glyf')!.offset;
	const raw = font.bytes.subarray(glyf + start, glyf + end);
	const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
	const contours = view.getInt16(0);
	if (contours >= 0) {
		const at = 10 + contours * 2;
		const instructions = view.getUint16(at);
		const data = new Uint8Array(raw.length - instructions);
		data.set(raw.subarray(0, at));
		data.set(raw.subarray(at + 2 + instructions), at + 2); // the length stays, now 0
		return { data, parts: [] };
	}
	const data = raw.slice();
	const out = new DataView(data.buffer);
	const parts: number[] = [];
	let at = 10;
	for (;;) {
		const flags = out.getUint16(at);
		parts.push(out.getUint16(at + 2));
		out.setUint16(at, flags & ~HAVE_INSTRUCTIONS);
		at += 4 + (flags & ARGS_ARE_WORDS ? 4 : 2);
		if (flags & HAVE_SCALE) at += 2;
		else if (flags & HAVE_X_Y_SCALE) at += 4;
		else if (flags & HAVE_TWO_BY_TWO) at += 8;
		if (!(flags & MORE_COMPONENTS)) break;
	}
	return { data: data.subarray(0, at), parts };
}

/** A format 4 cmap (Windows, Unicode BMP), one segment per run of codes whose glyph ids run alongside. */
function cmapTable(toUnicode: ReadonlyMap<number, number>): Uint8Array {
	const pairs = [...toUnicode].map(([gid, code]) => ({ code, gid })).filter(({ code }) => code < 0xffff);
	pairs.sort((a, b) => a.code - b.code);
	const segments: { start: number; end: number; delta: number }[] = [];
	for (const { code, gid } of pairs) {
		const last = segments.at(-1);
		const delta = (gid - code) & 0xffff;
		if (last && last.end === code - 1 && last.delta === delta) last.end = code;
		else if (!last || last.end !== code) segments.push({ start: code, end: code, delta });
	}
	segments.push({ start: 0xffff, end: 0xffff, delta: 1 });
	const n = segments.length;
	const length = 16 + n * 8;
	const out = new DataView(new ArrayBuffer(12 + length));
	out.setUint16(0, 0); // version
	out.setUint16(2, 1); // one subtable
	out.setUint16(4, 3); // Windows
	out.setUint16(6, 1); // Unicode BMP
	out.setUint32(8, 12);
	const s = 12;
	const log = Math.floor(Math.log2(n));
	out.setUint16(s, 4);
	out.setUint16(s + 2, length);
	out.setUint16(s + 4, 0);
	out.setUint16(s + 6, n * 2);
	out.setUint16(s + 8, 2 ** (log + 1));
	out.setUint16(s + 10, log);
	out.setUint16(s + 12, n * 2 - 2 ** (log + 1));
	segments.forEach((seg, i) => {
		out.setUint16(s + 14 + i * 2, seg.end);
		out.setUint16(s + 16 + n * 2 + i * 2, seg.start);
		out.setUint16(s + 16 + n * 4 + i * 2, seg.delta);
		out.setUint16(s + 16 + n * 6 + i * 2, 0); // idRangeOffset: deltas only
	});
	return new Uint8Array(out.buffer);
}

/** The name table with only what identifies the font (ids 0–6, Windows records); the licence text stays out. */
function nameTable(font: ParsedFont, postScriptName: string): Uint8Array {
	const src = font.tables.get('name');
	const records: { id: number; lang: number; text: Uint8Array }[] = [];
	if (src) {
		const v = font.view;
		const count = v.getUint16(src.offset + 2);
		const strings = src.offset + v.getUint16(src.offset + 4);
		for (let i = 0; i < count; i++) {
			const r = src.offset + 6 + i * 12;
			const [platform, encoding, lang, id] = [
				v.getUint16(r),
				v.getUint16(r + 2),
				v.getUint16(r + 4),
				v.getUint16(r + 6)
			];
			if (platform !== 3 || encoding !== 1 || id > 6) continue;
			const at = strings + v.getUint16(r + 10);
			records.push({ id, lang, text: font.bytes.subarray(at, at + v.getUint16(r + 8)) });
		}
	}
	// The PostScript name carries the subset tag, as in the PDF.
	const ps = new Uint8Array(postScriptName.length * 2);
	for (let i = 0; i < postScriptName.length; i++) ps[i * 2 + 1] = postScriptName.charCodeAt(i) & 0x7f;
	const kept = records.filter((r) => r.id !== 6).concat({ id: 6, lang: 0x409, text: ps });
	kept.sort((a, b) => a.lang - b.lang || a.id - b.id);
	const head = 6 + kept.length * 12;
	const out = new Uint8Array(head + kept.reduce((n, r) => n + r.text.length, 0));
	const v = new DataView(out.buffer);
	v.setUint16(2, kept.length);
	v.setUint16(4, head);
	let at = 0;
	kept.forEach((r, i) => {
		const o = 6 + i * 12;
		v.setUint16(o, 3);
		v.setUint16(o + 2, 1);
		v.setUint16(o + 4, r.lang);
		v.setUint16(o + 6, r.id);
		v.setUint16(o + 8, r.text.length);
		v.setUint16(o + 10, at);
		out.set(r.text, head + at);
		at += r.text.length;
	});
	return out;
}

/** post version 3: the same angles and underline, no glyph names. */
function postTable(font: ParsedFont): Uint8Array {
	const out = new Uint8Array(32);
	out.set([0, 3, 0, 0]);
	const src = font.tables.get('post');
	if (src) out.set(font.bytes.subarray(src.offset + 4, src.offset + 16), 4);
	return out;
}

function checksum(data: Uint8Array): number {
	const padded = data.length % 4 ? new Uint8Array(data.length + 4 - (data.length % 4)) : data;
	if (padded !== data) padded.set(data);
	const v = new DataView(padded.buffer, padded.byteOffset, padded.byteLength);
	let sum = 0;
	for (let i = 0; i < padded.length; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
	return sum;
}

function assemble(tables: Record<string, Uint8Array>): Uint8Array {
	const tags = Object.keys(tables).sort();
	const n = tags.length;
	const log = Math.floor(Math.log2(n));
	let size = 12 + n * 16;
	const entries = tags.map((tag) => [tag, tables[tag] ?? new Uint8Array(0)] as const);
	for (const [, data] of entries) size += (data.length + 3) & ~3;
	const out = new Uint8Array(size);
	const v = new DataView(out.buffer);
	v.setUint32(0, 0x00010000);
	v.setUint16(4, n);
	v.setUint16(6, 2 ** log * 16);
	v.setUint16(8, log);
	v.setUint16(10, n * 16 - 2 ** log * 16);
	let offset = 12 + n * 16;
	let headAt = 0;
	entries.forEach(([tag, data], i) => {
		const e = 12 + i * 16;
		for (let k = 0; k < 4; k++) out[e + k] = tag.charCodeAt(k);
		v.setUint32(e + 4, checksum(data));
		v.setUint32(e + 8, offset);
		v.setUint32(e + 12, data.length);
		out.set(data, offset);
		if (tag === 'head') headAt = offset;
		offset += (data.length + 3) & ~3;
	});
	v.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
	return out;
}

export interface SubsetRequest {
	/** Glyph ids the text uses (duplicates allowed); .notdef is always kept. */
	glyphs: Iterable<number>;
	/** Which character each used glyph stands for, for the font's own cmap. */
	toUnicode: ReadonlyMap<number, number>;
	/** The PostScript name with its subset tag, e.g. `KQWBZE+SourceSansPro-Bold`. */
	postScriptName: string;
}

/** A TrueType font with only the requested glyphs (and the parts of composite ones), at their original ids. */
export function subsetTrueType(bytes: Uint8Array, request: SubsetRequest): Uint8Array {
	const font = parse(bytes);
	const outlines = new Map<number, Uint8Array>();
	const queue = [0, ...request.glyphs];
	while (queue.length) {
		const id = queue.pop()!;
		if (outlines.has(id) || id < 0 || id >= font.numGlyphs) continue;
		const { data, parts } = outline(font, id);
		outlines.set(id, data);
		queue.push(...parts);
	}
	const count = Math.max(...outlines.keys()) + 1;
	let glyfSize = 0;
	for (const data of outlines.values()) glyfSize += (data.length + 3) & ~3;
	const longLoca = glyfSize > 0x1fffe;
	const glyf = new Uint8Array(glyfSize);
	const loca = new DataView(new ArrayBuffer((count + 1) * (longLoca ? 4 : 2)));
	const hmtx = new DataView(new ArrayBuffer(count * 4));
	const srcHmtx = font.tables.get('hmtx')!.offset;
	const lastAdvance = font.view.getUint16(srcHmtx + (font.numberOfHMetrics - 1) * 4);
	let at = 0;
	for (let id = 0; id <= count; id++) {
		if (longLoca) loca.setUint32(id * 4, at);
		else loca.setUint16(id * 2, at / 2);
		const data = outlines.get(id);
		if (id === count || !data) continue;
		glyf.set(data, at);
		at += (data.length + 3) & ~3;
		const metric = id < font.numberOfHMetrics;
		hmtx.setUint16(id * 4, metric ? font.view.getUint16(srcHmtx + id * 4) : lastAdvance);
		hmtx.setInt16(
			id * 4 + 2,
			font.view.getInt16(
				metric ? srcHmtx + id * 4 + 2 : srcHmtx + font.numberOfHMetrics * 4 + (id - font.numberOfHMetrics) * 2
			)
		);
	}
	const head = table(font, 'head').slice();
	new DataView(head.buffer).setUint32(8, 0);
	new DataView(head.buffer).setInt16(50, longLoca ? 1 : 0);
	const hhea = table(font, 'hhea').slice();
	new DataView(hhea.buffer).setUint16(34, count);
	const maxp = table(font, 'maxp').slice();
	new DataView(maxp.buffer).setUint16(4, count);
	const tables: Record<string, Uint8Array> = {
		cmap: cmapTable(request.toUnicode),
		glyf,
		head,
		hhea,
		hmtx: new Uint8Array(hmtx.buffer),
		loca: new Uint8Array(loca.buffer),
		maxp,
		name: nameTable(font, request.postScriptName),
		post: postTable(font)
	};
	if (font.tables.has('OS/2')) tables['OS/2'] = table(font, 'OS/2');
	return assemble(tables);
}

/** Six capital letters from the glyph set, as PDF names subset fonts (ISO 32000-1, 9.6.4). */
export function subsetTag(glyphs: Iterable<number>, salt: string): string {
	let h = 0x811c9dc5;
	const mix = (n: number) => (h = Math.imul(h ^ n, 0x01000193) >>> 0);
	for (const c of salt) mix(c.charCodeAt(0));
	for (const id of [...new Set(glyphs)].sort((a, b) => a - b)) mix(id);
	let tag = '';
	for (let i = 0; i < 6; i++) {
		tag += String.fromCharCode(65 + (h % 26));
		h = Math.floor(h / 26) || mix(i);
	}
	return tag;
}

const covered = new WeakMap<Uint8Array, (codePoint: number) => boolean>();

/** Whether the font has a glyph for a character, from its Windows Unicode (format 4) cmap. */
export function fontCovers(bytes: Uint8Array): (codePoint: number) => boolean {
	const cached = covered.get(bytes);
	if (cached) return cached;
	const font = parse(bytes);
	const cmap = font.tables.get('cmap');
	const v = font.view;
	let sub = -1;
	for (let i = 0; cmap && i < v.getUint16(cmap.offset + 2); i++) {
		const r = cmap.offset + 4 + i * 8;
		const at = cmap.offset + v.getUint32(r + 4);
		if (v.getUint16(r) === 3 && v.getUint16(r + 2) === 1 && v.getUint16(at) === 4) sub = at;
	}
	const segments: [number, number, number, number, number][] = [];
	if (sub >= 0) {
		const n = v.getUint16(sub + 6) / 2;
		for (let i = 0; i < n; i++) {
			const rangeAt = sub + 16 + n * 6 + i * 2;
			segments.push([
				v.getUint16(sub + 16 + n * 2 + i * 2),
				v.getUint16(sub + 14 + i * 2),
				v.getUint16(sub + 16 + n * 4 + i * 2),
				v.getUint16(rangeAt),
				rangeAt
			]);
		}
	}
	// One byte per BMP character, filled once per font: the check runs for every character of an output.
	const table = new Uint8Array(0x10000);
	for (const [start, end, delta, rangeOffset, rangeAt] of segments) {
		for (let cp = start; cp <= end && cp < 0xffff; cp++) {
			const glyph = rangeOffset === 0 ? cp : v.getUint16(rangeAt + rangeOffset + (cp - start) * 2);
			if (glyph !== 0 && ((glyph + delta) & 0xffff) !== 0) table[cp] = 1;
		}
	}
	const covers = (cp: number) => cp <= 0xffff && table[cp] === 1;
	covered.set(bytes, covers);
	return covers;
}

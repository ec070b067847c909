import { zlibSync } from 'fflate';
import { bytesOf, latin1 } from './binary-string';

/**
 * Packs a finished jsPDF file's plain objects into one compressed object stream (PDF 1.5, ISO
 * 32000-1 § 7.5.7) with a cross-reference stream (§ 7.5.8). jsPDF writes every object in the clear;
 * the structure tree that makes a PDF readable aloud is hundreds of small dictionaries (a 4-page plan:
 * about 20 KB), which compress to a tenth. Streams (page content, fonts, metadata) stay where they
 * are, as they are. Uses jsPDF's own deflate (fflate), so nothing new is loaded.
 *
 * The input is the file as jsPDF writes it: a classic cross-reference table at the end, one
 * generation per object, no encryption (Veivalg never encrypts). Anything else is returned as it was.
 */

/** `file`: the PDF as jsPDF's binary string (`doc.output()`), or its bytes. Returns the packed bytes. */
export function packObjects(file: string | ArrayBuffer): ArrayBuffer {
	const text = typeof file === 'string' ? file : latin1(new Uint8Array(file));
	const unchanged = () => (typeof file === 'string' ? bytesOf(file).buffer : file);
	const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
	const table = /^xref\n0 (\d+)\n/.exec(text.slice(startxref));
	const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(text.slice(startxref));
	if (!table || !trailer || /\/Encrypt/.test(trailer[1]!)) return unchanged();
	const size = Number(table[1]);
	const rows = text
		.slice(startxref + table[0].length)
		.split('\n')
		.slice(0, size);
	const offsets = rows.map((r) => Number(r.slice(0, 10)));
	const order = [...offsets.keys()].filter((n) => n > 0 && offsets[n]! > 0).sort((a, b) => offsets[a]! - offsets[b]!);

	// Each object's text, from its offset to the next object's (or the table).
	const body = new Map<number, string>();
	order.forEach((n, i) =>
		body.set(n, text.slice(offsets[n], i + 1 < order.length ? offsets[order[i + 1]!] : startxref))
	);
	// Each object without a stream, as its dictionary (or other value) alone: what goes in the object stream.
	const plain = new Map<number, string>();
	for (const n of order) {
		const m = new RegExp(`^${n} 0 obj\\n([\\s\\S]*?)\\n?endobj\\s*$`).exec(body.get(n)!);
		if (m && !/\bstream\r?\n/.test(m[1]!)) plain.set(n, m[1]!);
	}
	const packed = [...plain.keys()];
	if (packed.length === 0) return unchanged();
	const index = new Map(packed.map((n, i) => [n, i]));

	const head = text.slice(0, offsets[order[0]!]).replace(/^%PDF-1\.\d/, '%PDF-1.7');
	let out = head;
	const where = new Map<number, number>();
	for (const n of order)
		if (!index.has(n)) {
			where.set(n, out.length);
			out += body.get(n)!.replace(/\n*$/, '\n');
		}
	// The object stream: «number offset» pairs, then the objects one after another.
	const objStm = size;
	const xrefStm = size + 1;
	let pairs = '';
	let objects = '';
	for (const n of packed) {
		pairs += `${n} ${objects.length} `;
		objects += `${plain.get(n)!}\n`;
	}
	const streamData = zlibSync(bytesOf(pairs + objects), { level: 6 });
	where.set(objStm, out.length);
	out +=
		`${objStm} 0 obj\n<</Type /ObjStm /N ${packed.length} /First ${pairs.length} /Filter /FlateDecode /Length ${streamData.length}>>\nstream\n` +
		latin1(streamData) +
		'\nendstream\nendobj\n';

	// The cross-reference stream: type 1 = at an offset, 2 = in the object stream at an index.
	const total = size + 2;
	const entries = new Uint8Array(total * 7);
	const put = (n: number, type: number, a: number, b: number) => {
		entries.set([type, (a >>> 24) & 255, (a >>> 16) & 255, (a >>> 8) & 255, a & 255, (b >>> 8) & 255, b & 255], n * 7);
	};
	put(0, 0, 0, 65535);
	where.set(xrefStm, out.length);
	for (let n = 1; n < total; n++) {
		const i = index.get(n);
		if (i !== undefined) put(n, 2, objStm, i);
		else if (where.has(n)) put(n, 1, where.get(n)!, 0);
		else put(n, 0, 0, 0);
	}
	const xref = zlibSync(entries, { level: 6 });
	const keep = trailer[1]!.replace(/\/Size \d+/, '').trim();
	out +=
		`${xrefStm} 0 obj\n<</Type /XRef /Size ${total} /W [1 4 2] ${keep} /Filter /FlateDecode /Length ${xref.length}>>\nstream\n` +
		latin1(xref) +
		`\nendstream\nendobj\nstartxref\n${where.get(xrefStm)}\n%%EOF\n`;
	return bytesOf(out).buffer;
}

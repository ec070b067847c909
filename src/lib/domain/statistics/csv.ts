import { AppError } from '../app-error';
/**
 * CSV as Norwegian Excel opens it: UTF-8 with a byte-order mark, semicolons,
 * CRLF. Cells that a spreadsheet would run as a formula (= + - @ and tab /
 * CR first) get a leading apostrophe; nothing typed can become a formula.
 */

const BOM = '\uFEFF';

function cell(value: string | number): string {
	let s = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[;"\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Preamble lines (say what the file is) start with '#'; then the header and the rows. */
export function writeCsv(preamble: string[], rows: (string | number)[][]): string {
	const lines = [...preamble.map((p) => cell(`# ${p}`)), ...rows.map((r) => r.map(cell).join(';'))];
	return BOM + lines.join('\r\n') + '\r\n';
}

/** A statistics file that cannot be used; the key says what is wrong with it. */
export class CsvError extends AppError {
	constructor(key: string, values: Record<string, string | number> = {}) {
		super('csv', { key, values });
	}
}

/**
 * Lines of cells, quotes honoured; the BOM and preamble lines ('#') are
 * returned apart. Accepts ';' or ',' (a file re-saved by another program)
 * judged by the header line.
 */
export function parseCsv(text: string): { preamble: string[]; rows: string[][] } {
	const src = text.startsWith(BOM) ? text.slice(1) : text;
	const records: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let delimiter: string | null = null;
	let i = 0;
	const endField = () => {
		row.push(field);
		field = '';
	};
	const endRow = () => {
		endField();
		records.push(row);
		row = [];
	};
	while (i < src.length) {
		const ch = src[i]!;
		if (quoted) {
			if (ch === '"') {
				if (src[i + 1] === '"') {
					field += '"';
					i++;
				} else quoted = false;
			} else field += ch;
		} else if (ch === '"' && field === '') quoted = true;
		else if (ch === '\r' && src[i + 1] === '\n') {
			endRow();
			i++;
		} else if (ch === '\n' || ch === '\r') endRow();
		else if ((delimiter === null && (ch === ';' || ch === ',') && !isPreamble(row, field)) || ch === delimiter) {
			delimiter ??= ch;
			endField();
		} else field += ch;
		i++;
	}
	if (quoted) throw new CsvError('statistics.import.errors.unclosedQuote');
	if (field !== '' || row.length > 0) endRow();
	const preamble: string[] = [];
	const rows: string[][] = [];
	for (const r of records) {
		if (r.length === 1 && r[0]!.startsWith('#')) preamble.push(r[0]!.slice(1).trim());
		else if (r.some((c) => c.trim() !== '')) rows.push(r);
	}
	return { preamble, rows };
}

/** A preamble line is one cell starting with '#': its commas are text, not delimiters. */
const isPreamble = (row: string[], field: string) => row.length === 0 && field.startsWith('#');

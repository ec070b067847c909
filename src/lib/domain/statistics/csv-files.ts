import type { Translate as T } from '../common';
import { periodOf } from './aggregate';
import { normaliseOffice, OTHER_OFFICE } from './anon-row';
import { CsvError, parseCsv, writeCsv } from './csv';
import { cellLabel, tableTitle } from './labels';
import {
	PUBLISHED_TABLES,
	TABLE_CODES,
	type FixedPeriod,
	type Published,
	type TableCode,
	type Tables
} from './published';
import { BASE } from './rounding';

/**
 * The tables file: what a counsellor hands on, and what a coordinator adds
 * up. Every number is rounded (published.ts), so the file may be shared.
 * Labels are in the chosen language for people; each line also carries the
 * table's and category's code, so a nynorsk file adds up with a bokmål one.
 */

export const TABLES_FORMAT = 'veivalg-statistikk';
/** v3 carries the file id; v2 files (without one) are still read and told apart by their numbers. */
const VERSION = 'v3';
/** The per-client rows file of earlier versions: no longer made, and refused with a reason. */
const ROWS_FORMAT = 'veivalg-anonyme-rader';
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
const MAX_COUNT = 1_000_000;
/** Statistics are kept from 2020 (the first version of this guidance) up to next year. */
export const FIRST_YEAR = 2020;

/** «2026-K2», «2026-H1», «2026»: one code per fixed period, in the file's first line. */
export function periodCode(p: FixedPeriod): string {
	return p.kind === 'year' ? String(p.year) : `${p.year}-${p.kind === 'quarter' ? 'K' : 'H'}${p.index}`;
}

function readPeriodCode(code: string): FixedPeriod | null {
	const m = /^(\d{4})(?:-([KH])([1-4]))?$/.exec(code);
	if (!m) return null;
	const year = Number(m[1]);
	if (!m[2]) return { kind: 'year', year, index: 1 };
	const kind = m[2] === 'K' ? 'quarter' : 'half';
	const index = Number(m[3]);
	return kind === 'half' && index > 2 ? null : { kind, year, index };
}

/**
 * A table's rows in a fixed order that says nothing about the counts: categories as the app lists
 * them; offices by name, «not stated» and «*» (the small ones together) last.
 */
export function orderedCells(code: TableCode, cells: Record<string, number>): [string, number][] {
	const known = PUBLISHED_TABLES[code] as readonly string[] | null;
	const keys = known
		? known.filter((k) => k in cells)
		: Object.keys(cells).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'nb'));
	return keys.map((k) => [k, cells[k]!]);
}
const rank = (office: string) => (office === OTHER_OFFICE ? 2 : office === '' ? 1 : 0);

export function tablesCsv(p: Published & { fileId: string }, made: string, t: T): string {
	const months = periodOf(p.period.kind, p.period.year, p.period.index);
	const rows: (string | number)[][] = [
		[t('statistics.file.table'), t('statistics.file.category'), t('statistics.file.count'), 'tabell', 'kategori']
	];
	for (const code of TABLE_CODES)
		for (const [key, n] of orderedCells(code, p.tables[code]))
			rows.push([tableTitle(t, code), cellLabel(t, code, key), n, code, key]);
	return writeCsv(
		[
			`${t('statistics.file.tablesTitle')} (${TABLES_FORMAT} ${VERSION} ${periodCode(p.period)} ${p.fileId})`,
			`${t('statistics.file.period', { from: months.from, to: months.to })} ${t('statistics.file.made', { date: made })}`,
			t('statistics.file.tablesNote')
		],
		rows
	);
}

const emptyTables = (): Tables => Object.fromEntries(TABLE_CODES.map((c) => [c, {}])) as unknown as Tables;

/** Every split adds up to its total, as a file made by Veivalg always does. */
const SPLITS: [TableCode, TableCode][] = [
	['ageBands', 'clients'],
	['genders', 'clients'],
	['education', 'clients'],
	['experience', 'clients'],
	['referrals', 'clients'],
	['offices', 'clients'],
	['sessionsByKind', 'sessions'],
	['sessionsByMode', 'sessions']
];
const total = (cells: Record<string, number>) => Object.values(cells).reduce((a, b) => a + b, 0);

/**
 * Reads a tables file. All or nothing: a foreign file, an unknown table or
 * category, a number that is not rounded, a year out of range or tables
 * that do not add up refuse the whole file, naming the line where there is
 * one; the coordinator never adds up half a file without knowing.
 */
export function parseTablesCsv(text: string, now = new Date()): Published & { fileId: string | null } {
	if (text.length > MAX_IMPORT_BYTES) throw new CsvError('statistics.import.errors.tooLarge');
	const { preamble, rows } = parseCsv(text);
	const first = preamble[0] ?? '';
	const m = new RegExp(`${TABLES_FORMAT} (?:v2 (\\S+)|${VERSION} (\\S+) ([0-9a-f]{16}))\\)`).exec(first);
	if (!m) {
		if (first.includes(ROWS_FORMAT)) throw new CsvError('statistics.import.errors.rowsFile');
		if (first.includes(TABLES_FORMAT)) throw new CsvError('statistics.import.errors.oldTables');
		throw new CsvError('statistics.import.errors.foreign');
	}
	const period = readPeriodCode((m[1] ?? m[2])!);
	if (!period) throw new CsvError('statistics.import.errors.foreign');
	if (period.year < FIRST_YEAR || period.year > now.getFullYear() + 1)
		throw new CsvError('statistics.import.errors.year', {
			year: String(period.year).padStart(4, '0'),
			first: FIRST_YEAR,
			last: now.getFullYear() + 1
		});
	const [header, ...body] = rows;
	if (!header || header.length < 5) throw new CsvError('statistics.import.errors.noHeader');
	const tables = emptyTables();
	body.forEach((cells, n) => {
		// Line numbers as a spreadsheet shows them: preamble, header, then this row.
		const line = preamble.length + 2 + n;
		const bad = () => new CsvError('statistics.import.errors.badRow', { line });
		const [, , countCell = '', codeCell = '', keyCell = ''] = cells.map((c) => c.trim());
		const code = codeCell as TableCode;
		if (!TABLE_CODES.includes(code) || !/^\d{1,7}$/.test(countCell)) throw bad();
		const count = Number(countCell);
		if (count % BASE !== 0 || count > MAX_COUNT) throw new CsvError('statistics.import.errors.notRounded', { line });
		const known = PUBLISHED_TABLES[code] as readonly string[] | null;
		const key = known ? (known.includes(keyCell) ? keyCell : null) : officeName(keyCell);
		if (key === null || key in tables[code]) throw bad();
		tables[code][key] = count;
	});
	for (const code of TABLE_CODES) {
		const keys = PUBLISHED_TABLES[code] as readonly string[] | null;
		for (const k of keys ?? []) tables[code][k] ??= 0;
	}
	for (const [split, of] of SPLITS)
		if (total(tables[split]) !== tables[of].total) throw new CsvError('statistics.import.errors.doesNotAddUp');
	return { period, tables, fileId: m[3] ?? null };
}

/** An office name as the file may carry one: cleaned like a typed one (no formulas, markup or direction marks). */
function officeName(cell: string): string | null {
	const raw = cell.startsWith("'") ? cell.slice(1) : cell;
	if (raw === '' || raw === OTHER_OFFICE) return raw;
	const clean = normaliseOffice(raw);
	return clean === '' ? null : clean;
}

/** Same period and the same numbers: the same file again, whatever its name or bytes. */
export function contentKey(p: Published): string {
	return [
		periodCode(p.period),
		...TABLE_CODES.flatMap((c) =>
			Object.entries(p.tables[c])
				.sort()
				.map(([k, n]) => `${c}.${k}=${n}`)
		)
	].join('|');
}

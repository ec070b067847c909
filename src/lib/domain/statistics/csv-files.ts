import { FOLLOW_UP_POINTS } from '../client/registration';
import type { Period, Stats } from './aggregate';
import { anonRowSchema, OTHER_OFFICE, protectOffices, shownOffice, type AnonRow } from './anon-row';
import { CsvError, parseCsv, writeCsv } from './csv';
import { categoryLabel, officeLabel, type CountTable } from './labels';
import { suppress } from './suppression';
import type { Translate as T } from '../common';

/**
 * The two files a counsellor can hand on: the anonymous rows (one per
 * client, in the shape of the evaluators' form, for a coordinator to add up)
 * and the aggregated tables (small counts suppressed, for anyone). Column
 * names and values are stable codes, whatever the interface language, so a
 * nynorsk file adds up with a bokmål one.
 */

export const ROWS_FORMAT = 'veivalg-anonyme-rader';
export const TABLES_FORMAT = 'veivalg-statistikk';
const VERSION = 'v1';
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const join = (values: readonly string[]) => values.join('|');
const split = (cell: string) => (cell.trim() === '' ? [] : cell.split('|').map((v) => v.trim()));
const orEmpty = (v: string | number | null) => (v === null ? '' : v);

/** One column: its stable name, how a row writes it and how a cell reads back. */
interface Column {
	name: string;
	write: (r: AnonRow) => string | number;
	read: (cell: string, into: Record<string, unknown>) => void;
}

const int = (cell: string) => (cell.trim() === '' ? 0 : Number(cell));
const intOrNull = (cell: string) => (cell.trim() === '' ? null : Number(cell));
const codeOrNull = (cell: string) => (cell.trim() === '' ? null : cell.trim());

const simple = (name: string, key: keyof AnonRow, kind: 'code' | 'list' | 'int' | 'intOrNull' | 'text'): Column => ({
	name,
	write: (r) => {
		const v = r[key];
		return Array.isArray(v) ? join(v) : orEmpty(v as string | number | null);
	},
	read: (cell, into) => {
		into[key] =
			kind === 'list'
				? split(cell)
				: kind === 'int'
					? int(cell)
					: kind === 'intOrNull'
						? intOrNull(cell)
						: kind === 'code'
							? codeOrNull(cell)
							: cell.trim();
	}
});

const outcomeColumn = (months: number): Column => ({
	name: months === 0 ? 'resultat_ved_slutt' : `resultat_${months}_mnd`,
	write: (r) => {
		const got = r.outcomes[String(months)];
		return got ? join(got) : '';
	},
	read: (cell, into) => {
		const outcomes = (into.outcomes ??= {}) as Record<string, string[]>;
		if (cell.trim() !== '') outcomes[String(months)] = split(cell);
	}
});

export const ROW_COLUMNS: Column[] = [
	simple('maaned', 'month', 'text'),
	simple('aldersgruppe', 'ageBand', 'code'),
	simple('kjonn', 'gender', 'code'),
	simple('utdanning', 'education', 'code'),
	simple('arbeidserfaring', 'experience', 'code'),
	simple('mal', 'aims', 'list'),
	simple('nav_kontor', 'navOffice', 'text'),
	simple('nav_situasjon', 'navSituation', 'list'),
	simple('kom_via', 'referral', 'code'),
	simple('samtaler_individuelle', 'sessionsIndividual', 'int'),
	simple('samtaler_trepart', 'sessionsThreeWay', 'int'),
	simple('samtaler_gruppe', 'sessionsGroup', 'int'),
	simple('samtaler_fysiske', 'sessionsPhysical', 'int'),
	simple('samtaler_digitale', 'sessionsDigital', 'int'),
	simple('minutter', 'minutes', 'int'),
	simple('moduler_fullfort', 'modulesDone', 'list'),
	simple('dager_til_plan', 'daysToPlan', 'intOrNull'),
	simple('avsluttet', 'ended', 'text'),
	...FOLLOW_UP_POINTS.map(outcomeColumn)
];

export interface FileMeta {
	period: Period;
	/** 'YYYY-MM-DD' */
	made: string;
}

const periodText = (t: T, p: Period) => t('statistics.file.period', { from: p.from, to: p.to });

/** The anonymous rows of the clients who started in the period; rare office names merged first. */
export function anonRowsCsv(rows: AnonRow[], meta: FileMeta, t: T): string {
	const inside = protectOffices(rows.filter((r) => r.month >= meta.period.from && r.month <= meta.period.to));
	return writeCsv(
		[
			`${t('statistics.file.rowsTitle')} (${ROWS_FORMAT} ${VERSION})`,
			`${periodText(t, meta.period)} ${t('statistics.file.made', { date: meta.made })}`,
			t('statistics.file.rowsNote', { office: OTHER_OFFICE })
		],
		[ROW_COLUMNS.map((c) => c.name), ...inside.map((r) => ROW_COLUMNS.map((c) => c.write(r)))]
	);
}

export interface ImportedRows {
	rows: AnonRow[];
	/** What the file's own first lines say (title, period), shown beside it. */
	description: string[];
}

/**
 * Reads another counsellor's anonymous rows. All or nothing: a foreign file,
 * a missing column or one bad row refuses the whole file (with the line), so
 * a coordinator never adds up half a file without knowing.
 */
export function parseAnonRowsCsv(text: string): ImportedRows {
	if (text.length > MAX_IMPORT_BYTES) throw new CsvError('statistics.import.errors.tooLarge');
	const { preamble, rows } = parseCsv(text);
	if (!preamble[0]?.includes(`${ROWS_FORMAT} ${VERSION}`)) {
		if (preamble[0]?.includes(TABLES_FORMAT)) throw new CsvError('statistics.import.errors.tablesFile');
		throw new CsvError('statistics.import.errors.foreign');
	}
	const [header, ...body] = rows;
	if (!header) throw new CsvError('statistics.import.errors.noHeader');
	const names = header.map((h) => h.trim());
	const index = new Map(names.map((n, i) => [n, i]));
	const missing = ROW_COLUMNS.filter((c) => !index.has(c.name)).map((c) => c.name);
	if (missing.length) throw new CsvError('statistics.import.errors.missingColumns', { columns: missing.join(', ') });
	const out: AnonRow[] = [];
	body.forEach((cells, n) => {
		const raw: Record<string, unknown> = {};
		for (const c of ROW_COLUMNS) c.read(cells[index.get(c.name)!] ?? '', raw);
		raw.outcomes ??= {};
		const parsed = anonRowSchema.safeParse(raw);
		// Line numbers as a spreadsheet shows them: preamble, header, then this row.
		if (!parsed.success) throw new CsvError('statistics.import.errors.badRow', { line: preamble.length + 2 + n });
		out.push(parsed.data);
	});
	return { rows: out, description: preamble.slice(0, 2) };
}

/** The aggregated tables with small counts suppressed; labels in the chosen language. */
export function statsTablesCsv(s: Stats, meta: FileMeta, t: T): string {
	const rows: (string | number)[][] = [
		[t('statistics.file.table'), t('statistics.file.category'), t('statistics.file.count')]
	];
	const addTable = (title: string, entries: [string, number][], partition: boolean) => {
		const shown = suppress(
			entries.map(([, n]) => n),
			partition
		);
		entries.forEach(([label], i) => rows.push([title, label, shown[i]!]));
	};
	const counts = (title: string, table: CountTable, c: Record<string, number>, partition: boolean) =>
		addTable(
			title,
			Object.entries(c).map(([k, n]) => [categoryLabel(t, table, k), n]),
			partition
		);

	addTable(t('statistics.clients'), [[t('statistics.total'), s.clients]], false);
	counts(t('statistics.sessionsByKind'), 'sessionsByKind', s.sessionsByKind, false);
	counts(t('statistics.sessionsByMode'), 'sessionsByMode', s.sessionsByMode, false);
	counts(t('statistics.modulesDone'), 'modulesDone', s.modulesDone, false);
	counts(t('statistics.timeToPlan'), 'timeToPlan', s.timeToPlan.bands, false);
	counts(t('statistics.aims'), 'aims', s.aims, false);
	counts(t('statistics.ageBands'), 'ageBands', s.ageBands, true);
	counts(t('statistics.genders'), 'genders', s.genders, true);
	counts(t('statistics.education'), 'education', s.education, true);
	counts(t('statistics.experience'), 'experience', s.experience, true);
	counts(t('statistics.situations'), 'situations', s.situations, false);
	counts(t('statistics.referrals'), 'referrals', s.referrals, true);
	for (const p of s.outcomes) {
		const title = t('statistics.outcomesAt', { point: t(`outcomes.points.p${p.months}`) });
		addTable(title, [[t('statistics.recorded'), p.recorded]], false);
		counts(title, 'outcomes', p.counts, false);
	}
	addTable(
		t('statistics.byOfficeClients'),
		protectOfficeBreakdown(s).map((b) => [officeLabel(t, b.key), b.clients]),
		true
	);
	addTable(
		t('statistics.byAgeBandPlans'),
		s.byAgeBand.map((b) => [categoryLabel(t, 'ageBands', b.key), b.plans]),
		false
	);
	return writeCsv(
		[
			`${t('statistics.file.tablesTitle')} (${TABLES_FORMAT} ${VERSION})`,
			`${periodText(t, meta.period)} ${t('statistics.file.made', { date: meta.made })}`,
			t('statistics.file.tablesNote')
		],
		rows
	);
}

/** Office names only where at least five clients share them, as in the rows file. */
function protectOfficeBreakdown(s: Stats) {
	const merged = new Map<string, { key: string; clients: number }>();
	for (const b of s.byOffice) {
		const key = shownOffice(b.key, b.clients);
		const m = merged.get(key) ?? { key, clients: 0 };
		m.clients += b.clients;
		merged.set(key, m);
	}
	return [...merged.values()];
}

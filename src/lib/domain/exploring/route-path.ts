import { localName, type Catalogue, type Trade } from '../catalogue/schema';
import type { Translate } from '../common';
import type { Mapping, SchoolRow } from '../mapping/mapping';
import { LEVEL_YEARS, yearsCompleted } from '../mapping/school-years';

/**
 * The concrete way to a trade for this client: the school years still
 * needed, named («Vg2 Elenergi og ekom»), then the months in a company. It
 * reads module 1's education history — which level was reached in which
 * programme, and whether that year was passed, left or is still going on —
 * so a Vg2 started and left is taken again, and a passed Vg2 is not.
 */

const SCHOOL_LEVELS = ['vg1', 'vg2', 'vg3'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

export interface SchoolStep {
	level: SchoolLevel;
	/**
	 * The programme areas this year can be taken in, as alternatives: the trade's Vg1; for Vg2 the
	 * one named for the trade, or the Vg2 the client started when the trade builds on it, or else
	 * every Vg2 the trade builds on («Vg2 Arbeidsmaskiner eller Vg2 Kjøretøy»); the trade itself for Vg3.
	 */
	codes: string[];
	/** This year was started before and left, or is going on now; null when it is new. */
	started: 'left' | 'ongoing' | null;
}

export interface RoutePath {
	school: SchoolStep[];
	companyMonths: number;
	/** A year counted as completed only because its row has no status yet. */
	assumesPassed: boolean;
}

/** What school the client still needs for this trade's apprenticeship, and then the company time. */
export function routePath(trade: Trade, mapping: Pick<Mapping, 'education'> | undefined): RoutePath {
	const rows = (mapping?.education.upperSecondary ?? []).filter((r) => r.programme === trade.programme);
	const tradesVg2 = (r: SchoolRow) => r.vg2 === '' || trade.vg2.includes(r.vg2);
	let assumesPassed = false;
	/** Whether some row in the programme completed this many years (Vg2 and up: in one of the trade's Vg2 areas). */
	const done = (years: number) =>
		rows.some((r) => {
			const c = yearsCompleted(r);
			const ok = c.years >= years && (years < 2 || tradesVg2(r));
			if (ok && c.assumed) assumesPassed = true;
			return ok;
		});
	const needed = SCHOOL_LEVELS.slice(0, Math.round(trade.schoolMonths / 12));
	const school: SchoolStep[] = [];
	needed.forEach((level, i) => {
		if (done(i + 1)) return;
		const at = rows.find(
			(r) => r.level !== null && LEVEL_YEARS[r.level] === i + 1 && (i === 0 || tradesVg2(r)) && r.status !== 'passed'
		);
		const codes =
			level === 'vg1'
				? [trade.vg1.find((c) => c.startsWith(trade.programme)) ?? trade.vg1[0]!]
				: level === 'vg2'
					? at?.vg2
						? [at.vg2]
						: vg2Alternatives(trade)
					: [trade.code];
		const started = at?.status === 'left' || at?.status === 'ongoing' ? at.status : null;
		school.push({ level, codes, started });
	});
	return { school, companyMonths: trade.companyMonths, assumesPassed };
}

/**
 * The Vg2 a trade's apprenticeship follows: the Vg2 named for the trade (Helsearbeiderfaget →
 * Vg2 Helsearbeiderfag, the same three letters in Udir's code), otherwise every Vg2 it builds on.
 */
export function vg2Alternatives(trade: Pick<Trade, 'code' | 'vg2'>): string[] {
	const named = trade.vg2.find((c) => c.slice(2, 5) === trade.code.slice(2, 5));
	return named ? [named] : trade.vg2.length ? [...trade.vg2] : [trade.code];
}

/** The way a chosen route takes: only the routes through school and a company have one. */
export function goalPath(
	trade: Trade | undefined,
	route: string | null,
	mapping: Pick<Mapping, 'education'> | undefined
): RoutePath | null {
	return trade && (route === 'apprenticeship' || route === 'laerekandidat') ? routePath(trade, mapping) : null;
}

/** School months still needed, then company months: the apprenticeship's length for this client. */
export const pathMonths = (p: RoutePath) => p.school.length * 12 + p.companyMonths;

/** A programme area's name from the catalogue (Vg1 programmes, Vg2 areas, the trade itself). */
export function areaName(
	catalogue: Pick<Catalogue, 'programmes' | 'vg2' | 'trades'>,
	code: string,
	lang: 'nb' | 'nn' | 'en'
) {
	const found =
		catalogue.vg2.find((v) => v.code === code) ??
		catalogue.programmes.find((p) => p.code === code) ??
		catalogue.trades.find((tr) => tr.code === code);
	return found ? localName(found.name, lang) : code;
}

/** «Vg2 Elenergi og ekom (1 år) → 30 måneder i lære», in the interface language. */
export function pathText(p: RoutePath, name: (code: string) => string, t: Translate): string {
	return [
		...p.school.map((s) => {
			const level = s.level === 'vg1' ? 'Vg1' : s.level === 'vg2' ? 'Vg2' : 'Vg3';
			return t(s.started ? `route.path.school_${s.started}` : 'route.path.school', {
				level,
				name: s.codes.map(name).join(` ${t('route.path.or')} ${level} `)
			});
		}),
		t('route.path.company', { months: p.companyMonths })
	].join(' → ');
}

/**
 * A route's length as a client reads it: «om lag 30 måneder», or for a praksiskandidat with
 * enough practice «kan melde seg opp til eksamen nå» (no months left to count); '' when unknown.
 */
export function routeLength(route: string | null, months: number | null, t: Translate): string {
	if (months === null || months === undefined) return '';
	if (months === 0) return route === 'praksiskandidat' ? t('exploring.readyNow') : '';
	return t('exploring.aboutMonths', { months });
}

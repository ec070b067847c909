import { yearsCompleted } from '../mapping/school-years';
import { currentMonth, monthIndex, type PracticePeriod } from '../mapping/practice';
import { RULES } from './data';
import type { RuleResult } from './types';
import type { Trade } from '../catalogue/schema';
import { examFacts } from './curriculum';

/**
 * Praksiskandidat (opplæringslova § 23-2) and fagbrev på jobb (opplæringsforskrifta § 9-58):
 * how much practice counts, how much is needed, and which school years may be credited
 * (forskrifta §§ 6-5 to 6-7).
 */

/** How a practice total is made up: calendar months at each percent, and what each month counted as. */
export interface PracticeCount {
	months: number;
	parts: { months: number; percent: number; countedAs: number }[];
	/** Some months had more than one entry; together they count no more than one month. */
	overlap: boolean;
}

/**
 * Practice months as the praksiskandidat rule counts them: a position of 80 % or more counts as
 * full time (the counties' practice; § 9-58 says it for fagbrev på jobb), smaller ones pro rata;
 * overlapping entries never give more than one month per calendar month. With the parts, so every
 * place that shows the number can say how it was made («18 mnd à 80 % og 6 mnd à 100 %»).
 */
export function countPractice(periods: readonly PracticePeriod[], now = new Date()): PracticeCount {
	const { fullTimeFromPercent } = RULES.praksiskandidat.value;
	const credit = new Map<number, number>();
	const parts = new Map<number, { months: number; percent: number; countedAs: number }>();
	const thisMonth = monthIndex(currentMonth(now))!;
	let overlap = false;
	for (const p of periods) {
		const from = monthIndex(p.start);
		const to = p.end ? monthIndex(p.end) : thisMonth;
		if (from === null || to === null || to < from) continue;
		const pct = Math.min(100, Math.max(0, Math.round(p.percent ?? 100)));
		const share = pct >= fullTimeFromPercent ? 100 : pct;
		const last = Math.min(to, thisMonth);
		if (last < from) continue;
		const part = parts.get(pct) ?? { months: 0, percent: pct, countedAs: share };
		part.months += last - from + 1;
		parts.set(pct, part);
		for (let m = from; m <= last; m++) {
			if (credit.has(m)) overlap = true;
			credit.set(m, Math.min(100, (credit.get(m) ?? 0) + share));
		}
	}
	let total = 0;
	for (const v of credit.values()) total += v;
	return {
		months: Math.round(total / 10) / 10,
		parts: [...parts.values()].sort((a, b) => a.percent - b.percent),
		overlap
	};
}

export function praksiskandidatMonths(periods: readonly PracticePeriod[], now = new Date()): number {
	return countPractice(periods, now).months;
}

/** A CV entry with the trades the counsellor has marked it relevant for. */
export interface CvEntry extends PracticePeriod {
	relevantFor?: readonly string[];
}

/** The entries that count as practice in this trade: only those the counsellor marked relevant for it. */
export const relevantTo = <E extends CvEntry>(entries: readonly E[], tradeCode: string): E[] =>
	entries.filter((e) => e.relevantFor?.includes(tradeCode));

/**
 * Practice needed: 25 % more than the trade's whole training time (§ 23-2), exact: 48 → 60,
 * 54 → 67.5. The law sets no rounding; the county assesses the practice as a whole.
 */
export function praksiskandidatRequiredMonths(trainingMonths = 48): number {
	return Math.round(trainingMonths * (1 + RULES.praksiskandidat.value.extraShare) * 10) / 10;
}

/** A school year from module 1: the Vg1 programme, the level reached and how it ended, and the Vg2 area when known. */
export interface SchoolYears {
	programme: string;
	level: 'vg1' | 'vg2' | 'vg3' | 'completed' | null;
	status?: 'passed' | 'left' | 'ongoing' | null;
	vg2?: string;
}

/** What a trade is, for crediting: its programme and the Vg2 areas it builds on. */
export interface TradeForCredit {
	programme: string;
	vg2: readonly string[];
}

/**
 * Months of practice that school years may be credited with (forskrifta § 6-7): Vg1 in the trade's
 * programme 12, another Vg1 3; the trade's own Vg2 12, another Vg2 in the same programme 6, any
 * other Vg2 3. Only whole school years with every subject passed count (§ 6-6) – module 1 records
 * the level reached, so the result says «if all subjects were passed». The best row per level counts.
 */
export function creditedSchoolMonths(rows: readonly SchoolYears[], trade: TradeForCredit): number {
	const credit = RULES.praksiskandidat.value.credit;
	let vg1 = 0;
	let vg2 = 0;
	for (const r of rows) {
		// Only completed years: a Vg2 started and left credits its Vg1, not itself.
		const { years } = yearsCompleted({ level: r.level, status: r.status ?? null });
		if (years < 1) continue;
		vg1 = Math.max(vg1, r.programme === trade.programme ? credit.ownVg1 : credit.otherVg1);
		if (years < 2) continue;
		const own = r.vg2 !== undefined && trade.vg2.includes(r.vg2);
		vg2 = Math.max(
			vg2,
			own ? credit.ownVg2 : r.programme === trade.programme ? credit.sameProgrammeVg2 : credit.otherVg2
		);
	}
	return vg1 + vg2;
}

export function praksiskandidat(haveMonths: number, trainingMonths = 48, creditMonths = 0): RuleResult {
	const required = praksiskandidatRequiredMonths(trainingMonths);
	const have = Math.round(haveMonths * 10) / 10;
	const counted = have + creditMonths;
	const missing = Math.max(0, Math.round((required - counted) * 10) / 10);
	const { extraShare, fullTimeFromPercent } = RULES.praksiskandidat.value;
	const values = {
		required,
		have,
		credit: creditMonths,
		missing,
		share: Math.round(extraShare * 100),
		fullTime: fullTimeFromPercent
	};
	const law = RULES.praksiskandidat.law;
	const cites = creditMonths > 0 ? [law[0], law[1], law[4], law[5], law[3]] : [law[0], law[1]];
	if (missing === 0)
		return { rule: 'praksiskandidat', level: 'ok', key: 'rules.praksiskandidat.enough', values, law: cites };
	return {
		rule: 'praksiskandidat',
		level: counted >= required / 2 ? 'check' : 'no',
		key: creditMonths > 0 ? 'rules.praksiskandidat.missingWithCredit' : 'rules.praksiskandidat.missing',
		values,
		law: cites
	};
}

/**
 * «First the written exam(s), then the trade test», in the curriculum's own words. Every stored
 * LK20 curriculum requires a written exam before the trade test of those outside the normal route,
 * which a praksiskandidat always is; ten require two. By forskrifta § 9-25 (3) the exam rules
 * apply to praksiskandidatar. A trade without a stored curriculum gets no claim, only «check».
 */
export function writtenExamFirst(trade: Pick<Trade, 'curriculum'>): RuleResult[] {
	const cite = [RULES.praksiskandidat.law[6]];
	const c = trade.curriculum;
	if (!c)
		return [
			{
				rule: 'praksiskandidat',
				level: 'check',
				key: 'rules.praksiskandidat.examUnknown',
				values: {},
				source: 4,
				law: cite
			}
		];
	const facts = examFacts(c);
	const context = c.language === 'sme' ? 'sme' : undefined;
	const quoted = {
		exam: c.code,
		words: facts.sentences.join(' '),
		fastsatt: c.fastsatt,
		...(context ? { context } : {})
	};
	const results: RuleResult[] = [
		{
			rule: 'praksiskandidat',
			level: 'check',
			key: `rules.praksiskandidat.${facts.exams === 'several' ? 'writtenExamsSeveral' : facts.exams > 1 ? 'writtenExams' : 'writtenExam'}`,
			values: { ...quoted, count: facts.exams === 'several' ? 0 : facts.exams },
			source: 4,
			law: cite
		}
	];
	const d = facts.testDays;
	if (d)
		results.push({
			rule: 'praksiskandidat',
			level: 'ok',
			key: `rules.praksiskandidat.testDays${d.max ? 'Range' : d.atLeast ? 'AtLeast' : ''}`,
			values: { exam: c.code, min: d.min, max: d.max ?? d.min },
			source: 4
		});
	return results;
}

/**
 * Fagbrev på jobb (forskrifta § 9-58): at least a year of practice in the trade before a contract;
 * the whole practice before the trade test is the trade's length (first ledd); the county deducts
 * the year required and any other prior learning, and the contract is at least a year (third ledd).
 */
export function fagbrevPaJobb(haveMonths: number, trainingMonths: number | null = null): RuleResult {
	const { minPracticeMonths, minContractMonths, fullTimeFromPercent } = RULES.fagbrevPaJobb.value;
	const values = {
		min: minPracticeMonths,
		have: Math.round(haveMonths * 10) / 10,
		fullTime: fullTimeFromPercent,
		minContract: minContractMonths,
		...(trainingMonths
			? { total: trainingMonths, contract: Math.max(minContractMonths, trainingMonths - minPracticeMonths) }
			: {})
	};
	const law = RULES.fagbrevPaJobb.law;
	if (haveMonths < minPracticeMonths)
		return { rule: 'fagbrevPaJobb', level: 'no', key: 'rules.fagbrevPaJobb.tooLittle', values, law: [law[1], law[2]] };
	return trainingMonths
		? {
				rule: 'fagbrevPaJobb',
				level: 'check',
				key: 'rules.fagbrevPaJobb.possibleFor',
				values,
				law: [law[1], law[2], law[4], law[5], law[3]]
			}
		: {
				rule: 'fagbrevPaJobb',
				level: 'check',
				key: 'rules.fagbrevPaJobb.possible',
				values,
				law: [law[1], law[2], law[3]]
			};
}

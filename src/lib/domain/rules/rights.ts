import { RULES } from './data';
import { schoolYearLabel, schoolYearStart } from './school-year';
import type { RuleResult } from './types';
import type { EducationLevel } from '../client/registration';

/**
 * Which rights to upper secondary education a client has under opplæringslova 2023, from birth
 * year, what module 1 shows of their education, and today's date. Each result quotes the ledd it
 * rests on (RULES[…].law). Advice: the county decides.
 */

/** Completed upper secondary, as module 1 or the registration shows it. */
export const QUALIFIED: readonly EducationLevel[] = ['vocational', 'general', 'abroadRecognised', 'higher'];
export const isQualified = (e: EducationLevel | null) => e !== null && QUALIFIED.includes(e);

export interface RightsInput {
	birthYear: number | null;
	education: EducationLevel | null;
	/** Primary school not completed (module 1 says so): the preparatory right comes first. */
	primaryNotCompleted?: boolean;
	today?: Date;
}

/** The school years the two rights span for someone born in this year. */
export function rightYears(birthYear: number) {
	return {
		adultFrom: birthYear + RULES.voksenrett.value.fromAge,
		youthUntil: birthYear + RULES.youthRight.value.untilAge
	};
}

const law = <K extends keyof typeof RULES>(rule: K, ...at: number[]) => {
	const cites = (RULES[rule] as { law?: readonly unknown[] }).law ?? [];
	return at.map((i) => cites[i]) as RuleResult['law'];
};

export function youthRight({ birthYear, education, today = new Date() }: RightsInput): RuleResult | null {
	if (isQualified(education)) return null;
	if (birthYear === null)
		return {
			rule: 'youthRight',
			level: 'check',
			key: 'rules.youthRight.unknownAge',
			values: { age: RULES.youthRight.value.untilAge },
			law: law('youthRight', 1)
		};
	const { youthUntil } = rightYears(birthYear);
	const values = { until: schoolYearLabel(youthUntil) };
	const abroad = education === 'abroadNotRecognised' ? law('youthRight', 2) : [];
	return schoolYearStart(today) <= youthUntil
		? {
				rule: 'youthRight',
				level: 'ok',
				key: 'rules.youthRight.has',
				values,
				law: [...law('youthRight', 0, 1)!, ...abroad!]
			}
		: { rule: 'youthRight', level: 'no', key: 'rules.youthRight.ended', values, law: law('youthRight', 1) };
}

export function adultRight({ birthYear, education, today = new Date() }: RightsInput): RuleResult {
	if (isQualified(education))
		return {
			rule: 'newQualification',
			level: 'ok',
			key: 'rules.newQualification.has',
			values: {},
			law: law('newQualification', 0)
		};
	if (birthYear === null)
		return {
			rule: 'voksenrett',
			level: 'check',
			key: 'rules.voksenrett.unknownAge',
			values: { age: RULES.voksenrett.value.fromAge },
			law: law('voksenrett', 0)
		};
	const { adultFrom, youthUntil } = rightYears(birthYear);
	const now = schoolYearStart(today);
	const values = {
		from: schoolYearLabel(adultFrom),
		fromYear: adultFrom,
		until: schoolYearLabel(youthUntil),
		age: RULES.voksenrett.value.fromAge
	};
	const abroad = education === 'abroadNotRecognised' ? law('voksenrett', 4)! : [];
	if (now < adultFrom)
		return { rule: 'voksenrett', level: 'check', key: 'rules.voksenrett.notYet', values, law: law('voksenrett', 0) };
	if (now <= youthUntil)
		return {
			rule: 'voksenrett',
			level: 'ok',
			key: 'rules.voksenrett.both',
			values,
			law: [...law('voksenrett', 1, 0, 3, 5)!, ...abroad]
		};
	return {
		rule: 'voksenrett',
		level: 'ok',
		key: 'rules.voksenrett.has',
		values,
		law: [...law('voksenrett', 0, 2, 3, 5)!, ...abroad]
	};
}

/** Påbygging after a passed vocational qualification: § 5-7 as a youth, § 18-7 from the school year one turns 19. */
export function pabygging({ birthYear, education }: RightsInput): RuleResult | null {
	if (education !== 'vocational') return null;
	if (birthYear === null)
		return {
			rule: 'pabygging',
			level: 'ok',
			key: 'rules.pabygging.unknownAge',
			values: {},
			law: law('pabygging', 0, 1)
		};
	const { adultFrom, youthUntil } = rightYears(birthYear);
	return {
		rule: 'pabygging',
		level: 'ok',
		key: 'rules.pabygging.has',
		values: { until: schoolYearLabel(youthUntil), from: schoolYearLabel(adultFrom) },
		law: law('pabygging', 0, 1)
	};
}

/**
 * Realkompetansevurdering (§ 18-8): a right for those with a right to adult education (§ 18-3
 * from the school year one turns 19, or § 18-4); others when the municipality or Nav recommends it.
 */
export function realkompetanse(input: RightsInput, practiceMonths = 0): RuleResult {
	const { birthYear, education, today = new Date() } = input;
	const months = Math.round(practiceMonths);
	if (isQualified(education))
		return {
			rule: 'realkompetanse',
			level: 'ok',
			key: 'rules.realkompetanse.right',
			values: { months },
			law: law('realkompetanse', 0)
		};
	if (birthYear === null)
		return {
			rule: 'realkompetanse',
			level: 'check',
			key: 'rules.realkompetanse.unknownAge',
			values: { age: RULES.voksenrett.value.fromAge },
			law: law('realkompetanse', 0, 1)
		};
	const { adultFrom } = rightYears(birthYear);
	return schoolYearStart(today) >= adultFrom
		? {
				rule: 'realkompetanse',
				level: 'ok',
				key: 'rules.realkompetanse.right',
				values: { months },
				law: law('realkompetanse', 0, 2)
			}
		: {
				rule: 'realkompetanse',
				level: 'check',
				key: 'rules.realkompetanse.viaNav',
				values: { from: schoolYearLabel(adultFrom) },
				law: law('realkompetanse', 1)
			};
}

/** Every right the client has or will have, in the order a counsellor explains them. */
export function educationRights(input: RightsInput, practiceMonths = 0): RuleResult[] {
	// Both rights to upper secondary start from completed primary school (§ 5-1, § 18-3): first that.
	if (input.primaryNotCompleted)
		return [{ rule: 'preparatory', level: 'ok', key: 'rules.preparatory.has', values: {}, law: law('preparatory', 0) }];
	const out: RuleResult[] = [];
	const youth = youthRight(input);
	if (youth) out.push(youth);
	out.push(adultRight(input));
	const extra = pabygging(input);
	if (extra) out.push(extra);
	out.push(realkompetanse(input, practiceMonths));
	return out;
}

import fc from 'fast-check';
import { MODULES, REFERRALS, TARGET_GROUPS } from '$lib/domain/client/client';
import { QUESTION_CATEGORIES } from '$lib/domain/mapping/mapping';
import {
	AGE_BANDS,
	EDUCATION_LEVELS,
	EXPERIENCE_BANDS,
	FOLLOW_UP_POINTS,
	GENDERS,
	OUTCOMES
} from '$lib/domain/client/registration';
import type { AnonRow } from '$lib/domain/statistics/anon-row';

/** Random anonymous rows for the statistics attackers (disclosure.test.ts, ledger.test.ts). */

export const YEAR = 2026;

const orNull = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 4 });
const someOf = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: 3 });

/** Clients of one year, skewed towards the small offices and rare answers that make counts small. */
export const rowArb: fc.Arbitrary<AnonRow> = fc
	.record({
		month: fc.integer({ min: 1, max: 12 }).map((m) => `${YEAR}-${String(m).padStart(2, '0')}`),
		ageBand: orNull(fc.constantFrom(...AGE_BANDS)),
		gender: orNull(fc.constantFrom(...GENDERS)),
		education: orNull(fc.constantFrom(...EDUCATION_LEVELS)),
		experience: orNull(fc.constantFrom(...EXPERIENCE_BANDS)),
		aims: someOf(QUESTION_CATEGORIES),
		navOffice: fc.constantFrom('Nav Sandnes', 'Nav Sandnes', 'Nav Sola', 'Nav Utsira', ''),
		navSituation: someOf(TARGET_GROUPS),
		referral: orNull(fc.constantFrom(...REFERRALS)),
		sessionsIndividual: fc.nat(4),
		sessionsThreeWay: fc.nat(2),
		sessionsGroup: fc.nat(2),
		sessionsPhysical: fc.constant(0),
		sessionsDigital: fc.constant(0),
		minutes: fc.nat(600),
		modulesDone: someOf(MODULES),
		daysToPlan: fc.constant(null),
		ended: fc.constant(''),
		outcomes: fc.dictionary(
			fc.constantFrom(...FOLLOW_UP_POINTS.map(String)),
			fc.uniqueArray(fc.constantFrom(...OUTCOMES), { minLength: 1, maxLength: 3 }),
			{ maxKeys: 2 }
		)
	})
	.chain((r) =>
		fc
			.record({ physical: fc.nat(r.sessionsIndividual + r.sessionsThreeWay + r.sessionsGroup), days: fc.nat(200) })
			.map(({ physical, days }) => {
				const sessions = r.sessionsIndividual + r.sessionsThreeWay + r.sessionsGroup;
				return {
					...r,
					sessionsPhysical: physical,
					sessionsDigital: sessions - physical,
					daysToPlan: r.modulesDone.includes('plan') && days % 7 ? days : null
				};
			})
	);

/**
 * The 2023 Act counts rights by school year: «frå det skoleåret som tar til det året dei fyller
 * 19 år» (§ 18-3). A school year starts on 1 August (opplæringslova § 5-1 and the regulation's
 * school-year rules); the one that «tar til» in year Y is Y–Y+1.
 */

/** The year in which the school year running on this date started: before 1 August it is last year's. */
export const schoolYearStart = (d: Date) => (d.getMonth() >= 7 ? d.getFullYear() : d.getFullYear() - 1);

/** «2027–28»: the school year that starts in the given year. */
export const schoolYearLabel = (start: number) => `${start}–${String((start + 1) % 100).padStart(2, '0')}`;

import type { SchoolRow } from './mapping';

/** Years of upper secondary a level stands for. */
export const LEVEL_YEARS = { vg1: 1, vg2: 2, vg3: 3, completed: 3 } as const;

/**
 * School years a row shows as completed: the level reached, less that year
 * when it was left or is still going on. A row without a status (entered
 * before the status was asked for) counts its level as completed, and says
 * so (`assumed`), so no length changes silently under the counsellor.
 */
export function yearsCompleted(row: Pick<SchoolRow, 'level' | 'status'>): { years: number; assumed: boolean } {
	if (!row.level) return { years: 0, assumed: false };
	const reached = LEVEL_YEARS[row.level];
	if (row.level === 'completed') return { years: reached, assumed: false };
	if (row.status === 'left' || row.status === 'ongoing') return { years: reached - 1, assumed: false };
	return { years: reached, assumed: row.status === null };
}

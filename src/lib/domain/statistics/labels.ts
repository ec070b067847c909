import { UNKNOWN, type Stats } from './aggregate';
import { OTHER_OFFICE } from './anon-row';
import type { TableCode } from './published';
import type { Translate as T } from '../common';

/**
 * Where each table's category names live in the locale files: the page and
 * the tables file label categories the same way, in the chosen language.
 */

export type CountTable =
	| 'sessionsByKind'
	| 'sessionsByMode'
	| 'modulesDone'
	| 'timeToPlan'
	| 'aims'
	| 'ageBands'
	| 'genders'
	| 'education'
	| 'experience'
	| 'situations'
	| 'referrals'
	| 'outcomes';

export const LABEL_PREFIX: Record<CountTable, string> = {
	sessionsByKind: 'session.kinds',
	sessionsByMode: 'session.modes',
	modulesDone: 'modules',
	timeToPlan: 'statistics.timeBands',
	aims: 'mapping.question.category',
	ageBands: 'registration.ageBands',
	genders: 'registration.genders',
	education: 'registration.educationLevels',
	experience: 'registration.experienceBands',
	situations: 'client.targetGroup',
	referrals: 'client.referrals',
	outcomes: 'outcomes.kinds'
};

export function categoryLabel(t: T, table: CountTable, key: string): string {
	if (key === UNKNOWN) return t('statistics.unknown');
	if (table === 'modulesDone') return t(`modules.${key}.name`);
	return t(`${LABEL_PREFIX[table]}.${key}`);
}

export function officeLabel(t: T, key: string): string {
	return key === '' ? t('statistics.unknown') : key === OTHER_OFFICE ? t('statistics.otherOffices') : key;
}

/** A table's categories with labels and counts, in the order the domain lists them. */
export function labelled(
	t: T,
	table: Exclude<CountTable, 'timeToPlan' | 'outcomes'>,
	s: Stats
): { key: string; label: string; value: number }[] {
	return Object.entries(s[table] as Record<string, number>).map(([key, value]) => ({
		key,
		label: categoryLabel(t, table, key),
		value
	}));
}

/** A published table's title (tables file and the coordinator's sum). */
export function tableTitle(t: T, code: TableCode): string {
	if (code === 'clients') return t('statistics.clients');
	if (code === 'sessions') return t('statistics.sessions');
	if (code === 'offices') return t('statistics.byOfficeClients');
	const point = /^outcomes(\d+)$/.exec(code)?.[1];
	if (point) return t('statistics.outcomesAt', { point: t(`outcomes.points.p${point}`) });
	return t(`statistics.${code}`);
}

export function cellLabel(t: T, code: TableCode, key: string): string {
	if (key === 'total') return t('statistics.total');
	if (key === 'recorded') return t('statistics.recorded');
	if (code === 'offices') return officeLabel(t, key);
	return categoryLabel(t, code.startsWith('outcomes') ? 'outcomes' : (code as CountTable), key);
}

import { t } from '$lib/state/i18n.svelte';

/**
 * Choices for a select or a choice group from a list of codes: the label is the text whose key is
 * the pattern with `*` replaced by the code («plan.owners.*», «modules.*.name»).
 */
export function optionsFrom<V extends string | number>(values: readonly V[], pattern: string) {
	return values.map((value) => ({ value, label: t(pattern.replace('*', String(value))) }));
}

import { beforeAll } from 'vitest';
import { i18n } from '$lib/state/i18n.svelte';

beforeAll(async () => {
	if (!i18n.ready) await i18n.init('nb');
});

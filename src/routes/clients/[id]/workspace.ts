import { getContext, setContext } from 'svelte';
import type { ClientWorkspace } from '$lib/state/client-workspace.svelte';

/**
 * The open client's workspace, handed from the layout to the pages below it.
 * The layout re-creates its children whenever the workspace changes (another
 * client id), so a page can read it once when it starts.
 */
const KEY = Symbol('client-workspace');

export function provideWorkspace(get: () => ClientWorkspace) {
	setContext(KEY, get);
}

export function useWorkspace(): ClientWorkspace {
	return getContext<() => ClientWorkspace>(KEY)();
}

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The one-way data flow is enforced by lint: an upward import fails, a downward one passes. */
const eslint = new ESLint();
async function importErrors(file: string, source: string) {
	const [result] = await eslint.lintText(source, { filePath: file });
	return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layers', () => {
	it.each([
		['src/lib/domain/x.ts', "import { app } from '../state/app.svelte';\nexport const a = app;"],
		['src/lib/domain/x.ts', "import { Vault } from '$lib/storage/vault';\nexport const a = Vault;"],
		['src/lib/storage/x.ts', "import { clients } from '../state/clients.svelte';\nexport const a = clients;"],
		['src/lib/output/x.ts', "import { i18n } from '../state/i18n.svelte';\nexport const a = i18n;"],
		['src/lib/state/x.ts', "import { downloadFile } from '../ui/download';\nexport const a = downloadFile;"]
	])('%s may not import upward: %s', async (file, source) => {
		expect((await importErrors(file, source)).join()).toMatch(/data flows domain → storage → state → UI/);
	});

	it.each([
		['src/lib/state/x.ts', "import { Vault } from '../storage/vault';\nexport const a = Vault;"],
		['src/lib/storage/x.ts', "import { RECORD_KINDS } from '../domain/records';\nexport const a = RECORD_KINDS;"],
		['src/lib/output/x.ts', "import { fit } from '../domain/nav-activities';\nexport const a = fit;"]
	])('%s may import downward: %s', async (file, source) => {
		expect(await importErrors(file, source)).toEqual([]);
	});
});

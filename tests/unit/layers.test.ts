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
		['src/lib/state/x.ts', "import { downloadFile } from '../ui/download';\nexport const a = downloadFile;"],
		// Feature folders inside a layer: the rule holds for every depth.
		[
			'src/lib/domain/plan/x.ts',
			"import { buildPlanPdf } from '$lib/output/plan/plan-pdf';\nexport const a = buildPlanPdf;"
		],
		['src/lib/output/plan/x.ts', "import { Vault } from '../../storage/vault';\nexport const a = Vault;"]
	])('%s may not import upward: %s', async (file, source) => {
		expect((await importErrors(file, source)).join()).toMatch(/data flows domain → storage → state → UI/);
	});

	it.each([
		['src/lib/state/x.ts', "import { Vault } from '../storage/vault';\nexport const a = Vault;"],
		['src/lib/storage/x.ts', "import { RECORD_KINDS } from '../domain/records';\nexport const a = RECORD_KINDS;"],
		['src/lib/output/x.ts', "import { fit } from '../domain/plan/nav-activities';\nexport const a = fit;"],
		['src/lib/output/plan/x.ts', "import { newPlan } from '$lib/domain/plan/plan';\nexport const a = newPlan;"]
	])('%s may import downward: %s', async (file, source) => {
		expect(await importErrors(file, source)).toEqual([]);
	});
});

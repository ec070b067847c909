import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrate, RECORD_KINDS, type KindName } from '$lib/domain/records';
import { readBackup } from '$lib/storage/backup';

/**
 * Every released schema version leaves fixtures in tests/fixtures/v<N>: plain payloads of each
 * record kind and a backup file. Whatever the app becomes, it must keep reading all of them.
 */
const versions = readdirSync('tests/fixtures').filter((d) => /^v\d+$/.test(d));

describe('stored fixtures of every released schema version', () => {
	it('there is at least the first release', () => {
		expect(versions).toContain('v1');
	});

	for (const dir of versions) {
		const v = Number(dir.slice(1));
		for (const kind of Object.keys(RECORD_KINDS) as KindName[]) {
			const file = `tests/fixtures/${dir}/${kind}.json`;
			it(`${dir}: a stored ${kind} migrates and validates`, () => {
				let data: Record<string, unknown>;
				try {
					data = JSON.parse(readFileSync(file, 'utf8'));
				} catch {
					return; // this kind did not exist in that release
				}
				const out = RECORD_KINDS[kind].schema.parse(migrate(kind, RECORD_KINDS[kind], data, v)) as { id: string };
				expect(out.id).toBe(data.id);
			});
		}

		it(`${dir}: its backup file restores`, async () => {
			const { records } = await readBackup(
				readFileSync(`tests/fixtures/${dir}/backup.veivalg`, 'utf8'),
				`fixture passphrase ${dir}`
			);
			const client = records.find((r) => r.kind === 'client')?.data as { name?: string } | undefined;
			expect(client?.name).toBe('Áila Niillasdóttir Čoarvi');
			expect(records.map((r) => r.kind).sort()).toEqual(['client', 'mapping', 'session']);
		});
	}
});

import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import en from '../../locales/en.json';
import nb from '../../locales/nb.json';
import nn from '../../locales/nn.json';

function keys(obj: object, prefix = ''): string[] {
	return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
		d.isDirectory() ? sourceFiles(join(dir, d.name)) : /\.(svelte|ts)$/.test(d.name) ? [join(dir, d.name)] : []
	);
}

describe('locales', () => {
	const nbKeys = keys(nb).sort();

	it('nynorsk and English translate every bokmål string', () => {
		expect(keys(nn).sort()).toEqual(nbKeys);
		expect(keys(en).sort()).toEqual(nbKeys);
	});

	it('every literal key the code asks for exists in bokmål', () => {
		const known = new Set(nbKeys.map((k) => k.replace(/_(one|other|zero)$/, '')));
		const missing: string[] = [];
		for (const file of sourceFiles('src')) {
			const text = readFileSync(file, 'utf8');
			for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) if (!known.has(m[1]!)) missing.push(`${file}: ${m[1]}`);
		}
		expect(missing).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import enCore from '../../locales/en.json';
import enModules from '../../locales/en-modules.json';
import nbCore from '../../locales/nb.json';
import nbModules from '../../locales/nb-modules.json';
import nnCore from '../../locales/nn.json';
import nnModules from '../../locales/nn-modules.json';

const nb = { ...nbCore, ...nbModules };
const nn = { ...nnCore, ...nnModules };
const en = { ...enCore, ...enModules };

function keys(obj: object, prefix = ''): string[] {
	return Object.entries(obj).flatMap(([k, v]) =>
		v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]
	);
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
		d.isDirectory() ? sourceFiles(join(dir, d.name)) : /\.(svelte|ts)$/.test(d.name) ? [join(dir, d.name)] : []
	);
}

describe('locales', () => {
	const nbKeys = keys(nb).sort();

	it('core and module files never define the same section twice', () => {
		for (const [core, modules] of [
			[nbCore, nbModules],
			[nnCore, nnModules],
			[enCore, enModules]
		] as const)
			expect(Object.keys(core).filter((k) => k in modules)).toEqual([]);
	});

	it('nynorsk and English translate every bokmål string', () => {
		expect(keys(nn).sort()).toEqual(nbKeys);
		expect(keys(en).sort()).toEqual(nbKeys);
	});

	it('every literal key the code asks for exists in bokmål', () => {
		const known = new Set(nbKeys.map((k) => k.replace(/_(one|other|zero)$/, '')));
		const missing: string[] = [];
		for (const file of sourceFiles('src')) {
			const text = readFileSync(file, 'utf8');
			for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g))
				if (!known.has(m[1]!)) missing.push(`${file}: ${m[1]}`);
		}
		expect(missing).toEqual([]);
	});
});

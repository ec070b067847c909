import { describe, expect, it } from 'vitest';
import { HOLLAND_TYPES, INVENTORY_ITEMS, scoreInventory } from '$lib/domain/mapping/interests';
import en from '../../locales/en-modules.json';
import nb from '../../locales/nb-modules.json';
import nn from '../../locales/nn-modules.json';

const answerAll = (value: (type: string, i: number) => number) =>
	Object.fromEntries(INVENTORY_ITEMS.map((item, i) => [item.id, value(item.type, i)]));

describe('interest inventory', () => {
	it('has 8 items for each of the six Holland types, written in nb, nn and en', () => {
		expect(INVENTORY_ITEMS).toHaveLength(48);
		for (const type of HOLLAND_TYPES) expect(INVENTORY_ITEMS.filter((i) => i.type === type)).toHaveLength(8);
		for (const locale of [nb, nn, en]) {
			const items = locale.interests.items as Record<string, string>;
			for (const item of INVENTORY_ITEMS) expect(items[item.id]?.length).toBeGreaterThan(10);
		}
	});

	it('scores each type and names the top three, highest first', () => {
		const r = scoreInventory(answerAll((type) => ({ R: 2, S: 1, C: 1, I: 0, A: 0, E: 0 })[type]!));
		expect(r.scores).toEqual({ R: 16, I: 0, A: 0, S: 8, E: 0, C: 8 });
		expect(r.top).toEqual(['R', 'S', 'C']);
		expect(r.code).toBe('RSC');
		expect(r.enough).toBe(true);
	});

	it('breaks ties in R-I-A-S-E-C order, so the same answers always give the same code', () => {
		expect(scoreInventory(answerAll(() => 1)).top).toEqual(['R', 'I', 'A']);
	});

	it('never suggests a type the person gave no points', () => {
		const r = scoreInventory(answerAll((type) => (type === 'A' ? 2 : 0)));
		expect(r.top).toEqual(['A']);
	});

	it('asks for at least half of the answers before suggesting anything', () => {
		const some = Object.fromEntries(INVENTORY_ITEMS.slice(0, 23).map((i) => [i.id, 2]));
		expect(scoreInventory(some).enough).toBe(false);
		const half = Object.fromEntries(INVENTORY_ITEMS.slice(0, 24).map((i) => [i.id, 2]));
		expect(scoreInventory(half).enough).toBe(true);
		expect(scoreInventory({}).answered).toBe(0);
	});

	it('clamps out-of-range answers and ignores unknown items', () => {
		expect(scoreInventory({ R1: 7, R2: -3, X9: 2 }).scores.R).toBe(2);
	});
});

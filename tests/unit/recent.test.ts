import { describe, expect, it } from 'vitest';
import { recent } from '$lib/output/pdf/recent';

/** The memo behind a PDF made again (output/pdf/recent.ts): the same work once, and memory bounded. */
describe('recent', () => {
	it('makes each key once while it is kept, and keeps no more than its limit, oldest out first', () => {
		const made: string[] = [];
		const once = recent<string>(30, (key, value) => key.length + value.length);
		const get = (key: string) => once(key, () => (made.push(key), key.toUpperCase()));
		expect(get('aaaaa')).toBe('AAAAA');
		expect(get('aaaaa')).toBe('AAAAA');
		expect(made).toEqual(['aaaaa']);
		get('bbbbb');
		get('ccccc'); // 30 together: all three kept
		get('ddddd'); // 40: the oldest goes
		get('bbbbb');
		get('aaaaa');
		expect(made).toEqual(['aaaaa', 'bbbbb', 'ccccc', 'ddddd', 'aaaaa']);
	});
});

import { keepSectionSign } from '$lib/domain/common';
import { describe, expect, it } from 'vitest';
import { ACTS, brokenCitations, citationLabel, citationUrl, LAW_TEXT, leddOf, type Ledd } from '$lib/domain/law';
import { RULES, type Rule } from '$lib/domain/rules';

/** Every citation of every rule, with the rule it belongs to. */
const citations = (Object.values(RULES) as Rule<unknown>[]).flatMap((r) =>
	(r.law ?? []).map((c) => ({ ...c, rule: r.id }))
);

describe('the words of the law the rules rest on', () => {
	it('every quoted phrase stands in the stored text of its ledd', () => {
		expect(citations.length).toBeGreaterThan(30);
		expect(brokenCitations(citations)).toEqual([]);
	});

	it('a new text of the law that changes quoted words flags every rule that rests on them', () => {
		// § 18-3 first ledd as it would read if the adult right went back to 25.
		const changed: Ledd[] = LAW_TEXT.map((l) =>
			l.section === '18-3' && l.ledd === 1 ? { ...l, text: l.text.replace('fyller 19 år', 'fyller 25 år') } : l
		);
		const broken = brokenCitations(citations, changed);
		expect([...new Set(broken.map((c) => c.rule))]).toEqual(['voksenrett']);
		// A ledd that is gone breaks its citations too.
		const without = LAW_TEXT.filter((l) => !(l.section === '23-2' && l.act === 'lova'));
		expect(new Set(brokenCitations(citations, without).map((c) => c.rule))).toEqual(new Set(['praksiskandidat']));
	});

	it('spaces and line breaks are not words: a quote across a line break still holds', () => {
		const c = { act: 'lova' as const, section: '18-4', ledd: 1, quote: 'éin ny\n  sluttkompetanse' };
		expect(brokenCitations([c])).toEqual([]);
	});

	it('each stored ledd is one of a known act, once, with text', () => {
		const ids = LAW_TEXT.map((l) => `${l.act} ${l.section} ${l.ledd}`);
		expect(new Set(ids).size).toBe(ids.length);
		for (const l of LAW_TEXT) {
			expect(ACTS[l.act]).toBeDefined();
			expect(l.text.length, `${l.act} § ${l.section}`).toBeGreaterThan(20);
		}
		expect(leddOf({ act: 'lova', section: '18-3', ledd: 1 })?.text).toContain('fyller 19 år');
	});

	it('names a citation as lawyers do, in each language, and links to Lovdata', () => {
		const c = { act: 'lova' as const, section: '18-3', ledd: 1 };
		// A no-break space after «§»: «§ 18-3» never breaks at the sign.
		expect(citationLabel(c, 'nb')).toBe('opplæringslova §\u00A018-3 første ledd');
		expect(citationLabel({ ...c, ledd: 3 }, 'nn')).toBe('opplæringslova §\u00A018-3 tredje ledd');
		expect(citationLabel({ act: 'forskrifta', section: '13-3', ledd: 1 }, 'en')).toBe(
			'opplæringsforskrifta §\u00A013-3 first paragraph'
		);
		expect(keepSectionSign('§ 5-1 og §§ 5-7 og 18-7')).toBe('§\u00A05-1 og §§\u00A05-7 og 18-7');
		expect(citationUrl(c)).toBe('https://lovdata.no/lov/2023-06-09-30/§18-3');
	});
});

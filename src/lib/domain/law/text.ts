import data from './text.json' with { type: 'json' };

/**
 * The words of the law that Veivalg's rules rest on, per ledd, as Lovdata publishes them
 * (nynorsk, the language the law is written in), kept as data in text.json. Every rule quotes
 * the exact words it relies on, and a test fails when the stored text no longer holds them – so
 * a new text of the law, pasted in here, flags every rule it touches.
 *
 * Source: Lovdata's consolidated texts of opplæringslova (LOV-2023-06-09-30, in force
 * 1 August 2024) and opplæringsforskrifta (FOR-2024-06-03-900), as stored in the public
 * repository larsarnenilssen/fuskelappen (data/lovdata/*.json). Links inside the text are kept
 * as their words; lists keep their letters in order. Legal texts are free of copyright
 * (åndsverkloven § 14).
 */

export interface Act {
	name: string;
	ref: string;
	url: string;
	lastChanged: string;
	retrieved: string;
}

export const ACTS: Record<'lova' | 'forskrifta', Act> = data.acts;
export type ActId = keyof typeof ACTS;

/** One ledd: act, paragraph, ledd number (1 = første ledd) and its text. */
export interface Ledd {
	act: ActId;
	section: string;
	ledd: number;
	text: string;
}

export const LAW_TEXT: readonly Ledd[] = data.ledd as Ledd[];

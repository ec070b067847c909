import type { Curriculum } from '../catalogue/schema';

/**
 * What a trade's curriculum says about the end of the training, read from the words of its
 * «Sluttvurdering» (Udir Grep, LK20; stored in the catalogue). Every LK20 Vg3 curriculum says who
 * must pass a written exam before the trade test, e.g. TMF03-02: «Før fagprøven må alle som ikke har
 * fulgt normalt opplæringsløp, ha bestått en skriftlig eksamen laget ut fra læreplanen i faget.»
 * A praksiskandidat has not followed the normal route, so every such sentence applies to them; by
 * forskrifta § 9-25 (3) the exam rules apply to praksiskandidatar. Nothing here is typed in by hand:
 * tests/unit/curricula.test.ts changes the words and sees the facts follow.
 */

export interface ExamFacts {
	/** The curriculum's sentences that require a written exam before the trade test, word for word. */
	sentences: string[];
	/** Written exams a candidate outside the normal route sits first; 'several' where the text says «eksamenene». */
	exams: number | 'several';
	/** Whether every candidate (not only those outside the normal route) sits a written exam. */
	everyone: boolean;
	/** Days the trade test takes, as the curriculum states it («minst seks», «fem til sju»); null where no number is found. */
	testDays: { min: number; max: number | null; atLeast: boolean } | null;
}

/** Sentences, split after a full stop followed by a space (the curricula's own punctuation). */
const sentencesOf = (paragraph: string) => paragraph.split(/(?<=\.)\s+/).map((s) => s.trim());

/** «Før fagprøven / svenneprøven / fagprøva / sveineprøva …», or the Northern Sámi «Ovdal fágageahččaleami …». */
const BEFORE_TEST = /^(Før (fag|svenne|sveine)prøv|Ovdal fágageahččaleami)/;
const WRITTEN = /skriftl|skriftleg|čálalaš/;
/** Only those outside the normal route: «alle som ikke/ikkje har fulgt/følgt», Sámi «buohkat geat eai leat čuvvon». */
const NOT_NORMAL_ONLY = /alle som ikk(e|je) har f(u|ø)lgt|geat eai leat čuvvon/;
const SEVERAL = /eksamenene|eksamenane/;

const NUMBERS: Record<string, number> = {
	ein: 1,
	en: 1,
	én: 1,
	éin: 1,
	to: 2,
	tre: 3,
	fire: 4,
	fem: 5,
	seks: 6,
	sju: 7,
	syv: 7,
	åtte: 8,
	ni: 9,
	ti: 10,
	elleve: 11,
	tolv: 12,
	fjorten: 14,
	femten: 15,
	seksten: 16,
	sytten: 17,
	atten: 18,
	tjue: 20,
	// Northern Sámi, as the duodji and reindrift curricula write them (genitive forms).
	golmma: 3,
	njealji: 4,
	vihtta: 5,
	guđa: 6,
	čieža: 7,
	gávcci: 8
};
const NUMBER = '(\\d+|[a-zæøåáéđč]+)';
const DAYS = new RegExp(
	`(minst |unnimusat )?(?:${NUMBER}(?: til | ?[–-] ?))?${NUMBER} (virkedager|virkedagar|vyrkedagar|arbeidsdager|dager|dagar|árgabeaivvi|bargobeaivvi|bargobeaivvis)`,
	'i'
);
const number = (word: string | undefined) =>
	word === undefined ? undefined : /^\d+$/.test(word) ? Number(word) : NUMBERS[word.toLowerCase()];

function testDays(paragraphs: readonly string[]): ExamFacts['testDays'] {
	for (const p of paragraphs)
		for (const s of sentencesOf(p)) {
			const m = DAYS.exec(s);
			const [from, to] = [number(m?.[2]), number(m?.[3])];
			if (!m || !to) continue;
			return from ? { min: from, max: to, atLeast: false } : { min: to, max: null, atLeast: !!m[1] };
		}
	return null;
}

export function examFacts(curriculum: Pick<Curriculum, 'sluttvurdering'>): ExamFacts {
	const sentences = curriculum.sluttvurdering
		.flatMap(sentencesOf)
		.filter((s) => BEFORE_TEST.test(s) && WRITTEN.test(s));
	const several = sentences.some((s) => SEVERAL.test(s));
	return {
		sentences,
		exams: several ? 'several' : sentences.length,
		everyone: sentences.some((s) => !NOT_NORMAL_ONLY.test(s)),
		testDays: testDays(curriculum.sluttvurdering)
	};
}

/** Where Udir publishes the curriculum: the «Sluttvurdering» is under «Vurderingsordning». */
export const curriculumUrl = (code: string) => `https://www.udir.no/lk20/${code.toLowerCase()}`;

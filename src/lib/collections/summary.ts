// What a collection adds up to: how many of its people are held now, the years of imprisonment they were sentenced
// to, and the articles and regions of their cases. Pure: the page, the embed and the card show the same numbers.
import type { Prisoner } from '../db/queries';
import { HELD_STATUSES } from '../prisoners/entries';

export interface Tally {
	code: string;
	people: number;
}

export interface CollectionSummary {
	people: number;
	/** In custody now: pre-trial detention, prison or compulsory treatment. */
	held: number;
	/** Years of imprisonment sentenced, in total; terms served at liberty (suspended, forced labour) are not counted. */
	prisonYears: number;
	/** The people those years are summed over: sentenced to imprisonment for a known term. */
	prisonSentenced: number;
	/** Sentenced to life: a term that cannot be summed. */
	life: number;
	/** Each article, by how many of the people are charged under it; most first. */
	articles: Tally[];
	/** Each region, by how many of the people are prosecuted there; most first. */
	regions: Tally[];
}

function tally(codes: string[][]): Tally[] {
	const counts = new Map<string, number>();
	for (const list of codes) for (const code of new Set(list)) counts.set(code, (counts.get(code) ?? 0) + 1);
	return [...counts].map(([code, people]) => ({ code, people })).sort((a, b) => b.people - a.people || a.code.localeCompare(b.code));
}

export function collectionSummary(people: Pick<Prisoner, 'status' | 'punishment' | 'sentenceYears' | 'articles' | 'region'>[]): CollectionSummary {
	const imprisoned = people.filter((p) => p.punishment === 'imprisonment' && p.sentenceYears !== null);
	return {
		people: people.length,
		held: people.filter((p) => HELD_STATUSES.has(p.status)).length,
		// Half-years are common (5.5); summing in tenths keeps 0.1 + 0.2 from showing as 0.30000000000000004.
		prisonYears: imprisoned.reduce((sum, p) => sum + Math.round(p.sentenceYears! * 10), 0) / 10,
		prisonSentenced: imprisoned.length,
		life: people.filter((p) => p.punishment === 'life_imprisonment').length,
		articles: tally(people.map((p) => p.articles)),
		regions: tally(people.map((p) => [p.region]))
	};
}

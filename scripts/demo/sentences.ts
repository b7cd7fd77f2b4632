// Prison terms for demo cases, in the ranges courts actually hand down for each article.
import type { ArticleRef, NonEmpty } from './types';
import type { Rng } from './prng';

/** Realistic prison terms in years by article; other articles fall back to their charge type. */
const SENTENCE_RANGE: Record<string, readonly [number, number]> = {
	'uk-207.3': [5, 8.5],
	'uk-280.3': [1, 3],
	'uk-280.4': [2, 6],
	'uk-275': [12, 20],
	'uk-275.1': [3, 8],
	'uk-276': [10, 15],
	'uk-205': [10, 20],
	'uk-205.2': [4, 7],
	'uk-205.5': [10, 20],
	'uk-282': [2, 6],
	'uk-282.1': [3, 7],
	'uk-282.2': [2, 8],
	'uk-282.3': [3, 8],
	'uk-280': [2, 5],
	'uk-212': [3, 8],
	'uk-212.1': [1, 5],
	'uk-318': [2, 6],
	'uk-148': [1, 3],
	'uk-167': [2, 5],
	'uk-213': [2, 7],
	'uk-319': [0.5, 1],
	'uk-328': [1, 2],
	'uk-329': [0.5, 1],
	'uk-337': [3, 7],
	'uk-338': [5, 15],
	'uk-354.1': [1, 5],
	'uk-330.1': [1, 3],
	'uk-284.1': [1, 4],
	'uk-284.2': [1, 3]
};
const SENTENCE_BY_CHARGE: Record<string, readonly [number, number]> = {
	antiwar_speech: [3, 7],
	protest: [2, 5],
	treason_espionage: [12, 20],
	extremism: [3, 8],
	terrorism: [5, 15],
	religion: [2, 7],
	other: [2, 6]
};

function sentenceRange(article: ArticleRef): readonly [number, number] {
	return SENTENCE_RANGE[article.code] ?? SENTENCE_BY_CHARGE[article.charge_type] ?? [2, 6];
}

/**
 * Within the main article's range, half a year more per extra charge but never above the longest
 * range among the charges, in half-year steps as courts give.
 */
export function sentenceFor(articles: Readonly<NonEmpty<ArticleRef>>, rng: Rng): number {
	const [min, max] = sentenceRange(articles[0]);
	const ceiling = Math.max(...articles.map((a) => sentenceRange(a)[1]));
	const years = min + rng() * (max - min) + (articles.length - 1) * 0.5;
	return Math.round(Math.min(years, ceiling) * 2) / 2;
}

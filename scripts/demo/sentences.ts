// Sentences for demo cases: prison terms in the ranges courts hand down for each article, the punishments served at
// liberty, and the words a prisoner list writes them in (what the importer has to read back).
import { pick, randInt, WeightedPicker, type Rng } from './prng';
import type { ArticleRef, NonEmpty, PrisonerStatus, Punishment } from './types';

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

export interface DemoSentence {
	punishment: Punishment | '';
	years: number | null;
	fineRub: number | null;
	/** As a prisoner list writes the sentence, or the measure before one. */
	raw: string;
}

/** Russian counts years 1 год, 2–4 года, 5–20 лет, 21 год…; lists shorten months to «мес.». */
function termRu(years: number): string {
	const whole = Math.floor(years);
	const months = Math.round((years - whole) * 12);
	const tens = whole % 100;
	const unit = whole % 10;
	const word = unit === 1 && tens !== 11 ? 'год' : unit >= 2 && unit <= 4 && (tens < 12 || tens > 14) ? 'года' : 'лет';
	return [whole > 0 ? `${whole} ${word}` : '', months > 0 ? `${months} мес.` : ''].filter(Boolean).join(' ');
}

/** «штраф 800 тыс. руб.», «штраф 1,5 млн руб.» */
function fineRu(rub: number): string {
	return rub >= 1_000_000 ? `штраф ${String(rub / 1_000_000).replace('.', ',')} млн руб.` : `штраф ${rub / 1000} тыс. руб.`;
}

function prisonTermRu(years: number, strict: boolean, rng: Rng): string {
	const regime = strict ? 'строгого' : 'общего';
	const term = termRu(years);
	return pick(rng, [`${term} колонии ${regime} режима`, `лишение свободы на ${term} в колонии ${regime} режима`, `${term} ${regime} режима`]);
}

const AT_LIBERTY = new WeightedPicker<Punishment>([
	['suspended', 0.5],
	['fine', 0.35],
	['forced_labour', 0.15]
]);

/** A suspended term of 1–4 years, a fine of 100,000–1,500,000 roubles, or 1–3 years of forced labour. */
function atLiberty(rng: Rng): DemoSentence {
	const punishment = AT_LIBERTY.pick(rng);
	if (punishment === 'fine') {
		const fineRub = randInt(rng, 1, 15) * 100_000;
		return { punishment, years: null, fineRub, raw: fineRu(fineRub) };
	}
	if (punishment === 'suspended') {
		const years = randInt(rng, 2, 8) / 2;
		return { punishment, years, fineRub: null, raw: pick(rng, [`${termRu(years)} условно`, `${termRu(years)} лишения свободы условно`]) };
	}
	const years = randInt(rng, 1, 3);
	return { punishment, years, fineRub: null, raw: `принудительные работы ${termRu(years)}` };
}

export interface CaseOutcome {
	status: PrisonerStatus;
	/** The prison term the case's dates were drawn for; null before a verdict or without one. */
	years: number | null;
	/** Days of an administrative arrest, for administrative-only cases. */
	adminArrestDays: number | null;
	strict: boolean;
}

/**
 * The punishment agrees with the status: imprisonment for those serving, released after serving, exchanged or dead;
 * none before a verdict; a punishment served at liberty for non_custodial, its own term replacing the prison one.
 */
export function sentenceOf(outcome: CaseOutcome, rng: Rng): DemoSentence {
	const none = (raw: string): DemoSentence => ({ punishment: '', years: null, fineRub: null, raw });
	switch (outcome.status) {
		case 'pretrial_detention':
			return none(pick(rng, ['заключение под стражу', 'содержание под стражей']));
		case 'house_arrest':
			return none('домашний арест');
		case 'compulsory_treatment':
			return { punishment: 'compulsory_treatment', years: null, fineRub: null, raw: pick(rng, ['принудительное лечение', 'принудительное лечение в психиатрическом стационаре']) };
		case 'non_custodial':
			return atLiberty(rng);
		default:
			if (outcome.adminArrestDays !== null) return none(`административный арест ${outcome.adminArrestDays} суток`);
			if (outcome.years === null) return none('');
			return { punishment: 'imprisonment', years: outcome.years, fineRub: null, raw: prisonTermRu(outcome.years, outcome.strict, rng) };
	}
}

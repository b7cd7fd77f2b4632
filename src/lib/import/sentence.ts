// Reads a sentence as lists write it («5 лет 6 мес. колонии общего режима», «2 года условно», «штраф 800 тыс. руб.»,
// «восемь лет», "8 years suspended") into the kind of punishment, its term in years and the fine in roubles.
import { NON_CUSTODIAL } from '../ingest/rules';

export const PUNISHMENTS = [
	'imprisonment',
	'life_imprisonment',
	'suspended',
	'fine',
	'forced_labour',
	'correctional_labour',
	'compulsory_work',
	'restricted_freedom',
	'compulsory_treatment'
] as const;
export type Punishment = (typeof PUNISHMENTS)[number];
export { NON_CUSTODIAL };

/**
 * Lightest first, in the order of art. 44 of the Criminal Code; a suspended term sits below real imprisonment, and
 * compulsory treatment, though no punishment, holds a person, so it sits just below it.
 */
const SEVERITY: readonly Punishment[] = [
	'fine',
	'compulsory_work',
	'correctional_labour',
	'restricted_freedom',
	'forced_labour',
	'suspended',
	'compulsory_treatment',
	'imprisonment',
	'life_imprisonment'
];

/** The first kind that matches a clause is its kind: «лишение свободы условно» is suspended, not imprisonment. */
const KINDS: [RegExp, Punishment][] = [
	[/пожизненн|\blife\b/, 'life_imprisonment'],
	[/условн(?!о-досрочн)|suspended/, 'suspended'],
	[/принудительн\S*\s+(лечени|мер\S*\s+медицинск)|психиатрическ|compulsory\s+(psychiatric\s+)?treatment|psychiatric/, 'compulsory_treatment'],
	[/принудительн\S*\s+работ|forced\s+labou?r/, 'forced_labour'],
	[/исправительн\S*\s+работ|correctional\s+labou?r/, 'correctional_labour'],
	[/обязательн\S*\s+работ|compulsory\s+(community\s+)?work|community\s+service/, 'compulsory_work'],
	[/ограничени\S*\s+свобод|restrict\S*\s+(of\s+)?(freedom|liberty)|restricted\s+freedom/, 'restricted_freedom'],
	[/лишени\S*\s+свобод|колони|(строгого|общего|особого|тюремного)\s+режим|тюрьм|тюремн|реальн\S*\s+срок|prison|imprisonment|colony|strict\s+regime|general\s+regime/, 'imprisonment'],
	[/штраф|\bfined?\b/, 'fine']
];

/** Measures taken before a verdict: no punishment, whatever term they run for. */
const RESTRAINT = /под\s+страж|сизо|домашн\S*\s+арест|запрет\S*\s+определ|подписк\S*\s+о\s+невыезд|залог|house\s+arrest|pre-?trial|custody|ban\s+on\s+certain\s+actions|bail/;

/** Terms that are not the punishment's length: probation, the first years of one in prison, a ban on activities, paying a fine in instalments. */
const SIDE_TERM = /испытательн|probation|перв\S*\s+\d|first\s+\d|запрет|лишени\S*\s+прав|\bban\b|prohibit|рассрочк|instal/;

/** «3,5 года», «5 лет 6 мес.», "10 months"; a four-digit year or part of a date never counts as a term. */
const YEARS = /(?<![\d.,])(\d{1,2}(?:[.,]\d+)?)\s*(?:год\p{L}*|лет|г\.|л\.|years?|yrs?)(?!\p{L})/u;
const MONTHS = /(?<![\d.,])(\d{1,2})\s*(?:мес\p{L}*|months?|mos?)(?!\p{L})/u;

/** «800 тыс. руб.», «1,5 млн рублей», «300 000 ₽», "300,000 roubles", "1.5 million". */
const AMOUNT = /(\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+|\d+)(?:[.,](\d{1,2}))?\s*(тыс\p{L}*|млн|миллион\p{L}*|млрд|миллиард\p{L}*|k|thousand|million|mln|bn|billion)?(?!\p{L})/u;

const MULTIPLIER: [RegExp, number][] = [
	[/^(тыс|k|thousand)/, 1e3],
	[/^(млн|миллион|million|mln)/, 1e6],
	[/^(млрд|миллиард|bn|billion)/, 1e9]
];

export interface Sentence {
	punishment: Punishment | null;
	/** The term in years, rounded to 2 decimals (5 years 6 months = 5.5); null for life and when none is given. */
	years: number | null;
	fineRub: number | null;
	life: boolean;
	/** The term was written in words («восемь лет»), so the person importing can check what was read. */
	termInWords: boolean;
	/** A term with no kind named («8 лет»): read as imprisonment, as lists write a suspended term as such. */
	kindAssumed: boolean;
}

/** Numbers lists write in words, in the cases a sentence puts them in («восемь лет», «к восьми годам»). */
const NUMBER_WORDS: [number, string[]][] = [
	[1, ['один', 'одна', 'одно', 'одного', 'одной', 'одному', 'one']],
	[2, ['два', 'две', 'двух', 'двум', 'two']],
	[3, ['три', 'трех', 'трем', 'three']],
	[4, ['четыре', 'четырех', 'четырем', 'four']],
	[5, ['пять', 'пяти', 'five']],
	[6, ['шесть', 'шести', 'six']],
	[7, ['семь', 'семи', 'seven']],
	[8, ['восемь', 'восьми', 'eight']],
	[9, ['девять', 'девяти', 'nine']],
	[10, ['десять', 'десяти', 'ten']],
	[11, ['одиннадцать', 'одиннадцати', 'eleven']],
	[12, ['двенадцать', 'двенадцати', 'twelve']],
	[13, ['тринадцать', 'тринадцати', 'thirteen']],
	[14, ['четырнадцать', 'четырнадцати', 'fourteen']],
	[15, ['пятнадцать', 'пятнадцати', 'fifteen']],
	[16, ['шестнадцать', 'шестнадцати', 'sixteen']],
	[17, ['семнадцать', 'семнадцати', 'seventeen']],
	[18, ['восемнадцать', 'восемнадцати', 'eighteen']],
	[19, ['девятнадцать', 'девятнадцати', 'nineteen']],
	[20, ['двадцать', 'двадцати', 'twenty']],
	[30, ['тридцать', 'тридцати', 'thirty']]
];
const NUMBER_OF_WORD = new Map(NUMBER_WORDS.flatMap(([n, forms]) => forms.map((f) => [f, n] as const)));

/** «двадцать два года» → «22 года», «пять с половиной» → «5.5», «полтора» → «1.5», «полгода» → «0.5 года». */
function numbersInWordsAsDigits(text: string): { text: string; changed: boolean } {
	let changed = false;
	const mark = <T>(value: T) => ((changed = true), value);
	const out = text
		.replace(/(?<!\p{L})(полгода|полугода|half a year)(?!\p{L})/gu, () => mark('0.5 года'))
		.replace(/(?<!\p{L})(полтора|полторы|полутора|one and a half)(?!\p{L})/gu, () => mark('1.5'))
		.replace(/(?<!\p{L})\p{L}+(?!\p{L})/gu, (word) => {
			const n = NUMBER_OF_WORD.get(word);
			return n === undefined ? word : mark(String(n));
		})
		.replace(/(?<![\d.,])([23]0) ([1-9])(?![\d.,])/g, (_, tens: string, unit: string) => String(Number(tens) + Number(unit)))
		.replace(/(\d+)\s+(?:с половиной|and a half)(?!\p{L})/gu, '$1.5')
		// «на год», "a year": one year without a number written.
		.replace(/(?<![\d.,]\s*)(?<!\p{L})(год|year)(?!\p{L})/gu, '1 $1');
	return { text: out, changed };
}

interface Clause {
	kind: Punishment | null;
	years: number | null;
	fineRub: number | null;
}

function termOf(text: string): number | null {
	const years = YEARS.exec(text);
	const months = MONTHS.exec(text);
	if (!years && !months) return null;
	const total = (years ? Number(years[1]!.replace(',', '.')) : 0) + (months ? Number(months[1]) / 12 : 0);
	return Math.round(total * 100) / 100;
}

function amountOf(text: string): number | null {
	const match = AMOUNT.exec(text);
	if (!match) return null;
	const whole = Number(match[1]!.replace(/[ \u00a0\u202f.,]/g, ''));
	const fraction = match[2] ? Number(`0.${match[2]}`) : 0;
	const multiplier = MULTIPLIER.find(([pattern]) => pattern.test(match[3] ?? ''))?.[1] ?? 1;
	return Math.round((whole + fraction) * multiplier);
}

function readClause(text: string): Clause {
	const kind = KINDS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
	return {
		kind,
		years: SIDE_TERM.test(text) ? null : termOf(text),
		fineRub: kind === 'fine' ? amountOf(text) : null
	};
}

const severity = (p: Punishment) => SEVERITY.indexOf(p);

/** Kind, term and fine from a sentence as written; a measure of restraint or an acquittal gives no punishment. */
export function readSentence(raw: string): Sentence {
	const { text, changed } = numbersInWordsAsDigits(
		raw
			.toLowerCase()
			.replace(/ё/g, 'е')
			.replace(/\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}/g, ' ')
	);
	// «5 лет и 6 месяцев» is one term, not two clauses.
	const joined = text.replace(/(лет|год\p{L}*|years?)\s+(и|and)\s+(?=\d)/gu, '$1 ');
	const clauses = joined
		.split(/;|,(?!\d)|\s(?:и|а также|с|со|and|with|plus|\+)\s/)
		.map(readClause);
	const kinds = clauses.map((c) => c.kind).filter((k): k is Punishment => k !== null);
	const fines = clauses.map((c) => c.fineRub).filter((f): f is number => f !== null);
	const fineRub = fines.length > 0 ? fines.reduce((a, b) => a + b) : null;
	const firstTerm = (of: Punishment | null) => clauses.find((c) => c.kind === of && c.years !== null)?.years ?? null;
	const none: Sentence = { punishment: null, years: null, fineRub: null, life: false, termInWords: false, kindAssumed: false };

	if (kinds.length === 0) {
		const years = firstTerm(null);
		if (years === null || RESTRAINT.test(joined)) return none;
		return { punishment: 'imprisonment', years, fineRub, life: false, termInWords: changed, kindAssumed: true };
	}
	const punishment = kinds.reduce((a, b) => (severity(b) > severity(a) ? b : a));
	if (punishment === 'life_imprisonment') return { ...none, punishment, fineRub, life: true };
	const years = firstTerm(punishment) ?? (punishment === 'fine' ? null : firstTerm(null));
	return { punishment, years, fineRub, life: false, termInWords: changed && years !== null, kindAssumed: false };
}

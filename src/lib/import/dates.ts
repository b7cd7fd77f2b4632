// Reads the dates lists write by hand or export from spreadsheets («5 марта 2022 г.», 05.03.2022, March 5, 2022) as
// ISO dates, and refuses a day that does not exist rather than rolling it over into the next month.
import { isRealDate } from '../time/days';

/** Month names as lists write them: Russian genitive and nominative, short forms, English. */
const MONTH_WORDS: string[][] = [
	['января', 'январь', 'янв', 'january', 'jan'],
	['февраля', 'февраль', 'фев', 'февр', 'february', 'feb'],
	['марта', 'март', 'мар', 'march', 'mar'],
	['апреля', 'апрель', 'апр', 'april', 'apr'],
	['мая', 'май', 'may'],
	['июня', 'июнь', 'июн', 'june', 'jun'],
	['июля', 'июль', 'июл', 'july', 'jul'],
	['августа', 'август', 'авг', 'august', 'aug'],
	['сентября', 'сентябрь', 'сен', 'сент', 'september', 'sep', 'sept'],
	['октября', 'октябрь', 'окт', 'october', 'oct'],
	['ноября', 'ноябрь', 'ноя', 'нояб', 'november', 'nov'],
	['декабря', 'декабрь', 'дек', 'december', 'dec']
];
const MONTHS = new Map(MONTH_WORDS.flatMap((words, i) => words.map((w) => [w, i + 1] as const)));

const monthOf = (word: string) => MONTHS.get(word) ?? null;

function iso(year: number, month: number | null, day: number): string | null {
	if (month === null || !isRealDate(year, month, day)) return null;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * dd.mm.yyyy, d.m.yyyy, yyyy-mm-dd (a time after it ignored), «5 марта 2022», «05 марта 2022 года», "5 March 2022",
 * "March 5, 2022" → 'YYYY-MM-DD'; null for anything else. Slashed dates are refused: 03/05/2022 is March in some
 * spreadsheets and May in others, and a wrong date is worse than a rejected row.
 */
export function parseSourceDate(raw: string): string | null {
	const text = raw
		.trim()
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.replace(/\s*(г\.?|год|года)$/u, '');
	const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
	if (dotted) return iso(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
	const dashed = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?z?)?$/.exec(text);
	if (dashed) return iso(Number(dashed[1]), Number(dashed[2]), Number(dashed[3]));
	const dayFirst = /^(\d{1,2}) (\p{L}+)\.? (\d{4})$/u.exec(text);
	if (dayFirst) return iso(Number(dayFirst[3]), monthOf(dayFirst[2]!), Number(dayFirst[1]));
	const monthFirst = /^(\p{L}+)\.? (\d{1,2}),? (\d{4})$/u.exec(text);
	if (monthFirst) return iso(Number(monthFirst[3]), monthOf(monthFirst[1]!), Number(monthFirst[2]));
	return null;
}

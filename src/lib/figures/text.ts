// A published figure in words, in the page's language: its value with its qualifier, and what it counts.
import type { Figure } from '../db/queries';
import { formatDate, formatNumber } from '../i18n/format';
import type { I18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

/** "at least 267", «не менее 267». */
export function qualifiedValue(i18n: I18n, figure: Pick<Figure, 'value' | 'qualifier'>): string {
	return i18n.t(`qualifier.${figure.qualifier}` as MessageKey, { value: formatNumber(i18n.locale, figure.value) });
}

/**
 * A figure's text as a page shows it: in the page's language, or, on a Russian page where the data gives no Russian
 * (a team's own figures.csv without the column), the English marked `lang: 'en'` for the element that holds it.
 */
export interface LocalText {
	text: string;
	lang?: 'en';
}

/** The page's language's text where there is one, else the English, marked. */
export function localText(i18n: I18n, en: string, ru: string | null | undefined): LocalText {
	if (i18n.locale === 'en') return { text: en };
	return ru ? { text: ru } : { text: en, lang: 'en' };
}

/** Who published a figure, in the page's language (figures.csv `source_title`, `source_title_ru`). */
export function sourceTitleText(i18n: I18n, figure: Pick<Figure, 'sourceTitle'> & { sourceTitleRu?: string | null }): LocalText {
	return localText(i18n, figure.sourceTitle, figure.sourceTitleRu);
}

/** A figure's note in the page's language (`note`, `note_ru`); null when it has none. */
export function noteText(i18n: I18n, figure: Pick<Figure, 'note'> & { noteRu?: string | null }): LocalText | null {
	return figure.note ? localText(i18n, figure.note, figure.noteRu) : null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "30 October", "18 Dec" as an ISO day of a year; null for a month name it does not know. */
function dayOf(year: string, day: string, month: string): string | null {
	const m = MONTHS.indexOf(month.slice(0, 3).toLowerCase());
	return m < 0 ? null : `${year}-${String(m + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}
/** A day and month without the year, in the case a Russian sentence needs after «на», «по»: «30 октября», "30 October". */
const dayMonth = (i18n: I18n, iso: string) => formatDate(i18n.locale, iso, 'day', 'genitive').replace(/\s*\d{4}(\s+года)?$/, '');

/**
 * What a figure's date stands for (figures.csv `period`), in the page's language: a small fixed vocabulary ("since
 * 2022-02-24", "year 2024", "first 9 months of 2025", "list of 30 October", "year 2025 (to 18 Dec)", "month"). Null
 * for "as of date" and "day", which say nothing the date does not. A phrase outside the vocabulary is shown as
 * written, marked English on a Russian page.
 */
export function periodText(i18n: I18n, period: string | null | undefined): LocalText | null {
	if (!period || period === 'as of date' || period === 'day') return null;
	const own = (text: string): LocalText => ({ text });
	let m: RegExpMatchArray | null;
	if (period === 'month') return own(i18n.t('figure.period.month'));
	if ((m = period.match(/^since (\d{4}-\d{2}(?:-\d{2})?)$/))) return own(i18n.t('figure.period.since', { date: formatDate(i18n.locale, m[1]!, 'day', 'genitive') }));
	if ((m = period.match(/^year (\d{4})$/))) return own(i18n.t('figure.period.year', { year: m[1]! }));
	if ((m = period.match(/^year (\d{4}) \(to (\d{1,2}) ([A-Za-z]+)\)$/))) {
		const day = dayOf(m[1]!, m[2]!, m[3]!);
		if (day) return own(i18n.t('figure.period.yearTo', { year: m[1]!, date: dayMonth(i18n, day) }));
	}
	if ((m = period.match(/^first (\d+) months of (\d{4})$/))) {
		return own(i18n.t('figure.period.first', { months: i18n.tn('figure.period.months', Number(m[1])), year: formatDate(i18n.locale, m[2]!, 'year', 'genitive') }));
	}
	if ((m = period.match(/^list of (\d{1,2}) ([A-Za-z]+)$/))) {
		const day = dayOf('2000', m[1]!, m[2]!);
		if (day) return own(i18n.t('figure.period.list', { date: dayMonth(i18n, day) }));
	}
	return localText(i18n, period, null);
}

const GEOGRAPHY: Record<string, MessageKey> = {
	Russia: 'figure.geo.russia',
	'Russia incl. annexed Crimea': 'figure.geo.russiaCrimea',
	'Russia and occupied territories of Ukraine': 'figure.geo.russiaOccupied',
	'scope of the Memorial database': 'figure.geo.memorialDatabase'
};

/**
 * Where a figure counts (figures.csv `geography`), in the page's language: "Russia", "57 cities" and a few more. A
 * phrase outside that vocabulary is shown as written, marked English on a Russian page.
 */
export function geographyText(i18n: I18n, geography: string): LocalText {
	const key = GEOGRAPHY[geography];
	if (key) return { text: i18n.t(key) };
	const m = geography.match(/^(\d+) (cities|places)$/);
	if (m) return { text: i18n.tn(m[2] === 'cities' ? 'figure.geo.cities' : 'figure.geo.places', Number(m[1])) };
	return localText(i18n, geography, null);
}

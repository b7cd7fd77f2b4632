// Locale-aware formatting of numbers, dates and plurals: the one place that turns values into words.
import { parseDay } from '../time/days';
import type { Locale } from './locales';

const TAGS: Record<Locale, string> = { en: 'en-GB', ru: 'ru-RU' };

/** A message: a text with {placeholders}, or the forms of a counted noun. */
export type Message = string | PluralForms;

export interface PluralForms {
	one: string;
	few?: string;
	many?: string;
	other: string;
}

// Building an Intl formatter costs far more than using one, and a filter change formats hundreds of values: each
// formatter is made once per locale and options, and kept.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(key: string, make: () => T): T {
	let f = formatters.get(key) as T | undefined;
	if (!f) {
		f = make();
		formatters.set(key, f);
	}
	return f;
}

export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 0): string {
	return cached(`number:${locale}:${maximumFractionDigits}`, () => new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits })).format(value);
}

/** Compact axis labels: 12 000 → "12K" / "12 тыс.". */
export function formatCompact(locale: Locale, value: number): string {
	return cached(`compact:${locale}`, () => new Intl.NumberFormat(TAGS[locale], { notation: 'compact', maximumFractionDigits: 1 })).format(value);
}

/** Picks the plural form (Russian has one/few/many) and puts the formatted number in place of {n}. */
export function plural(locale: Locale, n: number, forms: PluralForms): string {
	const category = cached(`plural:${locale}`, () => new Intl.PluralRules(TAGS[locale])).select(n) as keyof PluralForms;
	return (forms[category] ?? forms.other).replace('{n}', formatNumber(locale, n, 1));
}

export type DateStyle = 'day' | 'month' | 'year' | 'monthShort' | 'dayShort';

/**
 * How a date stands in its sentence. `label` is the bare form for axes, tables and headings; Russian running text
 * needs a case: «с января 2013 года» (genitive) «по декабрь 2013 года» (accusative). English has one form.
 */
export type DateForm = 'label' | 'genitive' | 'accusative';

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
	day: { day: 'numeric', month: 'long', year: 'numeric' },
	dayShort: { day: 'numeric', month: 'short' },
	month: { month: 'long', year: 'numeric' },
	monthShort: { month: 'short', year: 'numeric' },
	year: { year: 'numeric' }
};

const dateFormat = (locale: Locale, style: DateStyle) =>
	cached(`date:${locale}:${style}`, () => new Intl.DateTimeFormat(TAGS[locale], { ...DATE_OPTIONS[style], timeZone: 'UTC' }));

/** A Russian date in running text, in the case its sentence needs, with «года»/«год» after the year. */
function russianInSentence(date: Date, style: DateStyle, form: 'genitive' | 'accusative'): string {
	const year = String(date.getUTCFullYear());
	if (style === 'year') return form === 'genitive' ? `${year} года` : `${year} год`;
	if (style === 'month' || style === 'monthShort') {
		// Intl names a month alone in the nominative («март»), and with a day in the genitive («5 марта»).
		const month = form === 'genitive' ? dateFormat('ru', 'day').formatToParts(date).find((p) => p.type === 'month')!.value : dateFormat('ru', 'month').formatToParts(date).find((p) => p.type === 'month')!.value;
		return `${month} ${year} года`;
	}
	// With a day, the month is already genitive in both cases: «с 5 марта 2013 года по 7 мая 2014 года».
	return dateFormat('ru', style).format(date).replace(/\s+г\.$/, ' года');
}

/** Formats an ISO date (YYYY-MM-DD, YYYY-MM or YYYY) in UTC, so the build machine's timezone never matters. */
export function formatDate(locale: Locale, iso: string, style: DateStyle = 'day', form: DateForm = 'label'): string {
	const parts = iso.split('-');
	const padded = [parts[0], parts[1] ?? '01', parts[2] ?? '01'].join('-');
	const effective: DateStyle = parts.length === 1 ? 'year' : parts.length === 2 && style === 'day' ? 'month' : style;
	const date = parseDay(padded);
	if (locale === 'ru' && form !== 'label') return russianInSentence(date, effective, form);
	const text = dateFormat(locale, effective).format(date);
	// Russian labels carry a trailing " г." that only adds noise on axes and in tables.
	return locale === 'ru' ? text.replace(/\s+г\.$/, '') : text;
}

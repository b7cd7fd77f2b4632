// A value labelled in both languages, shown in the page's: the one place that picks a Russian or an English name.
import type { Article, Region } from '../db/queries';
import type { I18n } from './i18n';

/** A label given in both languages (a dimension's value, an event type…), in the page's. */
export function localized(i18n: I18n, value: { labelRu: string; labelEn: string }): string {
	return i18n.locale === 'ru' ? value.labelRu : value.labelEn;
}

/** «УК 207.3», "CC 207.3". */
export function articleShortName(i18n: I18n, article: Article): string {
	return i18n.locale === 'ru' ? article.shortRu : article.shortEn;
}

export function articleTitle(i18n: I18n, article: Article): string {
	return i18n.locale === 'ru' ? article.titleRu : article.titleEn;
}

export function regionName(i18n: I18n, region: Region): string {
	return i18n.locale === 'ru' ? region.nameRu : region.nameEn;
}

/** A text with its first letter capitalised, for a phrase that begins a line («с 1 марта…» → «С 1 марта…»). */
export function capitalized(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A view's query as part of a file name: «?charge=protest&region=RU-MOW%2CRU-SPE» → «_charge-protest_region-RU-MOW-RU-SPE». */
export function fileSlug(query: string): string {
	const params = [...new URLSearchParams(query)];
	return params.map(([key, value]) => `_${key}-${value}`.replace(/[^\p{L}\p{N}_]+/gu, '-')).join('').replace(/-+$/g, '');
}

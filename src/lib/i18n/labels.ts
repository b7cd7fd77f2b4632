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

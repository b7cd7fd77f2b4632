// The data package's words in a page's language. Russian texts are ours, optional keys beside Frictionless's English
// ones (`title_ru`, `description_ru`); where a package gives none, the English stands in.
import type { Locale } from '../i18n/locales';

export type Translated = { title?: string; description?: string; title_ru?: string; description_ru?: string };

export function packageText(item: Translated, key: 'title' | 'description', locale: Locale): string {
	return (locale === 'ru' ? (item[`${key}_ru`] ?? item[key]) : item[key]) ?? '';
}

// The site's two languages and how a route's optional [[lang]] segment maps to one.

export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

/** English lives at plain paths, Russian under /ru/. */
export function localeFromParam(param: string | undefined): Locale {
	return param === 'ru' ? 'ru' : 'en';
}

/** The path prefix of a locale, for building links: '' or '/ru'. */
export function localePrefix(locale: Locale): string {
	return locale === 'ru' ? '/ru' : '';
}

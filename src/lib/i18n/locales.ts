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

/**
 * The language of words a source wrote (a charge as cited, a prison's name, an organiser), for their `lang`: Russian
 * where they are in Cyrillic on an English page, so they are read out as Russian; nothing where the page's own applies.
 */
export function wordsLang(words: string | null | undefined, page: Locale): Locale | undefined {
	const ru = !!words && /[А-Яа-яЁё]/.test(words);
	return ru && page !== 'ru' ? 'ru' : !ru && page === 'ru' && !!words && /[A-Za-z]{2}/.test(words) ? 'en' : undefined;
}

/** Words in the other script than the page's, as runs (Cyrillic on English pages, Latin on Russian ones). */
const OTHER_SCRIPT: Record<Locale, RegExp> = {
	en: /[А-Яа-яЁё][А-Яа-яЁё0-9'’.,-]*(?:[ \u00a0]+[А-Яа-яЁё0-9][А-Яа-яЁё0-9'’.,-]*)*/g,
	ru: /[A-Za-z][\w'’.-]*(?:[ \u00a0]+[A-Za-z0-9][\w'’.-]*)*/g
};

/** A text cut into runs, each with the language to mark it with where it is not the page's (see MixedText.svelte). */
export function scriptRuns(text: string, page: Locale): { text: string; lang?: Locale }[] {
	const runs: { text: string; lang?: Locale }[] = [];
	let at = 0;
	for (const match of text.matchAll(OTHER_SCRIPT[page])) {
		if (match.index > at) runs.push({ text: text.slice(at, match.index) });
		runs.push({ text: match[0], lang: page === 'en' ? 'ru' : 'en' });
		at = match.index + match[0].length;
	}
	if (at < text.length) runs.push({ text: text.slice(at) });
	return runs;
}

// The site's texts, one table per language (messages/en.ts, messages/ru.ts), each its own file: a page in the browser
// downloads only its own language's: 12 KB compressed in English, 15 KB in Russian, where every page had both in one
// 28 KB chunk. The browser loads a page's table before the page renders (routes/+layout.ts); on the server, in
// scripts and in tests both are loaded when this module is.
import { BROWSER } from 'esm-env';
import type { Locale } from './locales';
import { LOCALES } from './locales';
import type { Messages } from './messages/en';

export type { MessageKey, Messages } from './messages/en';

const load: Record<Locale, () => Promise<Messages>> = {
	en: () => import('./messages/en').then((m) => m.en),
	ru: () => import('./messages/ru').then((m) => m.ru)
};
const loaded: Partial<Record<Locale, Messages>> = {};

/** Loads a language's table, once. */
export async function loadMessages(locale: Locale): Promise<void> {
	loaded[locale] ??= await load[locale]();
}

export const hasMessages = (locale: Locale): boolean => loaded[locale] !== undefined;

/** A language's table; it must have been loaded (loadMessages). */
export function messagesOf(locale: Locale): Messages {
	const table = loaded[locale];
	if (!table) throw new Error(`the ${locale} messages are not loaded: await loadMessages('${locale}') first`);
	return table;
}

if (!BROWSER) await Promise.all(LOCALES.map(loadMessages));

// Translation for components: t() for texts, tn() for counted nouns, both read the current locale.
import { getContext, setContext } from 'svelte';
import { plural, type PluralForms } from './format';
import type { Locale } from './locales';
import { messagesOf, type MessageKey } from './messages';

export type Params = Record<string, string | number>;

function fill(text: string, params: Params = {}): string {
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
	const message = messagesOf(locale)[key];
	return fill(typeof message === 'string' ? message : message.other, params);
}

export function translateCount(locale: Locale, key: MessageKey, n: number): string {
	const message = messagesOf(locale)[key];
	return typeof message === 'string' ? fill(message, { n }) : plural(locale, n, message as PluralForms);
}

export interface I18n {
	readonly locale: Locale;
	t(key: MessageKey, params?: Params): string;
	tn(key: MessageKey, n: number): string;
}

const KEY = Symbol('i18n');

export function createI18n(getLocale: () => Locale): I18n {
	return {
		get locale() {
			return getLocale();
		},
		t: (key, params) => translate(getLocale(), key, params),
		tn: (key, n) => translateCount(getLocale(), key, n)
	};
}

/** Called once by the root layout with a getter, so every component follows a language switch. */
export function setI18n(getLocale: () => Locale): I18n {
	return setContext(KEY, createI18n(getLocale));
}

export function getI18n(): I18n {
	const i18n = getContext<I18n | undefined>(KEY);
	if (!i18n) throw new Error('getI18n() called outside the layout that sets the locale');
	return i18n;
}

/** A context map for rendering a component on its own (server render in tests, embeds). */
export function i18nContext(locale: Locale): Map<symbol, I18n> {
	return new Map([[KEY, createI18n(() => locale)]]);
}

// Where a page is and which card its link preview shows. A page path is what follows the language prefix:
// '/', '/data/', '/prisoners/<id>/', '/detentions/<key>/<code>/', '/embed/<chart>/', '/embed/figures/<metric>/'.
import type { Locale } from '../i18n/locales';
import { localePrefix, LOCALES } from '../i18n/locales';

/**
 * A page's path from its route and parameters: the same on the server and in the browser, and free of the base path
 * the site is served under. '/[[lang=lang]]/(site)/prisoners/[id]' with { id: 'x' } → '/prisoners/x/'.
 */
export function pagePathOf(routeId: string | null, params: Record<string, string | undefined>): string {
	const segments = (routeId ?? '/')
		.split('/')
		.filter((s) => s !== '' && !/^\(.+\)$/.test(s) && !/^\[\[lang(=\w+)?\]\]$/.test(s))
		.map((s) => s.replace(/\[{1,2}(?:\.\.\.)?(\w+)(?:=\w+)?\]{1,2}/g, (_, name: string) => encodeURIComponent(params[name] ?? '')));
	return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/** A page's address from the site's root: '/ru' + '/data/'. */
export const localizedPath = (locale: Locale, pagePath: string) => `${localePrefix(locale)}${pagePath}`;

/** The same page in every language, for hreflang alternates. */
export const alternates = (pagePath: string) => LOCALES.map((locale) => ({ locale, path: localizedPath(locale, pagePath) }));

/** A card's size in pixels: the 1.91:1 picture link previews show large. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Pages that have a card of their own. */
const OWN_CARD = [/^\/$/, /^\/detentions\/[^/]+\/[^/]+\/$/, /^\/embed\/figures\/[^/]+\/$/, /^\/embed\/[^/]+\/$/, /^\/prisoners\/[^/]+\/$/];

/** Pages that show another page's card: the live embed its light one's, a list page its first chart's. */
function cardPageOf(pagePath: string): string {
	if (OWN_CARD.some((pattern) => pattern.test(pagePath))) return pagePath;
	const live = pagePath.match(/^(\/embed\/(?:figures\/)?[^/]+\/)live\/$/);
	if (live) return live[1]!;
	if (pagePath === '/detentions/') return '/embed/detentions-over-time/';
	if (pagePath === '/prisoners/') return '/embed/prisoners-in-custody/';
	return '/';
}

/**
 * The card a page's link preview shows, as a path from the site's root: '/cards/en/home.png',
 * '/cards/ru/prisoners/<id>.png'. The one function that names a card; the card route reads its path back (cardOf).
 */
export function cardPath(locale: Locale, pagePath: string): string {
	const page = cardPageOf(pagePath);
	return `/cards/${locale}${page === '/' ? '/home' : page.slice(0, -1)}.png`;
}

/** The language and page a card path names: the inverse of cardPath for pages that have a card of their own. */
export function cardOf(path: string): { locale: Locale; pagePath: string } | null {
	const match = path.replace(/^\/?cards\//, '').match(/^(en|ru)\/(.+)\.png$/);
	if (!match) return null;
	const pagePath = match[2] === 'home' ? '/' : `/${match[2]}/`;
	return OWN_CARD.some((pattern) => pattern.test(pagePath)) ? { locale: match[1] as Locale, pagePath } : null;
}

// Everything the site publishes, declared once: each kind of page and file, where it lives, what it shows, which
// card its link preview shows, whether search engines are told of it, and its instances, read from the data
// (manifest.server.ts computes them at build time). The routes' prerender entries, the sitemap, the cards, the
// hreflang links, the header's navigation, the 404 page and the benchmark all read this list; a new kind of page
// is an entry here and its route (README, "How to add a page").
import type { MessageKey } from '../i18n/messages';
import { localePrefix, LOCALES, type Locale } from '../i18n/locales';

/** A route's parameters, by name. */
export type Params = Record<string, string>;

/** What the data holds that pages are made of: the names instances are made from (manifest.server.ts). */
export interface SiteData {
	/** Each single value of each paged detentions dimension (detentions/views.ts). */
	views: { key: string; value: string }[];
	/** Every person's id. */
	people: string[];
	/** Every embeddable chart's id (embed/charts.ts). */
	charts: string[];
	/** Every metric of published figures drawn as a series. */
	series: string[];
	/** Every resource's file name in datapackage.json. */
	tables: string[];
	/** The granularities the unfiltered view's results are written at. */
	granularities: string[];
	/** Every collection's slug (collections.csv). */
	collections: string[];
}

interface Published {
	id: string;
	/** Where it lives, after the language prefix for a page; `[name]` is a parameter, `[...name]` a rest. */
	route: `/${string}`;
	/** What it shows, in a line, for maintainers (the README's list and the API page read it). */
	shows: string;
	instances: (site: SiteData) => Params[];
}

export interface PageType extends Published {
	kind: 'page';
	/** Listed in sitemap.xml (pages for readers; embeds are for other sites). */
	sitemap: boolean;
	/** Its link in the site's header, in this order. */
	nav?: MessageKey;
	/** Its link in the site's footer, in this order: pages for a reader who acts (campaigns, letters). */
	footer?: MessageKey;
	/** The page whose card a link preview of it shows: its own, or another page's path. */
	card: 'own' | ((params: Params) => string);
	/** The feeds of what changed that the page advertises (`<link rel="alternate">`), by name (feedNames). */
	feeds?: (params: Params) => string[];
	/** Offers the birthday calendar (for letter writers). */
	calendar?: true;
}

export interface FileType extends Published {
	kind: 'file';
}

const one = (): Params[] => [{}];
/** The files of each view in the data API (api/files.ts). */
export const API_VIEW_FILES = ['data.csv', 'data.json', 'metadata.json'] as const;

/** The datasets with a feed of what changed: new events, changes about people (changes.csv), new published figures. */
export const DATASET_FEEDS = ['detentions', 'prisoners', 'figures'] as const;
const allFeeds = () => [...DATASET_FEEDS];

/** A single-value detentions view's feed: 'detentions/article/uk-207.3', named like its page. */
export const viewFeed = (params: Params) => `detentions/${params.dimension}/${params.value}`;

/** Every feed, by name: each dataset's, then each single-value detentions view's. */
export function feedNames(site: SiteData): string[] {
	return [...DATASET_FEEDS, ...site.views.map((v) => viewFeed({ dimension: v.key, value: v.value }))];
}

/** Each feed in each language, as a feed file route's parameters. */
const feedInstances = (site: SiteData): Params[] => LOCALES.flatMap((lang) => feedNames(site).map((feed) => ({ lang, feed })));

export const PAGE_TYPES = [
	{ kind: 'page', id: 'home', route: '/', nav: 'nav.home', sitemap: true, card: 'own', feeds: allFeeds, instances: one, shows: 'how many are in prison now, the published figures and their series, detentions over time' },
	{ kind: 'page', id: 'detentions', route: '/detentions/', nav: 'nav.detentions', sitemap: true, card: () => '/embed/detentions-over-time/', feeds: () => ['detentions'], instances: one, shows: 'the detentions explorer: every filter, chart and breakdown' },
	{
		kind: 'page', id: 'detentionsView', route: '/detentions/[dimension]/[value]/', sitemap: true, card: 'own', feeds: (p) => [viewFeed(p)], shows: 'the explorer narrowed to one value of one dimension',
		instances: (s) => s.views.map((v) => ({ dimension: v.key, value: v.value }))
	},
	{ kind: 'page', id: 'prisoners', route: '/prisoners/', nav: 'nav.prisoners', sitemap: true, card: () => '/embed/prisoners-in-custody/', feeds: () => ['prisoners'], calendar: true, instances: one, shows: 'search, filters and the list of people' },
	{ kind: 'page', id: 'profile', route: '/prisoners/[id]/', sitemap: true, card: 'own', calendar: true, instances: (s) => s.people.map((id) => ({ id })), shows: 'one person: case, charges, timeline, how to write a letter' },
	{
		kind: 'page', id: 'collections', route: '/collections/', footer: 'nav.collections', sitemap: true, card: () => '/embed/prisoners-in-custody/', instances: one,
		shows: 'every collection: a set of people a campaign, an exhibition or a letter evening names'
	},
	{
		kind: 'page', id: 'collection', route: '/collections/[slug]/', sitemap: true, card: 'own', instances: (s) => s.collections.map((slug) => ({ slug })),
		shows: 'one collection: its people in the curator’s order, what they add up to; prints as a one-page list'
	},
	{
		kind: 'page', id: 'collectionPosters', route: '/collections/[slug]/posters/', sitemap: true, card: (p) => `/collections/${p.slug}/`, instances: (s) => s.collections.map((slug) => ({ slug })),
		shows: 'a collection’s posters, one person a page, A4 or A3, for the browser’s print dialog'
	},
	{
		kind: 'page', id: 'collectionShow', route: '/collections/[slug]/show/', sitemap: false, card: (p) => `/collections/${p.slug}/`, instances: (s) => s.collections.map((slug) => ({ slug })),
		shows: 'a collection as a full-screen slideshow for a screen or projector at an event'
	},
	{
		kind: 'page', id: 'letters', route: '/letters/', footer: 'nav.letters', sitemap: true, card: () => '/embed/prisoners-in-custody/', instances: one,
		shows: 'the letter evening: who can receive letters, coming birthdays, addresses and services by facility, a first letter, address labels'
	},
	{ kind: 'page', id: 'data', route: '/data/', nav: 'nav.data', sitemap: true, card: () => '/', feeds: allFeeds, instances: one, shows: 'datasets, sources, methodology, the file check and the embeddable charts' },
	{ kind: 'page', id: 'api', route: '/data/api/', sitemap: true, card: () => '/', instances: one, shows: 'the data API: every view’s numbers as CSV and JSON with its metadata, each profile as JSON, with curl examples' },
	{ kind: 'page', id: 'workbench', route: '/data/sql/', sitemap: true, card: () => '/', instances: one, shows: 'the SQL workbench: a reader’s own query over the published tables, its answer as a table, chart, CSV and link' },
	{ kind: 'page', id: 'embed', route: '/embed/[chart]/', sitemap: false, card: 'own', instances: (s) => s.charts.map((chart) => ({ chart })), shows: 'one chart for other sites’ iframes, plain HTML and SVG' },
	{
		kind: 'page', id: 'embedLive', route: '/embed/[chart]/live/', sitemap: false, card: (p) => `/embed/${p.chart}/`, instances: (s) => s.charts.map((chart) => ({ chart })),
		shows: 'the same chart following its filters (hydrated)'
	},
	{
		kind: 'page', id: 'collectionEmbed', route: '/embed/collections/[slug]/', sitemap: false, card: (p) => `/collections/${p.slug}/`, instances: (s) => s.collections.map((slug) => ({ slug })),
		shows: 'a collection’s people and what they add up to, for other sites’ iframes'
	},
	{
		kind: 'page', id: 'figuresEmbed', route: '/embed/figures/[metric]/', sitemap: false, card: 'own', instances: (s) => s.series.map((metric) => ({ metric })),
		shows: 'one series of published figures for other sites’ iframes'
	}
] as const satisfies readonly PageType[];

export const FILE_TYPES = [
	{ kind: 'file', id: 'table', route: '/data/[file]', instances: (s) => s.tables.map((file) => ({ file })), shows: 'each validated table as canonical CSV' },
	{ kind: 'file', id: 'tableExcel', route: '/data/excel/[file]', instances: (s) => s.tables.map((file) => ({ file })), shows: 'the same CSV with a byte-order mark, for Excel' },
	{
		kind: 'file', id: 'tableArrow', route: '/data/tables/[file]', instances: (s) => s.tables.map((file) => ({ file: file.replace(/\.csv$/, '.arrow') })),
		shows: 'each table as an Arrow IPC stream, which the workbench’s DuckDB loads when a query names it'
	},
	{ kind: 'file', id: 'package', route: '/datapackage.json', instances: one, shows: 'the data package: every table’s columns, types, sources and licences' },
	{ kind: 'file', id: 'cube', route: '/data/detention-cube.arrow', instances: one, shows: 'the pre-counted detentions cube as an Arrow IPC stream, all the browser’s DuckDB loads' },
	{
		kind: 'file', id: 'cubeJson', route: '/data/detention-cube.json', instances: one,
		shows: 'the same cube as compact columnar JSON (while it is at most 150 KB compressed), from which the explorer counts one or two filter values without the engine'
	},
	{ kind: 'file', id: 'prisonerIndex', route: '/data/prisoners-index.json', instances: one, shows: 'every person in compact form, which the prisoners page searches' },
	{
		kind: 'file', id: 'viewResults', route: '/data/views/[dimension]/[value]/month.json', instances: (s) => s.views.map((v) => ({ dimension: v.key, value: v.value })),
		shows: 'a single-value view’s results by month'
	},
	{ kind: 'file', id: 'allResults', route: '/data/views/all/[granularity].json', instances: (s) => s.granularities.map((granularity) => ({ granularity })), shows: 'the unfiltered view’s results at each period' },
	{ kind: 'file', id: 'apiAll', route: '/data/api/detentions/all/[file]', instances: () => API_VIEW_FILES.map((file) => ({ file })), shows: 'the data API: the whole explorer’s numbers by month (data.csv, data.json) and metadata.json' },
	{
		kind: 'file', id: 'apiView', route: '/data/api/detentions/[dimension]/[value]/[file]', instances: (s) => s.views.flatMap((v) => API_VIEW_FILES.map((file) => ({ dimension: v.key, value: v.value, file }))),
		shows: 'the data API: a single-value view’s numbers by month (data.csv, data.json) and metadata.json'
	},
	{ kind: 'file', id: 'apiProfile', route: '/data/api/prisoners/[id].json', instances: (s) => s.people.map((id) => ({ id })), shows: 'the data API: one person’s published record as JSON' },
	{ kind: 'file', id: 'card', route: '/cards/[...path]', instances: (s) => cardFiles(s).map((path) => ({ path })), shows: 'the 1200 × 630 link-preview picture of each page that has its own' },
	{ kind: 'file', id: 'sitemap', route: '/sitemap.xml', instances: one, shows: 'every page in both languages, with SITE_URL' },
	{ kind: 'file', id: 'robots', route: '/robots.txt', instances: one, shows: 'for crawlers' },
	{ kind: 'file', id: 'hostScript', route: '/embed.js', instances: one, shows: 'the script a host page includes to size our iframes' },
	{ kind: 'file', id: 'frameScript', route: '/embed-frame.js', instances: one, shows: 'the script inside every embed' },
	{ kind: 'file', id: 'feedAtom', route: '/feeds/[lang]/[...feed].atom', instances: feedInstances, shows: 'what changed, newest first, as an Atom feed: each dataset’s and each single-value view’s, in each language' },
	{ kind: 'file', id: 'feedJson', route: '/feeds/[lang]/[...feed].json', instances: feedInstances, shows: 'the same feeds as JSON Feed 1.1' },
	{
		kind: 'file', id: 'birthdays', route: '/calendars/[lang]/birthdays.ics', instances: () => LOCALES.map((lang) => ({ lang })),
		shows: 'an iCalendar file of the birthdays of people whose date of birth is published and who can receive letters'
	},
	{ kind: 'file', id: 'notFound', route: '/404', instances: one, shows: '404.html: "page not found" in both languages, for the host to serve at any missing address' }
] as const satisfies readonly FileType[];

export type PageTypeId = (typeof PAGE_TYPES)[number]['id'];

/** The site's header (and the missing page's links): each page type with a `nav` name, in the manifest's order. */
export const SITE_NAV: { path: string; key: MessageKey }[] = (PAGE_TYPES as readonly PageType[]).flatMap((t) => (t.nav ? [{ path: t.route, key: t.nav }] : []));
/** The site's footer: each page type with a `footer` name, in the manifest's order. */
export const SITE_FOOTER: { path: string; key: MessageKey }[] = (PAGE_TYPES as readonly PageType[]).flatMap((t) => (t.footer ? [{ path: t.route, key: t.footer }] : []));
export type FileTypeId = (typeof FILE_TYPES)[number]['id'];

export function pageType(id: PageTypeId): PageType {
	return PAGE_TYPES.find((t) => t.id === id)!;
}

export function fileType(id: FileTypeId): FileType {
	return FILE_TYPES.find((t) => t.id === id)!;
}

/** A route with its parameters filled in: '/prisoners/[id]/' with { id: 'x y' } → '/prisoners/x%20y/'. */
export function fillRoute(route: string, params: Params): string {
	return route.replace(/\[(\.\.\.)?(\w+)\]/g, (_, rest: string | undefined, name: string) => {
		const value = params[name] ?? '';
		return rest ? value.split('/').map(encodeURIComponent).join('/') : encodeURIComponent(value);
	});
}

/** A page's path after the language prefix, from its type and parameters. */
export const pagePath = (id: PageTypeId, params: Params = {}) => fillRoute(pageType(id).route, params);

/** A page's address from the site's root: '/ru' + '/data/'. */
export const localizedPath = (locale: Locale, path: string) => `${localePrefix(locale)}${path}`;

/** The same page in every language, for hreflang alternates. */
export const alternates = (path: string) => LOCALES.map((locale) => ({ locale, path: localizedPath(locale, path) }));

/**
 * The type and parameters of a page from SvelteKit's route id: '/[[lang=lang]]/(site)/prisoners/[id]' → profile.
 * The route id drops the language segment and groups; what is left is a page type's route.
 */
export function pageOfRoute(routeId: string | null, params: Params): { type: PageType; params: Params; path: string } | null {
	const segments = (routeId ?? '/').split('/').filter((s) => s !== '' && !/^\(.+\)$/.test(s) && !/^\[\[lang(=\w+)?\]\]$/.test(s));
	const route = segments.length === 0 ? '/' : `/${segments.join('/')}/`;
	const type = (PAGE_TYPES as readonly PageType[]).find((t) => t.route === route.replace(/\[(\w+)=\w+\]/g, '[$1]'));
	return type ? { type, params, path: fillRoute(type.route, params) } : null;
}

/** The page whose card a page's link preview shows, as a path after the language prefix. */
export function cardPageOf(type: PageType, params: Params): string {
	return type.card === 'own' ? fillRoute(type.route, params) : type.card(params);
}

/** A card's file, from the site's root: '/cards/en/home.png', '/cards/ru/prisoners/<id>.png'. */
export function cardPath(locale: Locale, cardPage: string): string {
	return `/cards/${locale}${cardPage === '/' ? '/home' : cardPage.slice(0, -1)}.png`;
}

/** Every card file, as a path under /cards/: one per language for each page that has its own. */
export function cardFiles(site: SiteData): string[] {
	const own = (PAGE_TYPES as readonly PageType[]).filter((t) => t.card === 'own').flatMap((t) => t.instances(site).map((p) => fillRoute(t.route, p)));
	return LOCALES.flatMap((locale) => own.map((page) => cardPath(locale, page).slice('/cards/'.length)));
}

/** A feed's file, from the site's root: '/feeds/ru/detentions/article/uk-207.3.atom'. */
export function feedPath(locale: Locale, feed: string, format: 'atom' | 'json'): string {
	return fillRoute(fileType(format === 'atom' ? 'feedAtom' : 'feedJson').route, { lang: locale, feed });
}

/** The birthday calendar's file in a language, from the site's root. */
export const calendarPath = (locale: Locale) => fillRoute(fileType('birthdays').route, { lang: locale });

/** The feeds a page advertises, by name. */
export function feedsOfPage(type: PageType, params: Params): string[] {
	return type.feeds?.(params) ?? [];
}

/** The page a card file draws: the inverse of cardPath, for pages that have a card of their own. */
export function pageOfCard(file: string): { locale: Locale; path: string } | null {
	const match = file.replace(/^\/?cards\//, '').match(/^(en|ru)\/(.+)\.png$/);
	if (!match) return null;
	return { locale: match[1] as Locale, path: match[2] === 'home' ? '/' : `/${match[2]}/` };
}

/** The page type and parameters of a path after the language prefix: '/prisoners/x/' → profile { id: 'x' }. */
export function matchPage(path: string): { type: PageType; params: Params } | null {
	for (const type of PAGE_TYPES as readonly PageType[]) {
		const names: string[] = [];
		const pattern = type.route.replace(/[.*+?^${}()|\\]/g, '\\$&').replace(/\\?\[(\w+)\\?\]/g, (_, name: string) => {
			names.push(name);
			return '([^/]+)';
		});
		const match = new RegExp(`^${pattern}$`).exec(path);
		if (match) return { type, params: Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)])) };
	}
	return null;
}

// Link previews as a service that reads a page without running scripts sees them (Telegram, search engines): every
// page's title, description and Open Graph tags; the absolute ones (canonical, hreflang, og:url, og:image) only when
// the build was given the site's address, and then right; which card each page shows; the sitemap and robots.txt.
import { Window } from 'happy-dom';
import { render } from 'svelte/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18nContext } from '../../src/lib/i18n/i18n';
import type { Locale } from '../../src/lib/i18n/locales';
import PageMeta from '../../src/lib/meta/PageMeta.svelte';
import { cardFiles, cardPageOf, cardPath, matchPage, pageOfCard, pageOfRoute, type SiteData } from '../../src/lib/site/pages';
import { rootFrom } from '../../src/lib/meta/site';
import { robotsTxt, sitemapXml } from '../../src/lib/meta/sitemap';

// The page being rendered, as SvelteKit's $app/state would give it while prerendering.
const current = vi.hoisted(() => ({ route: { id: '/[[lang=lang]]/(site)/prisoners/[id]' as string | null }, params: { id: 'ivan-petrov' } as Record<string, string> }));
vi.mock('$app/state', () => ({ page: current }));

// The rendered head, read as a browser reads HTML (happy-dom's parser).
const browser = new Window();
function head(locale: Locale, props: { title: string; description: string; card?: string; noindex?: boolean }): Document {
	const html = render(PageMeta, { props, context: i18nContext(locale) }).head;
	return new browser.DOMParser().parseFromString(`<!doctype html><html><head>${html}</head></html>`, 'text/html') as unknown as Document;
}
const meta = (doc: Document, key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
const link = (doc: Document, selector: string) => doc.querySelector(`link${selector}`)?.getAttribute('href') ?? null;

/** Tags every page has, with or without the site's address. */
function expectRelativeTags(doc: Document, locale: Locale, title: string, description: string) {
	expect(doc.querySelector('title')?.textContent).toBe(title);
	expect(meta(doc, 'description')).toBe(description);
	expect(meta(doc, 'og:title')).toBe(title);
	expect(meta(doc, 'og:description')).toBe(description);
	expect(meta(doc, 'og:type')).toBe('website');
	expect(meta(doc, 'og:site_name')).toBe(locale === 'ru' ? 'Репрессии в цифрах' : 'Repression in numbers');
	expect(meta(doc, 'og:locale')).toBe(locale === 'ru' ? 'ru_RU' : 'en_US');
	expect(meta(doc, 'og:locale:alternate')).toBe(locale === 'ru' ? 'en_US' : 'ru_RU');
	expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
}

describe('PageMeta', () => {
	beforeEach(() => {
		current.route.id = '/[[lang=lang]]/(site)/prisoners/[id]';
		current.params = { id: 'ivan-petrov' };
	});
	afterEach(() => vi.unstubAllEnvs());

	it('without SITE_URL: title, description and Open Graph text, and no tag that needs an absolute address', () => {
		vi.stubEnv('SITE_URL', '');
		const doc = head('ru', { title: 'Иван Петров · Политзаключённые', description: 'Иван Петров: в СИЗО.' });
		expectRelativeTags(doc, 'ru', 'Иван Петров · Политзаключённые', 'Иван Петров: в СИЗО.');
		for (const key of ['og:url', 'og:image', 'og:image:width', 'og:image:height', 'og:image:alt']) expect(meta(doc, key), key).toBeNull();
		expect(doc.querySelectorAll('link[rel="canonical"], link[rel="alternate"]')).toHaveLength(0);
		expect(meta(doc, 'robots')).toBeNull();
	});

	it('with SITE_URL: canonical, hreflang alternates, og:url and the card, all absolute', () => {
		vi.stubEnv('SITE_URL', 'https://example.org/');
		vi.stubEnv('BASE_PATH', '');
		const doc = head('ru', { title: 'Иван Петров · Политзаключённые', description: 'Иван Петров: в СИЗО.' });
		expectRelativeTags(doc, 'ru', 'Иван Петров · Политзаключённые', 'Иван Петров: в СИЗО.');
		expect(link(doc, '[rel="canonical"]')).toBe('https://example.org/ru/prisoners/ivan-petrov/');
		expect(link(doc, '[hreflang="en"]')).toBe('https://example.org/prisoners/ivan-petrov/');
		expect(link(doc, '[hreflang="ru"]')).toBe('https://example.org/ru/prisoners/ivan-petrov/');
		expect(link(doc, '[hreflang="x-default"]')).toBe('https://example.org/prisoners/ivan-petrov/');
		expect(meta(doc, 'og:url')).toBe('https://example.org/ru/prisoners/ivan-petrov/');
		expect(meta(doc, 'og:image')).toBe('https://example.org/cards/ru/prisoners/ivan-petrov.png');
		expect(meta(doc, 'og:image:type')).toBe('image/png');
		expect(meta(doc, 'og:image:width')).toBe('1200');
		expect(meta(doc, 'og:image:height')).toBe('630');
		expect(meta(doc, 'og:image:alt')).toBe('Иван Петров · Политзаключённые');
	});

	it('under a base path, every address has it once', () => {
		vi.stubEnv('SITE_URL', 'https://user.github.io');
		vi.stubEnv('BASE_PATH', '/repo');
		current.route.id = '/[[lang=lang]]/(site)';
		current.params = {};
		const doc = head('en', { title: 'Home', description: 'What the site shows.' });
		expect(link(doc, '[rel="canonical"]')).toBe('https://user.github.io/repo/');
		expect(link(doc, '[hreflang="ru"]')).toBe('https://user.github.io/repo/ru/');
		expect(meta(doc, 'og:image')).toBe('https://user.github.io/repo/cards/en/home.png');
		expect(rootFrom('https://user.github.io/repo/', '/repo')).toBe('https://user.github.io/repo');
	});

	it('an embed is kept out of search results and shows its chart’s card', () => {
		vi.stubEnv('SITE_URL', 'https://example.org');
		current.route.id = '/[[lang=lang]]/embed/[chart]/live';
		current.params = { chart: 'detentions-by-region' };
		const doc = head('en', { title: 'Detentions by region', description: 'The chart.', noindex: true });
		expect(meta(doc, 'robots')).toBe('noindex');
		expect(meta(doc, 'og:image')).toBe('https://example.org/cards/en/embed/detentions-by-region.png');
	});

	it('refuses a SITE_URL that is not an http(s) address rather than writing wrong tags', () => {
		expect(() => rootFrom('example.org', '')).toThrow(/SITE_URL/);
		expect(rootFrom(undefined, '/repo')).toBeNull();
	});
});

describe('which card a page shows', () => {
	it('names each page by its route, wherever the site is served', () => {
		expect(pageOfRoute('/[[lang=lang]]/(site)', {})?.path).toBe('/');
		expect(pageOfRoute('/[[lang=lang]]/(site)/data', { lang: 'ru' })?.path).toBe('/data/');
		expect(pageOfRoute('/[[lang=lang]]/(site)/detentions/[dimension]/[value]', { dimension: 'article', value: 'uk-207.3' })?.path).toBe('/detentions/article/uk-207.3/');
		expect(pageOfRoute('/[[lang=lang]]/embed/figures/[metric]', { metric: 'memorial_political_prisoners' })?.path).toBe('/embed/figures/memorial_political_prisoners/');
		expect(pageOfRoute('/no/such/route', {})).toBeNull();
	});

	it('gives pages with a card their own, the others the nearest one, and reads a card path back', () => {
		const cardOfPage = (locale: 'en' | 'ru', path: string) => {
			const page = matchPage(path)!;
			return cardPath(locale, cardPageOf(page.type, page.params));
		};
		expect(cardOfPage('en', '/')).toBe('/cards/en/home.png');
		expect(cardOfPage('ru', '/detentions/charge/antiwar_speech/')).toBe('/cards/ru/detentions/charge/antiwar_speech.png');
		expect(cardOfPage('en', '/embed/detentions-by-region/live/')).toBe('/cards/en/embed/detentions-by-region.png');
		expect(cardOfPage('en', '/detentions/')).toBe('/cards/en/embed/detentions-over-time.png');
		expect(cardOfPage('ru', '/prisoners/')).toBe('/cards/ru/embed/prisoners-in-custody.png');
		expect(cardOfPage('ru', '/data/')).toBe('/cards/ru/home.png');
		for (const page of ['/', '/detentions/region/RU-MOW/', '/embed/detentions-by-region/', '/embed/figures/x/', '/prisoners/ivan/'])
			expect(pageOfCard(cardOfPage('ru', page))).toEqual({ locale: 'ru', path: page });
		expect(pageOfCard('/cards/de/home.png')).toBeNull();
	});

	it('lists a card file for every page with its own card, in both languages, and for no other', () => {
		const site: SiteData = { views: [{ key: 'charge', value: 'protest' }], people: ['ivan'], charts: ['detentions-by-region'], series: ['m'], tables: ['a.csv'], granularities: ['month'], collections: ['demo'] };
		expect(cardFiles(site).sort()).toEqual(
			['home', 'detentions/charge/protest', 'prisoners/ivan', 'collections/demo', 'embed/detentions-by-region', 'embed/figures/m'].flatMap((p) => [`en/${p}.png`, `ru/${p}.png`]).sort()
		);
	});
});

describe('sitemap.xml and robots.txt', () => {
	it('list every page in both languages with its alternates when the address is known', () => {
		const xml = sitemapXml('https://example.org', ['/', '/prisoners/ivan/']);
		expect(xml.match(/<url>/g)).toHaveLength(4);
		expect(xml).toContain('<loc>https://example.org/ru/prisoners/ivan/</loc>');
		expect(xml).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/prisoners/ivan/"/>');
		expect(robotsTxt('https://example.org')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n');
	});

	it('list no page and name no sitemap without it: a sitemap of relative addresses would be invalid', () => {
		expect(sitemapXml(null, ['/'])).not.toContain('<url>');
		expect(robotsTxt(null)).toBe('User-agent: *\nAllow: /\n');
	});
});

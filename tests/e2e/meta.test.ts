// Link previews as Telegram's servers and search engines fetch them: the page's HTML alone, no script run. Every
// page says its title and description in its language with Open Graph tags, its canonical address, its alternates
// and a card that is a 1200 × 630 PNG on the site: build/ is built with the site's address (SITE_URL), as
// `npm run test:e2e` does. A build without it (the edge test site) must have none of the absolute tags: they would be wrong.
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locale } from '../../src/lib/i18n/locales';
import { cardPageOf, cardPath, localizedPath, matchPage } from '../../src/lib/site/pages';
import { openTestSite, type TestSite } from './testSite';

const origin = inject('baseUrl');
const parser = new Window().DOMParser;

interface Head {
	meta(key: string): string | null;
	link(selector: string): string | null;
	title: string | null;
	count(selector: string): number;
}

/** A page's head as a crawler reads it: the HTML as served, parsed, nothing run. */
async function headOf(path: string, from = origin): Promise<Head> {
	const response = await fetch(`${from}${path}`);
	expect(response.status, path).toBe(200);
	const doc = new parser().parseFromString(await response.text(), 'text/html');
	return {
		meta: (key) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null,
		link: (selector) => doc.querySelector(`link${selector}`)?.getAttribute('href') ?? null,
		title: doc.querySelector('head > title')?.textContent ?? null,
		count: (selector) => doc.querySelectorAll(selector).length
	};
}

/** A PNG's width and height from its header. */
async function pngSize(url: string): Promise<{ type: string | null; width: number; height: number }> {
	const response = await fetch(url);
	expect(response.status, url).toBe(200);
	const png = Buffer.from(await response.arrayBuffer());
	expect(png.subarray(0, 8).toString('hex'), url).toBe('89504e470d0a1a0a');
	return { type: response.headers.get('content-type'), width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

// The site's address the build was given, read from the home page's canonical link: null for a build without SITE_URL.
let root: string | null = null;

describe('link previews', () => {
	const pages: { locale: Locale; path: string; embed?: boolean }[] = [
		{ locale: 'en', path: '/' },
		{ locale: 'ru', path: '/' },
		{ locale: 'en', path: '/detentions/' },
		{ locale: 'ru', path: '/detentions/charge/antiwar_speech/' },
		{ locale: 'ru', path: '/prisoners/' },
		{ locale: 'en', path: '/data/' },
		{ locale: 'en', path: '/embed/detentions-by-region-map/', embed: true },
		{ locale: 'ru', path: '/embed/detentions-over-time/', embed: true }
	];

	beforeAll(async () => {
		// A profile and a series of published figures, whichever the data has first.
		const people = (await (await fetch(`${origin}/data/prisoners-index.json`)).json()) as { id: string }[];
		pages.push({ locale: 'ru', path: `/prisoners/${encodeURIComponent(people[0]!.id)}/` });
		const data = await (await fetch(`${origin}/data/`)).text();
		const figures = data.match(/\/embed\/figures\/([\w-]+)\//);
		if (figures) pages.push({ locale: 'en', path: `/embed/figures/${figures[1]}/`, embed: true });
		const canonical = (await headOf('/')).link('[rel="canonical"]');
		root = canonical ? canonical.replace(/\/$/, '') : null;
	});

	it('are written with the site’s address the build was given', () => {
		expect(root, 'build/ was built without SITE_URL: npm run test:e2e builds it with one').toMatch(/^https?:\/\/[^/]+/);
	});

	it('every page has its title, description and Open Graph text in its own language', async () => {
		for (const { locale, path, embed } of pages) {
			const head = await headOf(localizedPath(locale, path));
			const where = `${locale} ${path}`;
			expect(head.title, where).toBeTruthy();
			expect(head.count('head > title'), where).toBe(1);
			const description = head.meta('description');
			expect(description?.length ?? 0, where).toBeGreaterThan(40);
			expect(description, where).toMatch(locale === 'ru' ? /[А-Яа-яЁё]{4}/ : /^[^А-Яа-яЁё]*[A-Za-z]{4}/);
			expect(head.meta('og:title'), where).toBe(head.title);
			expect(head.meta('og:description'), where).toBe(description);
			expect(head.meta('og:type'), where).toBe('website');
			expect(head.meta('og:site_name'), where).toBe(locale === 'ru' ? 'Репрессии в цифрах' : 'Repression in numbers');
			expect(head.meta('og:locale'), where).toBe(locale === 'ru' ? 'ru_RU' : 'en_US');
			expect(head.meta('og:locale:alternate'), where).toBe(locale === 'ru' ? 'en_US' : 'ru_RU');
			expect(head.meta('twitter:card'), where).toBe('summary_large_image');
			expect(head.meta('robots'), where).toBe(embed ? 'noindex' : null);
			// One set of tags: the page's, not a layout's as well.
			expect(head.count('meta[name="description"]'), where).toBe(1);
		}
	});

	it('every page shows a card that is a 1200 × 630 PNG on the site, and its canonical address and alternates', async () => {
		for (const { locale, path } of pages) {
			const head = await headOf(localizedPath(locale, path));
			const where = `${locale} ${path}`;
			const page = matchPage(path)!;
			const card = cardPath(locale, cardPageOf(page.type, page.params));
			expect(head.link('[rel="canonical"]'), where).toBe(`${root}${localizedPath(locale, path)}`);
			expect(head.meta('og:url'), where).toBe(`${root}${localizedPath(locale, path)}`);
			expect(head.link('[hreflang="en"]'), where).toBe(`${root}${localizedPath('en', path)}`);
			expect(head.link('[hreflang="ru"]'), where).toBe(`${root}${localizedPath('ru', path)}`);
			expect(head.link('[hreflang="x-default"]'), where).toBe(`${root}${localizedPath('en', path)}`);
			expect(head.meta('og:image'), where).toBe(`${root}${card}`);
			expect(head.meta('og:image:width'), where).toBe('1200');
			expect(head.meta('og:image:height'), where).toBe('630');
			expect(head.meta('og:image:alt'), where).toBeTruthy();
			// The card the tag names is on this site, whatever address the build was given.
			expect(await pngSize(`${origin}${card}`), where).toEqual({ type: 'image/png', width: 1200, height: 630 });
		}
	});

	it('robots.txt lets every crawler in and names the sitemap, which lists every page for readers in both languages', async () => {
		const robots = await (await fetch(`${origin}/robots.txt`)).text();
		expect(robots).toMatch(/^User-agent: \*\nAllow: \/\n/);
		expect(robots).not.toMatch(/Disallow: \S/);
		expect(robots).toContain(`Sitemap: ${root}/sitemap.xml`);
		const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text();
		expect(sitemap).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
		for (const { locale, path, embed } of pages) {
			const loc = `<loc>${root}${localizedPath(locale, path)}</loc>`;
			if (embed) expect(sitemap, path).not.toContain(loc);
			else expect(sitemap, path).toContain(loc);
		}
		expect(sitemap).not.toContain('/embed/');
		expect(sitemap).not.toContain('404');
	});
});

describe('a build without the site’s address (the edge test site)', () => {
	let site: TestSite;
	beforeAll(async () => {
		site = await openTestSite('edge');
	});
	afterAll(async () => {
		await site.close();
	});

	it('writes no tag that needs an absolute address, no page in its sitemap, and no sitemap in robots.txt', async () => {
		for (const path of ['/', '/ru/detentions/', '/prisoners/only-person/']) {
			const head = await headOf(path, site.origin);
			for (const key of ['og:url', 'og:image', 'og:image:width', 'og:image:height']) expect(head.meta(key), `${path} ${key}`).toBeNull();
			expect(head.count('link[rel="canonical"], link[hreflang]'), path).toBe(0);
			// The tags that need no address are all there.
			expect(head.meta('og:title'), path).toBe(head.title);
		}
		expect(await (await fetch(`${site.origin}/robots.txt`)).text()).not.toContain('Sitemap:');
		expect(await (await fetch(`${site.origin}/sitemap.xml`)).text()).not.toContain('<url>');
	});
});

describe('feeds of what changed, and the birthday calendar, as a reader subscribes to them', () => {
	/** An address a page or feed gives, fetched from this test's server whatever site address the build was given. */
	let onSite: (href: string, base: string) => string;
	beforeAll(async () => {
		const canonical = (await headOf('/')).link('[rel="canonical"]');
		const siteRoot = canonical ? canonical.replace(/\/$/, '') : null;
		onSite = (href, base) => {
			const url = new URL(href, base).href;
			return siteRoot && url.startsWith(siteRoot) ? `${origin}${url.slice(siteRoot.length)}` : url;
		};
	});

	it('a view’s page advertises its Atom feed, whose entries lead to pages of the site', async () => {
		const page = `${origin}/ru/detentions/charge/antiwar_speech/`;
		const doc = new parser().parseFromString(await (await fetch(page)).text(), 'text/html');
		const atom = doc.querySelector('link[rel="alternate"][type="application/atom+xml"]');
		expect(atom?.getAttribute('title')).toMatch(/^Лента Atom: /);
		expect(doc.querySelector('link[rel="alternate"][type="application/feed+json"]')).not.toBeNull();
		const feedUrl = onSite(atom!.getAttribute('href')!, page);
		const response = await fetch(feedUrl);
		expect(response.headers.get('content-type')).toContain('application/atom+xml');
		const xml = new parser().parseFromString(await response.text(), 'application/xml');
		expect(xml.querySelector('parsererror')).toBeNull();
		expect(xml.documentElement.getAttribute('xml:lang')).toBe('ru');
		const entries = [...xml.querySelectorAll('entry')];
		expect(entries.length).toBeGreaterThan(0);
		expect(entries.length).toBeLessThanOrEqual(50);
		for (const entry of entries.slice(0, 3)) {
			const link = onSite(entry.querySelector('link[rel="alternate"]')!.getAttribute('href')!, feedUrl);
			expect((await fetch(link)).status, link).toBe(200);
			expect(entry.querySelector('link[rel="enclosure"]')?.getAttribute('href')).toMatch(/\/cards\/ru\/.+\.png$/);
		}
		const json = (await (await fetch(feedUrl.replace(/\.atom$/, '.json'))).json()) as { version: string; items: { id: string }[] };
		expect(json.version).toBe('https://jsonfeed.org/version/1.1');
		expect(json.items.map((i) => i.id)).toEqual(entries.map((e) => e.querySelector('id')!.textContent));
	});

	it('the prisoners page links the birthday calendar, whose events lead to profiles’ letter sections', async () => {
		const page = `${origin}/prisoners/`;
		const doc = new parser().parseFromString(await (await fetch(page)).text(), 'text/html');
		const link = [...doc.querySelectorAll('footer a')].find((a) => a.textContent === 'Birthdays calendar (iCalendar)');
		const url = onSite(link!.getAttribute('href')!, page);
		const response = await fetch(url);
		expect(response.headers.get('content-type')).toContain('text/calendar');
		const ics = (await response.text()).replace(/\r\n /g, '');
		expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
		const profiles = [...ics.matchAll(/^URL:(.+)#letter-heading$/gm)].map((m) => onSite(m[1]!, url));
		expect(profiles.length).toBeGreaterThan(0);
		expect((await fetch(profiles[0]!)).status).toBe(200);
	});
});

// A mirror, as when the main domain is blocked and others serve the same files: the unchanged build under a path
// chosen at random, on a server that answers nothing outside it. Every page type in both languages, the language
// switch both ways, a profile, filters, embeds and their code, and the 404 page work there, with no request outside
// that path and no console error. The pages are found by following the site's own links, so new ones are included.
// It serves build/, or the directory E2E_ROOT names, as global-setup.ts does.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve';
import { chargeTypes, detentionTotals } from '../csvTotals';
import { countShown, cspViolations, openBrowser, type Session } from './browser';

const ROOT = process.env.E2E_ROOT ?? 'build';
const PREFIX = `/m-${randomBytes(4).toString('hex')}/x`;
/** Addresses that have no file, at several depths and in both languages, and an embed's. */
const MISSING = ['/no-such-page/', '/ru/prisoners/nobody/at/all/', '/embed/no-such-chart/', '/ru/data/nothing.csv'];

/** The same page in Russian: '/prisoners/' → '/ru/prisoners/'. */
const ru = (path: string) => `/ru${path}`;
/** A pattern of addresses that start with `text`. */
const startingWith = (text: string, rest = '') => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${rest}`);
const charge = chargeTypes();
const pickets = detentionTotals('data/detentions.csv', (r) => r.event_type === 'single_picket');
const antiwarPickets = detentionTotals('data/detentions.csv', (r) => charge.get(r.article!) === 'antiwar_speech' && r.event_type === 'single_picket');
const threeValues = detentionTotals('data/detentions.csv', (r) => ['antiwar_speech', 'protest'].includes(charge.get(r.article!)!) && r.event_type === 'single_picket');

describe(`the unchanged build served under a random path (${PREFIX}/)`, () => {
	let mirror: Server;
	let site: string;
	let origin: string;
	let session: Session;
	let host: Server;
	let hostUrl = '';
	/** Every request the mirror's server received, with its answer. */
	const answered: { url: string; status: number }[] = [];
	/** Every request the browser made outside the mirror's path (the host page's origin aside). */
	const outside: string[] = [];
	/** A journalist's page on another origin: the embed code the site gave, pasted in (by the embed code test). */
	let hostPage = '';

	beforeAll(async () => {
		({ server: mirror, url: site } = await serveStatic({ root: ROOT, prefix: PREFIX }));
		origin = new URL(site).origin;
		mirror.on('request', (req, res) => res.on('finish', () => answered.push({ url: req.url ?? '', status: res.statusCode })));
		session = await openBrowser(origin);
		host = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(hostPage));
		await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
		const address = host.address();
		hostUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
		session.context.on('request', (request) => {
			const url = request.url();
			if (!url.startsWith(`${site}/`) && !url.startsWith(hostUrl) && !/^(data|blob):/.test(url)) outside.push(url);
		});
	});
	afterAll(async () => {
		await session.close();
		await new Promise<void>((resolve) => host.close(() => resolve()));
		await new Promise<void>((resolve) => mirror.close(() => resolve()));
	});

	/** Opens a page of the mirror, which must be there. */
	async function open(path: string): Promise<Page> {
		const page = await session.newPage();
		const response = await page.goto(`${site}${path}`);
		expect(response?.status(), path).toBe(200);
		return page;
	}

	/** Waits until a site page has hydrated, which its language switch shows: built relative, it is written from the
	 *  root the app found once it runs, the mirror's path. */
	async function hydrated(page: Page): Promise<void> {
		await expect.poll(() => page.locator('a.lang-switch').getAttribute('href'), { timeout: 20_000 }).toMatch(startingWith(`${PREFIX}/`));
	}

	/** Every address the page names: what it loads (scripts, styles, icons, images, frames) and its links within the
	 *  site under the mirror's path; other sites only as links to sources. A canonical or alternate address is not
	 *  loaded, and may well be the main site's. */
	async function expectAddressesUnderPrefix(page: Page, path: string): Promise<void> {
		const named = await page.evaluate(() =>
			[...document.querySelectorAll('a[href], link[href]:not([rel~="canonical"]):not([rel~="alternate"]), script[src], img[src], iframe[src], use[href], image[href]')].map(
				(e) => ({ tag: e.tagName.toLowerCase(), url: new URL(e.getAttribute('href') ?? e.getAttribute('src') ?? '', location.href).href })
			)
		);
		for (const { tag, url } of named) {
			if (url.startsWith('data:') || url.startsWith('blob:')) continue;
			if (tag === 'a' && new URL(url).origin !== origin) continue;
			expect(url, `${tag} on ${path}`).toMatch(startingWith(`${site}/`));
		}
		expect(await cspViolations(page), path).toEqual([]);
	}

	/** The paths, from the site's root, of the links on a page that match a pattern, first of each distinct group. */
	async function linksOn(page: Page, pattern: RegExp): Promise<string[]> {
		// getAttribute: an SVG link's href is no string.
		const hrefs = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => new URL(a.getAttribute('href')!, location.href).href));
		const paths = hrefs.filter((h) => h.startsWith(`${site}/`)).map((h) => new URL(h).pathname.slice(PREFIX.length));
		const found = new Map<string, string>();
		for (const p of paths) {
			const match = pattern.exec(p);
			if (match && !found.has(match[1] ?? p)) found.set(match[1] ?? p, p);
		}
		return [...found.values()];
	}

	it('shows every page type in both languages, naming only addresses under the path', async () => {
		const start = await open('/');
		await hydrated(start);
		const sections = await linksOn(start, /^(\/(?:detentions|prisoners|data)\/)$/);
		expect(sections.sort()).toEqual(['/data/', '/detentions/', '/prisoners/']);
		await start.close();

		// Pages found from the site's own links: one single-value page per dimension, one profile, one embed of each kind.
		const explorer = await open('/detentions/');
		await hydrated(explorer);
		const single = await linksOn(explorer, /^\/detentions\/([^/]+)\/[^/]+\/$/);
		await explorer.close();
		const list = await open('/prisoners/');
		await list.waitForLoadState('networkidle');
		const profiles = await linksOn(list, /^\/prisoners\/[^/]+\/$/);
		expect(profiles.length, 'profile links on /prisoners/').toBeGreaterThan(0);
		await list.close();
		const data = await open('/data/');
		const embeds = await linksOn(data, /^\/embed\/((?:figures\/)?)[^/]+\/$/);
		expect(embeds.length, 'an embed and a figures embed listed on /data/').toBe(2);
		await expectDownloads(data);
		await data.close();

		const pages = ['/', '/detentions/', ...single, '/prisoners/', profiles[0]!, '/data/'];
		for (const path of [...pages, ...pages.map(ru)]) {
			const page = await open(path);
			await hydrated(page);
			expect(await page.locator('h1').first().textContent(), path).not.toBe('');
			expect(await page.getAttribute('html', 'lang'), path).toBe(path.startsWith('/ru/') ? 'ru' : 'en');
			await expectAddressesUnderPrefix(page, path);
			await page.close();
		}
		const live = embeds.map((e) => e.replace(/\/$/, '/live/')).filter((e) => !e.includes('/figures/'));
		for (const path of [...embeds, ...live, ...embeds.map(ru), ...live.map(ru)]) {
			const page = await open(path);
			await expect.poll(() => page.locator('.embed svg').count(), { timeout: 20_000 }).toBeGreaterThan(0);
			await expectAddressesUnderPrefix(page, path);
			await page.close();
		}
	}, 180_000);

	/** The data page's downloads are files under the path, and are there. */
	async function expectDownloads(page: Page): Promise<void> {
		const files = await linksOn(page, /^(\/data\/.+\.(?:csv|json|arrow))$/);
		expect(files.length, 'downloads on /data/').toBeGreaterThan(2);
		for (const file of files) expect((await fetch(`${site}${file}`)).status, file).toBe(200);
	}

	it('switches language both ways and stays on the same page under the path', async () => {
		const list = await open('/prisoners/');
		await list.waitForLoadState('networkidle');
		const [profile] = await linksOn(list, /^\/prisoners\/[^/]+\/$/);
		await list.close();
		for (const path of ['/', '/prisoners/', profile!, '/detentions/']) {
			const page = await open(path);
			await hydrated(page);
			await page.locator('a.lang-switch').click();
			await expect.poll(() => page.url()).toBe(`${site}${ru(path)}`);
			await expect.poll(() => page.getAttribute('html', 'lang')).toBe('ru');
			await hydrated(page);
			await page.locator('a.lang-switch').click();
			await expect.poll(() => page.url()).toBe(`${site}${path}`);
			await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
			await page.close();
		}
	});

	it('opens a profile from the list', async () => {
		const page = await open('/ru/prisoners/');
		await page.waitForLoadState('networkidle');
		const card = page.locator('.prisoner-card h3 a').first();
		const name = (await card.textContent())!.trim();
		await card.click();
		await expect.poll(() => page.url()).toMatch(startingWith(`${site}/ru/prisoners/`, '[^/]+/$'));
		await expect.poll(() => page.locator('h1').textContent()).toBe(name);
		await page.close();
	});

	it('filters by a bar, then by combinations the browser counts', async () => {
		const page = await open('/detentions/');
		await hydrated(page);
		await page.locator('#detentions-by-event .filter-link', { hasText: 'Single-person picket' }).click();
		await expect.poll(() => page.url()).toBe(`${site}/detentions/event/single_picket/`);
		await expect.poll(() => countShown(page), { timeout: 30_000 }).toBe(pickets.detained);
		// A value of another dimension: a combination of two, counted from the cube's JSON, read from the path.
		await page.locator('#detentions-by-charge .filter-link', { hasText: 'Anti-war speech' }).click();
		await expect.poll(() => page.url()).toBe(`${site}/detentions/?charge=antiwar_speech&event=single_picket`);
		await expect.poll(() => countShown(page), { timeout: 30_000 }).toBe(antiwarPickets.detained);
		// The server writes down an answer once it has finished sending it, which can be after the page has used it.
		await expect.poll(() => answered).toContainEqual({ url: `${PREFIX}/data/detention-cube.json`, status: 200 });
		// A third value, which DuckDB counts from the cube it loads from the path.
		await page.getByRole('group', { name: 'Charge type' }).getByRole('checkbox', { name: 'Protest', exact: true }).click();
		await expect.poll(() => page.url()).toBe(`${site}/detentions/?charge=antiwar_speech%2Cprotest&event=single_picket`);
		await expect.poll(() => countShown(page), { timeout: 60_000 }).toBe(threeValues.detained);
		await expect.poll(() => answered).toContainEqual({ url: `${PREFIX}/data/detention-cube.arrow`, status: 200 });
		await page.close();
	});

	it('gives embed code with the mirror’s addresses, which works on another site', async () => {
		const page = await open('/ru/detentions/');
		await hydrated(page);
		await page.locator('#detentions-over-time .embed-code summary').click();
		const code = await page.locator('#detentions-over-time .embed-code textarea').inputValue();
		expect(code).toContain(`src="${site}/ru/embed/detentions-over-time/"`);
		expect(code).toContain(`<script src="${site}/embed.js" async></script>`);
		await page.close();

		hostPage = `<!doctype html><html><body style="margin:0"><div style="width:360px">${code}</div></body></html>`;
		const article = await session.newPage();
		await article.goto(hostUrl);
		const frame = article.frameLocator('iframe[data-pd-embed]');
		await expect.poll(() => frame.locator('#detentions-over-time .drawing svg').count(), { timeout: 20_000 }).toBeGreaterThan(0);
		const height = await frame.locator('.embed').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
		await expect.poll(() => article.locator('iframe[data-pd-embed]').evaluate((f) => f.getBoundingClientRect().height)).toBe(height);
		await article.close();

		// A link with filters moves to the live embed, under the path, which loads its data from there.
		const live = await session.newPage();
		await live.goto(`${site}/ru/embed/detentions-by-charge/?charge=protest`);
		await expect.poll(() => live.url()).toBe(`${site}/ru/embed/detentions-by-charge/live/?charge=protest`);
		await live.locator('#detentions-by-charge details.data-table summary').click();
		await expect.poll(() => live.locator('#detentions-by-charge tbody tr').count(), { timeout: 30_000 }).toBe(1);
		await live.close();
	});

	it.each(MISSING)('answers %s with the 404 page, whose links lead back under the path', async (path) => {
		const page = await session.newPage();
		const response = await page.goto(`${site}${path}`);
		expect(response?.status()).toBe(404);
		expect(await page.locator('h1').textContent()).toContain('Page not found');
		// Built from BASE_PATH, the links are pointed at the root the page finds above itself.
		await expect.poll(() => page.locator('section[lang="en"] p a').getAttribute('href')).toBe(`${PREFIX}/`);
		await expect.poll(() => page.locator('section[lang="ru"] p a').getAttribute('href')).toBe(`${PREFIX}/ru/`);
		await expectAddressesUnderPrefix(page, path);
		await page.getByRole('link', { name: 'Перейти на главную страницу' }).click();
		await expect.poll(() => page.url()).toBe(`${site}/ru/`);
		expect(await page.getAttribute('html', 'lang')).toBe('ru');
		await page.close();
	});

	it('asked for nothing outside the path, found every file it asked for, and logged no error', () => {
		expect(answered.length).toBeGreaterThan(50);
		expect(answered.filter((a) => !a.url.startsWith(`${PREFIX}/`))).toEqual([]);
		expect(outside).toEqual([]);
		expect(session.foreignRequests.filter((url) => !url.startsWith(hostUrl))).toEqual([]);
		// Only the missing pages answer 404, and the 404 page's own questions on its way up to the root.
		const missing = answered.filter((a) => a.status === 404).map((a) => a.url);
		const expected = (url: string) =>
			MISSING.some((m) => url === `${PREFIX}${m}` || (url.endsWith('/_app/version.json') && `${PREFIX}${m}`.startsWith(url.replace(/_app\/version\.json$/, ''))));
		expect(missing.filter((url) => !expected(url))).toEqual([]);
		expect(session.consoleErrors.filter((e) => !/status of 404/.test(e))).toEqual([]);
		expect(session.consoleErrors.filter((e) => /status of 404/.test(e)).length).toBeLessThanOrEqual(missing.length);
	});

	it('has every page’s start script find the site’s root at the page’s own depth', () => {
		// SvelteKit's start script names the root relative to the page ("../.."), and its assets only when they are set
		// apart, which this site never does: a page with an `assets` carried another page's (two rendered at once).
		const wrong: string[] = [];
		const pages = readdirSync(ROOT, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && f !== '404.html');
		for (const file of pages) {
			const html = readFileSync(`${ROOT}/${file}`, 'utf8');
			const depth = file.split('/').length - 1;
			const base = /base: new URL\("([^"]*)", location\)/.exec(html)?.[1];
			if (base !== undefined && (base !== (depth === 0 ? '.' : Array(depth).fill('..').join('/')) || /\bassets: "/.test(html))) wrong.push(file);
		}
		expect(pages.length).toBeGreaterThan(100);
		expect(wrong).toEqual([]);
	});
});

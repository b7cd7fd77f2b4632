// A missing address, as a reader meets it: status 404, "not found" in both languages with links home that work at any
// depth (build/404.html, served by the host), and the same words when a link inside the site leads nowhere.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cspViolations, openBrowser, type Session } from './browser';

const origin = inject('baseUrl');
/** Chromium reports the 404 of the page itself as a console error; anything else is a fault. */
const otherErrors = (errors: string[]) => errors.filter((e) => !/status of 404/.test(e));

describe('a missing page', () => {
	let session: Session;
	beforeAll(async () => {
		session = await openBrowser(origin);
	});
	afterAll(async () => {
		await session.close();
	});

	it.each(['/no-such-page/', '/prisoners/nobody/at/all/', '/ru/no-such-page', '/ru/prisoners/nobody/at/all/'])(
		'%s answers 404 in both languages, with working links to both home pages',
		async (path) => {
			const page = await session.newPage();
			const response = await page.goto(`${origin}${path}`);
			expect(response?.status()).toBe(404);
			expect(response?.headers()['content-type']).toContain('text/html');
			expect(page.url()).toBe(`${origin}${path}`);
			expect(await page.locator('h1').textContent()).toContain('Page not found');
			expect(await page.locator('section[lang="ru"] h2').textContent()).toContain('Страница не найдена');
			expect(await page.title()).toBe('Page not found · Страница не найдена');
			// No script of the app's, whose relative address would miss at this depth: one inline script, allowed by its
			// hash, that points the links at the site's root (src/lib/notFound/rootLinks.js), and the site's policy.
			expect(await page.locator('script:not([src])').count()).toBe(1);
			expect(await page.locator('script[src]').count()).toBe(0);
			expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).toContain("default-src 'self'");
			expect(await page.locator('section[lang="en"] p a').getAttribute('href')).toBe('/');
			expect(await page.locator('section[lang="ru"] p a').getAttribute('href')).toBe('/ru/');
			// And the site's sections, in each language, from the same list as the site's header.
			expect(await page.locator('section[lang="ru"] nav a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/ru/detentions/', '/ru/prisoners/', '/ru/data/']);
			expect(await page.locator('section[lang="en"] nav a').allTextContents()).toEqual(['Detentions', 'Prisoners', 'Data']);
			// The site's own header is there too, as on every page.
			expect(await page.locator('header.site-header nav a').evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]))).toEqual([
				['Overview', '/'], ['Detentions', '/detentions/'], ['Prisoners', '/prisoners/'], ['Data', '/data/']
			]);
			expect(await cspViolations(page)).toEqual([]);

			await page.getByRole('link', { name: 'Перейти на главную страницу' }).click();
			await expect.poll(() => page.url()).toBe(`${origin}/ru/`);
			expect(await page.getAttribute('html', 'lang')).toBe('ru');

			const again = await page.goto(`${origin}${path}`);
			expect(again?.status()).toBe(404);
			await page.getByRole('link', { name: 'Go to the home page' }).click();
			await expect.poll(() => page.url()).toBe(`${origin}/`);
			expect(await page.getAttribute('html', 'lang')).toBe('en');
			await page.close();
		}
	);

	it('answers a missing file with the same page and status, as hosts do', async () => {
		const response = await fetch(`${origin}/data/no-such-table.csv`);
		expect(response.status).toBe(404);
		expect(await response.text()).toContain('Страница не найдена');
		const page = await fetch(`${origin}/404.html`);
		expect(page.status).toBe(200);
	});

	it('shows the error page, reader’s language first, when a link inside the site leads to no profile', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/ru/prisoners/`);
		await page.waitForLoadState('networkidle');
		// A mark on the window survives only a navigation that the app does itself, without reloading the page.
		await page.evaluate(() => {
			(window as unknown as { mark: number }).mark = 1;
			const link = Object.assign(document.createElement('a'), { href: 'nobody-at-all/', textContent: 'stale link' });
			document.querySelector('main')!.append(link);
		});
		await page.getByRole('link', { name: 'stale link' }).click();
		await expect.poll(() => page.locator('h1').textContent()).toContain('Страница не найдена');
		expect(page.url()).toBe(`${origin}/ru/prisoners/nobody-at-all/`);
		expect(await page.evaluate(() => (window as unknown as { mark?: number }).mark)).toBe(1);
		expect(await page.locator('h2[id="not-found-en"]').textContent()).toContain('Page not found');
		await page.getByRole('link', { name: 'Go to the home page' }).click();
		await expect.poll(() => page.url()).toBe(`${origin}/`);
		await page.close();
	});

	it('made no request outside the origin and logged no other console error', () => {
		expect(session.foreignRequests).toEqual([]);
		expect(otherErrors(session.consoleErrors)).toEqual([]);
	});
});

// One page of every kind the site publishes (the manifest's), in both languages: no request outside the origin, no
// cookie, no storage, no console error, no Content-Security-Policy violation, a CSP on every page, no words of the
// other language unmarked, and no WCAG 2.1 A or AA violation (axe-core) in either colour scheme. Pages of one kind
// share one template, so one of each is visited, once for all of these.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chargeTypes, detentionTotals } from '../csvTotals';
import { violationsOf } from './axe';
import { countShown, cspViolations, openBrowser, type Session } from './browser';
import { foreignWords } from './language';
import { pagesToVisit } from './pages';

const origin = inject('baseUrl');
const ALL = await pagesToVisit();
const charge = chargeTypes();
/** Three values, which only the engine counts (two are counted from the cube's JSON): protest or anti-war speech at rallies. */
const threeValues = detentionTotals('data/detentions.csv', (r) => ['protest', 'antiwar_speech'].includes(charge.get(r.article!)!) && r.event_type === 'rally');

let session: Session;
beforeAll(async () => {
	session = await openBrowser(origin);
});
afterAll(async () => {
	await session.close();
});

describe.concurrent('every kind of page', () => {
	it.for(ALL)('%s keeps to itself and has no WCAG 2.1 AA violation, light or dark', async (path, { expect }) => {
		const page = await session.newPage();
		const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(200);
		expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).toContain("default-src 'self'");
		expect(await cspViolations(page)).toEqual([]);
		expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
		// Russian pages are Russian and English ones English: words in the other language are marked as such.
		expect(await foreignWords(page, /^\/ru(\/|$)/.test(path) ? 'ru' : 'en')).toEqual([]);
		// Last: the audit turns the page light, then dark.
		expect(await violationsOf(page)).toEqual([]);
		await page.close();
	});
});

describe('the query engine', () => {
	it('a filter that loads DuckDB in the browser breaks no policy, and its progress never passes 100 %', async () => {
		const page = await session.newPage();
		// Every value the progress bar and its text take while the engine downloads (served brotli-compressed).
		await page.addInitScript(() => {
			const seen: string[] = [];
			Object.defineProperty(window, '__progress', { value: seen });
			new MutationObserver(() => {
				const status = document.querySelector('.db-status');
				const bar = status?.querySelector('progress');
				if (bar && bar.max) seen.push(`${bar.value / bar.max}`);
				const percent = /(\d+)%/.exec(status?.textContent ?? '');
				if (percent) seen.push(`${Number(percent[1]) / 100}`);
			}).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
		});
		await page.goto(`${origin}/detentions/?charge=antiwar_speech,protest&event=rally`);
		await expect.poll(() => countShown(page), { timeout: 30_000 }).toBe(threeValues.detained);
		expect(await cspViolations(page)).toEqual([]);
		const progress = (await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress)).map(Number);
		expect(progress.length).toBeGreaterThan(0);
		expect(Math.max(...progress)).toBeLessThanOrEqual(1);
		await page.close();
	});

	it('made no request outside the origin and logged no console error', () => {
		expect(session.foreignRequests).toEqual([]);
		expect(session.consoleErrors).toEqual([]);
	});
});

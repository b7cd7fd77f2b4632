// A page of every kind (the manifest's) and the map's embed fit a 320 px wide phone without sideways scrolling, in both
// languages; the data page's tables fit or scroll in a box of their own, column names whole and each with its meaning.
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser';
import { pagesToVisit } from './pages';

const origin = inject('baseUrl');
const PATHS = [...(await pagesToVisit()), '/embed/detentions-by-region-map/', '/ru/embed/detentions-by-region-map/'];

describe.concurrent('narrow screens', () => {
	let session: Session;
	beforeAll(async () => {
		session = await openBrowser(origin);
	});
	afterAll(async () => {
		await session.close();
	});

	it.for(PATHS)('%s fits 320 px', async (path, { expect }) => {
		const page = await session.newPage();
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(`${origin}${path}`);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await page.close();
	});

	it.for(['/data/', '/ru/data/'])('%s: column names stay whole, each has its meaning, and a wide table scrolls in its own box', async (path, { expect }) => {
		const page = await session.newPage();
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto(`${origin}${path}`);
		for (const summary of await page.locator('.dataset details > summary').all()) await summary.click();
		const names = await page.locator('.dataset tbody th code').evaluateAll((codes) =>
			codes.map((c) => ({ name: c.textContent, lines: c.getClientRects().length, meaning: c.closest('tr')!.querySelector('td:last-child')!.textContent!.trim() }))
		);
		expect(names.length).toBeGreaterThan(50);
		for (const n of names) {
			expect(n.lines, `${n.name} on one line`).toBe(1);
			expect(n.meaning, `${n.name} has a meaning`).not.toBe('');
		}
		// Every table fits the screen, or sits in a box that scrolls sideways (and shows a shadow where it goes on).
		const tables = await page.locator('.dataset table, .figures-table').evaluateAll((list) =>
			list.map((t) => ({ wide: t.getBoundingClientRect().width > innerWidth, scrolls: getComputedStyle(t.parentElement!).overflowX === 'auto' && t.parentElement!.getBoundingClientRect().width <= innerWidth }))
		);
		for (const t of tables) if (t.wide) expect(t.scrolls).toBe(true);
		expect(tables.some((t) => t.wide), 'the figures table is wider than a phone').toBe(true);
		await page.close();
	});
});

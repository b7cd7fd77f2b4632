// The site on a phone (390 × 844, touch): the header keeps to one line, the first chart, figure or result is on the first
// screen (the filters fold under one button that says how much matches), search results start right under the box,
// touch targets are at least 24 px, a tapped filter keeps the drawer open, "Show N results" closes it onto the
// results, long lists narrow as one types, the map names its regions on tiles one can tap, and a tap on the time
// series shows the period under the finger, inside the chart.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { detentionTotals } from '../csvTotals';
import { countShown, drawnFor, openBrowser, type Session } from './browser';

const origin = inject('baseUrl');
const all = detentionTotals();
const SCREEN = 844;

describe('on a phone', () => {
	let session: Session;
	beforeAll(async () => {
		session = await openBrowser(origin, { phone: true });
	});
	afterAll(async () => {
		await session.close();
	});

	it.each(['/', '/ru/', '/detentions/', '/ru/detentions/', '/prisoners/', '/ru/prisoners/'])('%s: one-line header, and a chart or result on the first screen', async (path) => {
		const page = await session.newPage();
		await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
		const header = await page.locator('.site-header').boundingBox();
		expect(header!.height, 'header height').toBeLessThan(56);
		const navTops = await page.locator('.site-header a:visible').evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
		expect(new Set(navTops).size, 'every header link on one line').toBe(1);
		const first = page.locator('.chart-frame, .prisoner-card, .in-prison-now, .figure-card').first();
		expect((await first.boundingBox())!.y, 'first chart or result').toBeLessThan(SCREEN);
		const drawer = page.locator('.filter-drawer > summary');
		if ((await drawer.count()) > 0) expect(await drawer.textContent()).toMatch(/\d/);
		await page.close();
	});

	it('puts search results right under the search box, and finds as the reader types', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/prisoners/`, { waitUntil: 'networkidle' });
		const box = (await page.locator('#prisoner-search').boundingBox())!;
		await page.locator('#prisoner-search').fill('a');
		const card = (await page.locator('.prisoner-card').first().boundingBox())!;
		expect(card.y - (box.y + box.height)).toBeLessThan(300);
		await page.close();
	});

	it('gives every filter a touch target of 24 px or more', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/detentions/`);
		await page.locator('.filter-drawer > summary').tap();
		const sizes = await page.locator('.filter-panel .check, .pick-options > summary, .filter-drawer > summary, .segmented label').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
		expect(sizes.length).toBeGreaterThan(10);
		for (const h of sizes) expect(h).toBeGreaterThanOrEqual(24);
		await page.close();
	});

	// A box is a link to its value's page; the explorer stays and redraws in place, so a reader choosing several
	// filters does not have to open the drawer again for each.
	it('keeps the filters open after a tap on one, the box ticked and focused, and untaps the same way', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/ru/detentions/`, { waitUntil: 'networkidle' });
		await page.locator('.filter-drawer > summary').tap();
		const box = page.locator('fieldset.checks').first().locator('[role=checkbox]').nth(1);
		const value = decodeURIComponent((await box.getAttribute('href'))!.split('/').filter(Boolean).at(-1)!);
		await box.tap();
		await drawnFor(page, [(await box.textContent())!.trim()]);
		expect(page.url()).toContain(`/ru/detentions/charge/${value}/`);
		expect(await page.locator('.filter-drawer').getAttribute('open'), 'drawer still open').not.toBeNull();
		expect(await box.getAttribute('aria-checked')).toBe('true');
		expect(await box.evaluate((el) => el === document.activeElement), 'focus stays on the box').toBe(true);
		await box.tap();
		await expect.poll(() => countShown(page)).toBe(all.detained);
		expect(new URL(page.url()).pathname).toMatch(/\/ru\/detentions\/$/);
		expect(await page.locator('.filter-drawer').getAttribute('open'), 'drawer still open').not.toBeNull();
		expect(await box.getAttribute('aria-checked')).toBe('false');
		await page.close();
	});

	it.each([
		['/detentions/', '#detentions-over-time'],
		['/ru/prisoners/', '#prisoner-results']
	])('%s: "Show N results" closes the drawer and lands on the results', async (path, results) => {
		const page = await session.newPage();
		await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
		await page.locator('.filter-drawer > summary').tap();
		const show = page.locator('.show-results a');
		// Kept in view at the drawer's foot, however long the lists above it.
		const box = (await show.boundingBox())!;
		expect(box.y + box.height, 'on the first screen').toBeLessThanOrEqual(SCREEN);
		expect(box.height).toBeGreaterThanOrEqual(24);
		const count = ((await show.textContent()) ?? '').replace(/\D/g, '');
		expect(count, 'it says how many').toBe(String(await countShown(page)));
		await show.tap();
		await expect.poll(() => page.locator('.filter-drawer').getAttribute('open')).toBeNull();
		const top = (await page.locator(results).boundingBox())!.y;
		expect(Math.abs(top), 'the results at the top of the screen').toBeLessThan(40);
		expect(await page.evaluate((id) => document.activeElement?.id === id, results.slice(1)), 'focus follows').toBe(true);
		await page.close();
	});

	it('narrows the list of regions as the reader types, in either language, and filters by the one tapped', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/detentions/`, { waitUntil: 'networkidle' });
		await page.locator('.filter-drawer > summary').tap();
		const regions = page.getByRole('group', { name: 'Region' });
		await regions.locator('.pick-options > summary').tap();
		const box = regions.getByRole('searchbox');
		expect(await box.evaluate((el) => el === document.activeElement), 'the box takes the typing at once').toBe(true);
		const everyRegion = await regions.locator('.pick-options li a').count();
		await box.fill('моск');
		await expect.poll(() => regions.locator('.pick-options li a').allTextContents()).toEqual(['Moscow', 'Moscow Oblast']);
		await box.fill('novosib');
		await expect.poll(() => regions.locator('.pick-options li a').allTextContents()).toEqual(['Novosibirsk Oblast']);
		await box.fill('');
		await expect.poll(() => regions.locator('.pick-options li a').count()).toBe(everyRegion);
		await box.fill('mosc');
		await regions.locator('.pick-options li a').first().tap();
		await drawnFor(page, ['Moscow']);
		expect(new URL(page.url()).pathname).toBe('/detentions/region/RU-MOW/');
		await page.close();
	});

	it.each(['/detentions/', '/ru/detentions/'])('%s: the map names its regions, on tiles of 24 px or more', async (path) => {
		const page = await session.newPage();
		await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
		const map = page.locator('#detentions-by-region-map svg.tile-map').filter({ visible: true });
		const squares = await map.locator('.tile-map-square').evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect()).map((b) => Math.min(b.width, b.height)));
		expect(squares.length).toBeGreaterThan(80);
		for (const side of squares) expect(side).toBeGreaterThanOrEqual(24);
		const labels = (await map.locator('.tile-map-label').allTextContents()).filter((t) => t.trim() !== '');
		expect(labels.length, 'most regions named').toBeGreaterThanOrEqual(70);
		expect(labels).not.toContain('Jewish');
		expect(labels.some((l) => ['Jewish AO', 'JAO', 'ЕАО', 'Еврейская', 'Еврейская АО'].includes(l))).toBe(true);
		await page.close();
	});

	it('orders the prisoners list where the list is, not inside the drawer', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/prisoners/`, { waitUntil: 'networkidle' });
		expect(await page.locator('.filter-drawer select').count()).toBe(0);
		const sort = page.getByLabel('Sort by');
		const sortBox = (await sort.boundingBox())!;
		expect(sortBox.y, 'above the first person').toBeLessThan((await page.locator('.prisoner-card').first().boundingBox())!.y);
		await sort.selectOption('name');
		await expect.poll(() => page.url()).toBe(`${origin}/prisoners/?sort=name`);
		const names = await page.locator('.prisoner-card h3').allTextContents();
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		await page.close();
	});

	it('shows the period under a tap on the time series, inside the chart, at either edge', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
		const chart = page.locator('#detentions-over-time svg[role="slider"]');
		const tooltip = page.locator('#detentions-over-time .tooltip');
		const texts: string[] = [];
		for (const at of [0.15, 0.5, 0.94]) {
			await chart.scrollIntoViewIfNeeded();
			const box = (await chart.boundingBox())!;
			const frame = (await page.locator('#detentions-over-time .measure').boundingBox())!;
			await page.touchscreen.tap(box.x + box.width * at, box.y + box.height / 2);
			await expect.poll(() => tooltip.count(), { message: `tooltip after a tap at ${at}` }).toBe(1);
			const tip = (await tooltip.boundingBox())!;
			expect(tip.x, `tooltip at ${at} starts inside`).toBeGreaterThanOrEqual(frame.x - 1);
			expect(tip.x + tip.width, `tooltip at ${at} ends inside`).toBeLessThanOrEqual(frame.x + frame.width + 1);
			texts.push((await tooltip.textContent()) ?? '');
		}
		// Three taps, three different periods: not always the last one.
		expect(new Set(texts).size).toBe(3);
		await page.close();
	});
});

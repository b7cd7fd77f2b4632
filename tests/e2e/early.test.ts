// A reader on a slow link acts as soon as the page shows, before its script has run: nothing they do is lost.
// The page's script is held back until they have acted, then let through.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { countShown, openBrowser, type Session } from './browser';
import { chargeTypes, detentionTotals, readCsv } from '../csvTotals';

const origin = inject('baseUrl');
const charge = chargeTypes();
const antiwar = detentionTotals('data/detentions.csv', (r) => charge.get(r.article!) === 'antiwar_speech');
const pickets = detentionTotals('data/detentions.csv', (r) => r.event_type === 'single_picket');
const someone = readCsv('data/prisoners.csv')[0]!;

/** Holds every script of the app until the returned function is called. */
async function holdScripts(page: Page): Promise<() => void> {
	let release!: () => void;
	const gate = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**', async (route) => {
		await gate;
		await route.continue();
	});
	return release;
}

describe('before the page has hydrated', () => {
	let session: Session;
	beforeAll(async () => (session = await openBrowser(origin)));
	afterAll(() => session.close());

	it('a ticked filter box opens that value’s page', async () => {
		const page = await session.newPage();
		const release = await holdScripts(page);
		await page.goto(`${origin}/ru/detentions/`, { waitUntil: 'commit' });
		await page.getByRole('checkbox', { name: 'Протест', exact: true }).click();
		await expect.poll(() => page.url()).toBe(`${origin}/ru/detentions/charge/protest/`);
		release();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Задержания — тип обвинения: Протест');
		expect(await page.getByRole('checkbox', { name: 'Протест', exact: true }).getAttribute('aria-checked')).toBe('true');
		await page.close();
	});

	it('a period chosen on the home page is applied once the script runs', async () => {
		const page = await session.newPage();
		const release = await holdScripts(page);
		await page.goto(`${origin}/`, { waitUntil: 'commit' });
		await page.getByLabel('year', { exact: true }).check();
		release();
		await expect.poll(() => page.locator('#detentions-over-time .subtitle').textContent(), { timeout: 20_000 }).toContain('per year');
		await expect.poll(() => page.url()).toBe(`${origin}/?per=year`);
		// Recorded once the router has started: before it, SvelteKit's pushState throws.
		expect(session.consoleErrors).toEqual([]);
		await page.close();
	});

	it('a search typed on the prisoners page is run once the script runs', async () => {
		const page = await session.newPage();
		const release = await holdScripts(page);
		await page.goto(`${origin}/prisoners/`, { waitUntil: 'commit' });
		const everyone = (await countShown(page))!;
		await page.getByLabel('Search').fill('Demonov');
		release();
		await expect.poll(() => page.url(), { timeout: 20_000 }).toBe(`${origin}/prisoners/?q=Demonov`);
		await expect.poll(async () => (await countShown(page)) ?? Infinity).toBeLessThan(everyone);
		expect(await page.getByLabel('Search').inputValue()).toBe('Demonov');
		await page.close();
	});

	it('a button that needs the script is shown disabled until it has run, then works', async () => {
		const page = await session.newPage();
		const release = await holdScripts(page);
		await page.goto(`${origin}/prisoners/${someone.id}/`, { waitUntil: 'commit' });
		const poster = page.getByRole('button', { name: 'Print a poster, A4' });
		await poster.waitFor();
		expect(await poster.isDisabled()).toBe(true);
		release();
		await expect.poll(() => poster.isEnabled(), { timeout: 20_000 }).toBe(true);
		await page.close();
	});

	it('a chart’s table opened early stays open, its rows shown, once the script runs', async () => {
		const page = await session.newPage();
		const release = await holdScripts(page);
		await page.goto(`${origin}/detentions/`, { waitUntil: 'commit' });
		const chart = page.locator('#detentions-by-event');
		await chart.locator('details.data-table summary').click();
		release();
		// The downloads are offered once the script has run.
		await chart.locator('details.chart-downloads').waitFor({ timeout: 20_000 });
		expect(await chart.locator('details.data-table').getAttribute('open')).toBe('');
		expect(await chart.locator('details.data-table tbody tr').count()).toBeGreaterThan(0);
		await page.close();
	});

	it('on a phone, the filters opened early stay open once the script runs', async () => {
		const phone = await openBrowser(origin, { phone: true });
		const page = await phone.newPage();
		const release = await holdScripts(page);
		await page.goto(`${origin}/ru/detentions/`, { waitUntil: 'commit' });
		await page.locator('.filter-drawer > summary').tap();
		release();
		await page.locator('.filter-drawer[data-ready]').waitFor({ timeout: 20_000 });
		expect(await page.locator('.filter-drawer').getAttribute('open')).toBe('');
		await phone.close();
	});

	it('without any script, a filter box, a bar and a tile lead to their values’ pages, counted at build time', async () => {
		const noScript = await openBrowser(origin, { javaScriptEnabled: false });
		const page = await noScript.newPage();
		await page.goto(`${origin}/detentions/`);
		await page.locator('.filter-drawer > summary').click();
		await page.getByRole('checkbox', { name: 'Anti-war speech', exact: true }).click();
		await expect.poll(() => page.url()).toBe(`${origin}/detentions/charge/antiwar_speech/`);
		expect(await countShown(page)).toBe(antiwar.detained);
		await page.goto(`${origin}/detentions/`);
		await page.locator('#detentions-by-event .filter-link', { hasText: 'Single-person picket' }).click();
		await expect.poll(() => page.url()).toBe(`${origin}/detentions/event/single_picket/`);
		expect(await countShown(page)).toBe(pickets.detained);
		await page.goto(`${origin}/ru/detentions/`);
		await page.locator('#detentions-by-region-map a[data-code="RU-MOW"]').click();
		await expect.poll(() => page.url()).toBe(`${origin}/ru/detentions/region/RU-MOW/`);
		expect(await page.locator('h1').textContent()).toBe('Задержания — регион: Москва');
		await noScript.close();
	});
});

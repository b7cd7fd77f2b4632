// The detentions explorer as a reader uses it: filters change the URL, every chart and the total;
// the URL restores the view; bad links degrade to defaults with a note; two filter values are counted without the
// query engine, three with it; a failed engine download can be retried.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chargeTypes, detentionTotals } from '../csvTotals';
import { messagesOf } from '../../src/lib/i18n/messages';
import { countShown, drawnFor, openBrowser, openTable, slowLink, type Session } from './browser';

const origin = inject('baseUrl');
const charge = chargeTypes();
const all = detentionTotals();
const antiwar = detentionTotals('data/detentions.csv', (r) => charge.get(r.article!) === 'antiwar_speech');
const antiwarPickets = detentionTotals('data/detentions.csv', (r) => charge.get(r.article!) === 'antiwar_speech' && r.event_type === 'single_picket');
/** Three values: anti-war speech or protest, at single-person pickets. */
const threeValues = detentionTotals('data/detentions.csv', (r) => ['antiwar_speech', 'protest'].includes(charge.get(r.article!)!) && r.event_type === 'single_picket');
/** The query engine's own download: its wasm, and the Arrow cube it loads. */
const ENGINE = /\.wasm$|detention-cube\.arrow/;

/** Every script the page has loaded so far, as one text. */
async function loadedScripts(page: Page): Promise<string> {
	const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((url) => new URL(url).pathname.endsWith('.js')));
	return (await Promise.all(urls.map((url) => fetch(url).then((r) => r.text())))).join('\n');
}

describe('detentions explorer', () => {
	let session: Session;
	beforeAll(async () => {
		session = await openBrowser(origin);
	});
	afterAll(async () => {
		await session.close();
	});

	it('filters everything by charge type on its own page, combines filters in the URL, and goes back', async () => {
		const page = await session.newPage();
		const engine: string[] = [];
		page.on('request', (r) => ENGINE.test(r.url()) && engine.push(r.url()));
		await slowLink(page);
		await page.goto(`${origin}/detentions/`);
		expect(await countShown(page)).toBe(all.detained);

		// One value is a prerendered page: no query engine is needed for it.
		await page.getByRole('group', { name: 'Charge type' }).getByRole('checkbox', { name: 'Anti-war speech', exact: true }).click();
		await expect.poll(() => page.url()).toBe(`${origin}/detentions/charge/antiwar_speech/`);
		expect(await page.locator('h1').textContent()).toBe('Detentions — charge type: Anti-war speech');
		expect(await page.getByRole('checkbox', { name: 'Anti-war speech', exact: true }).getAttribute('aria-checked')).toBe('true');
		await expect.poll(() => countShown(page), { timeout: 30_000 }).toBe(antiwar.detained);
		expect(await page.locator('.total').textContent()).toContain(`${antiwar.detained.toLocaleString('en-GB')} detentions`);

		// The time series table sums to the same total.
		await openTable(page.locator('#detentions-over-time'));
		await openTable(page.locator('#detentions-by-charge'));
		const series = await page.locator('#detentions-over-time tbody td').allTextContents();
		expect(series.reduce((sum, cell) => sum + (cell === '—' ? 0 : Number(cell.replace(/,/g, ''))), 0)).toBe(antiwar.detained);
		// The charge-type chart now has a single bar.
		expect(await page.locator('#detentions-by-charge tbody tr').count()).toBe(1);

		expect(engine).toEqual([]);

		// A click on a bar adds its value to the filter: a combination of two, counted in the browser from the cube's
		// small file, without the engine.
		await page.locator('#detentions-by-event .filter-link', { hasText: 'Single-person picket' }).click();
		await expect.poll(() => page.url()).toBe(`${origin}/detentions/?charge=antiwar_speech&event=single_picket`);
		await drawnFor(page, ['Anti-war speech', 'Single-person picket']);
		expect(await countShown(page)).toBe(antiwarPickets.detained);
		expect(await page.locator('.total').textContent()).toContain(`${antiwarPickets.detained.toLocaleString('en-GB')} detentions`);
		expect(engine).toEqual([]);

		await page.goBack();
		await expect.poll(() => countShown(page)).toBe(antiwar.detained);
		await page.goBack();
		await expect.poll(() => countShown(page)).toBe(all.detained);
		await page.close();
	});

	it('keeps the whole view across the language switch, both ways, downloading the other language’s texts only then', async () => {
		const page = await session.newPage();
		const view = '?region=RU-MOW&charge=antiwar_speech&per=week';
		const moscowAntiwar = detentionTotals('data/detentions.csv', (r) => r.region === 'RU-MOW' && charge.get(r.article!) === 'antiwar_speech');
		await page.goto(`${origin}/detentions/${view}`);
		await expect.poll(() => countShown(page), { timeout: 30_000 }).toBe(moscowAntiwar.detained);
		// A sentence of the Russian interface that no data holds: in none of the scripts an English page loads.
		const russian = messagesOf('ru')['detentions.eventsNotPeople'] as string;
		expect(await loadedScripts(page)).not.toContain(russian);
		await page.locator('a.lang-switch').click();
		await expect.poll(() => page.url()).toBe(`${origin}/ru/detentions/${view}`);
		await expect.poll(() => countShown(page), { timeout: 30_000 }).toBe(moscowAntiwar.detained);
		expect(await page.getByRole('radio', { name: 'неделя' }).isChecked()).toBe(true);
		expect(await loadedScripts(page)).toContain(russian);
		await page.locator('a.lang-switch').click();
		await expect.poll(() => page.url()).toBe(`${origin}/detentions/${view}`);
		await expect.poll(() => countShown(page), { timeout: 30_000 }).toBe(moscowAntiwar.detained);
		await page.close();
	});

	it('counts two values from a link without the engine, and three with it', async () => {
		const page = await session.newPage();
		const engine: string[] = [];
		page.on('request', (r) => ENGINE.test(r.url()) && engine.push(r.url()));
		await page.goto(`${origin}/detentions/?charge=antiwar_speech&event=single_picket&per=week`, { waitUntil: 'networkidle' });
		await drawnFor(page, ['Anti-war speech', 'Single-person picket']);
		expect(await countShown(page)).toBe(antiwarPickets.detained);
		expect(await page.locator('#detentions-over-time .subtitle').textContent()).toContain('per week');
		expect(engine).toEqual([]);

		await page.goto(`${origin}/detentions/?charge=antiwar_speech,protest&event=single_picket`);
		await drawnFor(page, ['Protest', 'Single-person picket']);
		expect(await countShown(page)).toBe(threeValues.detained);
		expect(engine.some((url) => url.endsWith('.wasm'))).toBe(true);
		await page.close();
	});

	it('says when the engine cannot be downloaded, keeps the charts, and tries again without reloading', async () => {
		// Its own browser: the broken download is logged as errors, which the other tests must not have.
		const broken = await openBrowser(origin);
		const page = await broken.newPage();
		let fail = true;
		// A VPN dropping the connection: the engine's download breaks off.
		await page.route(/\.wasm$/, (route) => (fail ? route.abort('connectionreset') : route.continue()));
		await page.goto(`${origin}/detentions/?charge=antiwar_speech&event=single_picket`, { waitUntil: 'networkidle' });
		await drawnFor(page, ['Anti-war speech', 'Single-person picket']);
		await page.evaluate(() => Object.defineProperty(window, '__samePage', { value: true }));
		const bars = page.locator('#detentions-by-region .filter-link');
		const barsBefore = await bars.count();
		// A third value: only the engine counts it.
		await page.getByRole('group', { name: 'Charge type' }).getByRole('checkbox', { name: 'Protest', exact: true }).click();
		const status = page.locator('.db-status');
		await status.getByRole('button', { name: 'Try again' }).waitFor({ timeout: 30_000 });
		expect(await status.textContent()).toContain('The charts still show the one before.');
		expect(await countShown(page)).toBe(antiwarPickets.detained);
		expect(await bars.count()).toBe(barsBefore);

		fail = false;
		await status.getByRole('button', { name: 'Try again' }).click();
		await expect.poll(() => countShown(page), { timeout: 30_000 }).toBe(threeValues.detained);
		expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
		expect(broken.foreignRequests).toEqual([]);
		await broken.close();
	});

	it('fetches the engine ahead on a fast link once the filters of a two-value view are touched, with no progress bar for it', async () => {
		const page = await session.newPage();
		await page.addInitScript(() => {
			const seen = { progress: false };
			Object.defineProperty(window, '__seen', { value: seen });
			new MutationObserver(() => {
				if (document.querySelector('.db-status progress')) seen.progress = true;
			}).observe(document, { subtree: true, childList: true });
		});
		const engine: string[] = [];
		page.on('request', (r) => /\.wasm$/.test(r.url()) && engine.push(r.url()));
		await page.goto(`${origin}/detentions/?charge=antiwar_speech&event=single_picket`, { waitUntil: 'networkidle' });
		expect(await page.evaluate(() => (navigator as Navigator & { connection?: { effectiveType?: string } }).connection?.effectiveType)).toBe('4g');
		await drawnFor(page, ['Anti-war speech', 'Single-person picket']);
		expect(engine).toEqual([]);
		// Two values are counted without it; a third would need it, so it downloads once the reader turns to the filters.
		const downloaded = page.waitForResponse(/\.wasm$/, { timeout: 30_000 });
		await page.getByRole('group', { name: 'Charge type' }).getByRole('checkbox', { name: 'Protest', exact: true }).focus();
		await (await downloaded).finished();
		expect(engine.length).toBe(1);
		expect(await countShown(page)).toBe(antiwarPickets.detained);
		expect(await page.evaluate(() => (window as unknown as { __seen: { progress: boolean } }).__seen.progress), 'progress bar shown').toBe(false);
		await page.close();
	});

	it('restores a view from its URL', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/detentions/?charge=antiwar_speech&event=single_picket&per=year`);
		await expect.poll(() => countShown(page), { timeout: 30_000 }).toBe(antiwarPickets.detained);
		expect(await page.getByRole('checkbox', { name: 'Single-person picket' }).getAttribute('aria-checked')).toBe('true');
		await expect.poll(() => page.locator('#detentions-over-time .subtitle').textContent()).toContain('per year');
		await page.close();
	});

	it('ignores what it cannot understand in a link, says so, and shows everything', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/detentions/?charge=bogus&per=decade&from=2022-02-30`);
		await expect.poll(() => page.getByRole('alert').textContent()).toContain('charge=bogus');
		expect(await countShown(page)).toBe(all.detained);
		await page.close();
	});

	it('reads exact values by keyboard on the time series', async () => {
		const page = await session.newPage();
		// Keys act once the page's script runs: its requests are over by then.
		await page.goto(`${origin}/detentions/`, { waitUntil: 'networkidle' });
		const chart = page.getByRole('slider', { name: /Detentions over time/ });
		await chart.focus();
		await page.keyboard.press('Home');
		const firstMonth = all.byMonth.get(all.first.slice(0, 7))!;
		await expect.poll(() => chart.getAttribute('aria-valuetext')).toBe(`February 2022: ${firstMonth.toLocaleString('en-GB')} detentions`);
		expect(await page.locator('#detentions-over-time .tooltip').textContent()).toBe(`February 2022: ${firstMonth.toLocaleString('en-GB')} detentions`);
		await page.close();
	});

	it('labels the charge-type filter in Russian', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/ru/detentions/`);
		expect(await page.getByRole('group', { name: 'Тип обвинения' }).isVisible()).toBe(true);
		await page.close();
	});

	it('made no request outside the origin and logged no console error', () => {
		expect(session.foreignRequests).toEqual([]);
		expect(session.consoleErrors).toEqual([]);
	});
});

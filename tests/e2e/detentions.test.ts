// The detentions explorer as a reader uses it: filters change the URL, every chart and the total;
// the URL restores the view; bad links degrade to defaults with a note.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chargeTypes, detentionTotals } from '../csvTotals';
import { openBrowser, slowLink, type Session } from './browser';

const origin = inject('baseUrl');
const charge = chargeTypes();
const all = detentionTotals();
const antiwar = detentionTotals('data/detentions.csv', (r) => charge.get(r.article!) === 'antiwar_speech');
const antiwarPickets = detentionTotals('data/detentions.csv', (r) => charge.get(r.article!) === 'antiwar_speech' && r.event_type === 'single_picket');

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
		page.on('request', (r) => /\.wasm$|detention-cube/.test(r.url()) && engine.push(r.url()));
		await slowLink(page);
		await page.goto(`${origin}/detentions/`);
		const total = page.locator('.total');
		expect(Number(await total.getAttribute('data-total'))).toBe(all.detained);

		// One value is a prerendered page: no query engine is needed for it.
		await page.getByRole('group', { name: 'Charge type' }).getByRole('checkbox', { name: 'Anti-war speech', exact: true }).click();
		await expect.poll(() => page.url()).toBe(`${origin}/detentions/charge/antiwar_speech/`);
		expect(await page.locator('h1').textContent()).toBe('Detentions — charge type: Anti-war speech');
		expect(await page.getByRole('checkbox', { name: 'Anti-war speech', exact: true }).getAttribute('aria-checked')).toBe('true');
		await expect.poll(() => total.getAttribute('data-total'), { timeout: 30_000 }).toBe(String(antiwar.detained));
		expect(await total.textContent()).toContain(`${antiwar.detained.toLocaleString('en-GB')} detentions`);

		// The time series table sums to the same total.
		await page.locator('#detentions-over-time details.data-table summary').click();
		await page.locator('#detentions-by-charge details.data-table summary').click();
		const series = await page.locator('#detentions-over-time tbody td').allTextContents();
		expect(series.reduce((sum, cell) => sum + (cell === '—' ? 0 : Number(cell.replace(/,/g, ''))), 0)).toBe(antiwar.detained);
		// The charge-type chart now has a single bar.
		expect(await page.locator('#detentions-by-charge tbody tr').count()).toBe(1);

		expect(engine).toEqual([]);

		// A click on a bar adds its value to the filter: a combination, counted by the engine in the browser.
		await page.locator('#detentions-by-event .filter-link', { hasText: 'Single-person picket' }).click();
		await expect.poll(() => page.url()).toBe(`${origin}/detentions/?charge=antiwar_speech&event=single_picket`);
		await expect.poll(() => total.getAttribute('data-total'), { timeout: 30_000 }).toBe(String(antiwarPickets.detained));

		await page.goBack();
		await expect.poll(() => total.getAttribute('data-total')).toBe(String(antiwar.detained));
		await page.goBack();
		await expect.poll(() => total.getAttribute('data-total')).toBe(String(all.detained));
		await page.close();
	});

	it('restores a view from its URL', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/detentions/?charge=antiwar_speech&event=single_picket&per=year`);
		await expect.poll(() => page.locator('.total').getAttribute('data-total'), { timeout: 30_000 }).toBe(String(antiwarPickets.detained));
		expect(await page.getByRole('checkbox', { name: 'Single-person picket' }).getAttribute('aria-checked')).toBe('true');
		await expect.poll(() => page.locator('#detentions-over-time .subtitle').textContent()).toContain('per year');
		await page.close();
	});

	it('ignores what it cannot understand in a link, says so, and shows everything', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/detentions/?charge=bogus&per=decade&from=2022-02-30`);
		await expect.poll(() => page.getByRole('alert').textContent()).toContain('charge=bogus');
		expect(Number(await page.locator('.total').getAttribute('data-total'))).toBe(all.detained);
		await page.close();
	});

	it('reads exact values by keyboard on the time series', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/detentions/`);
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

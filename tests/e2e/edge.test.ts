// The site built from the smallest valid data (tests/e2e/sites/edge.ts): one event with an unknown count and nothing
// else known, one person with only the required facts. Every page and embed renders, says what it knows, and draws
// no broken geometry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDABLE_CHARTS } from '../../src/lib/embed/charts';
import { EDGE_PERSON } from './sites/edge';
import { openTestSite, type TestSite } from './testSite';

const PAGES = ['/', '/detentions/', '/prisoners/', `/prisoners/${EDGE_PERSON.id}/`, '/data/', ...EMBEDDABLE_CHARTS.map((c) => `/embed/${c.id}/`)];

let site: TestSite;
beforeAll(async () => {
	site = await openTestSite('edge');
});
afterAll(async () => {
	await site.close();
});

describe.concurrent('every page of a site built from the smallest valid data', () => {
	it.for(PAGES.flatMap((p) => [p, `/ru${p}`]))('%s renders without broken numbers', async (path, { expect }) => {
		const page = await site.session.newPage();
		const response = await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(200);
		const html = await page.content();
		expect(html).not.toMatch(/NaN|Infinity|undefined/);
		await page.close();
	});
});

describe('a site built from the smallest valid data', () => {
	it('says the one event\'s count is unknown rather than zero', async () => {
		const page = await site.session.newPage();
		await page.goto(`${site.origin}/`);
		expect(await page.locator('.data-lede').textContent()).toContain('an unknown number of detentions in 1 event from 17 March 2024 to 17 March 2024');
		await page.goto(`${site.origin}/ru/`);
		expect(await page.locator('.data-lede').textContent()).toContain('неизвестное число задержаний (1 событие) с 17 марта 2024 года по 17 марта 2024 года');
		await page.close();
	});

	it('logged no console error and made no request outside the origin', () => {
		expect(site.session.consoleErrors).toEqual([]);
		expect(site.session.foreignRequests).toEqual([]);
	});
});

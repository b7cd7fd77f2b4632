// The home page in both languages, as a reader sees it: drawn without JavaScript, interactive with it,
// and never calling anyone but our own origin.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { detentionTotals, readCsv } from '../csvTotals';
import { openBrowser, openTable, type Session } from './browser';

const origin = inject('baseUrl');
const totals = detentionTotals();
const figureRows = readCsv('data/figures.csv');
/** The latest row of a metric in figures.csv: newest date, then the largest value. */
const latestRow = (metric: string) =>
	figureRows.filter((r) => r.metric === metric).reduce((a, b) => (b.date! > a.date! || (b.date === a.date && Number(b.value) > Number(a.value)) ? b : a));

describe('home page', () => {
	let session: Session;
	beforeAll(async () => {
		session = await openBrowser(origin);
	});
	afterAll(async () => {
		await session.close();
	});

	it('shows the drawn chart, the demo label and the published figures in English', async () => {
		const page = await session.newPage();
		const response = await page.goto(`${origin}/`);
		expect(response?.status()).toBe(200);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		const chart = page.locator('#detentions-over-time');
		await expect.poll(() => chart.locator('svg path.series-line').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+/);
		expect(await chart.locator('.demo-badge').textContent()).toBe('Demo data');
		const detentions = page.locator('.figure-card', { hasText: 'Anti-war detentions since 24 February 2022' });
		expect(await detentions.locator('.figure-value').textContent()).toBe('more than 20,000');
		expect(await detentions.locator('.figure-meta').textContent()).toContain('The Brussels Times citing OVD-Info');
		await page.close();
	});

	it('answers how many are in prison now with the newest published count first, its date, source and what it counts', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/`);
		const answer = page.locator('.in-prison-now');
		expect(await answer.locator('h2').textContent()).toBe('How many people are in prison now for political reasons?');
		const newest = latestRow('memorial_war_related_deprived_of_liberty');
		expect(await answer.locator('.answer-value').textContent()).toBe(Number(newest.value).toLocaleString('en-GB'));
		expect(await answer.locator('.answer .figure-meta').textContent()).toContain('As of 18 February 2026.');
		expect(await answer.locator('.answer a').getAttribute('href')).toBe(newest.source_url);
		// The older counts follow, each with its own date and source: OVD-Info's anti-war count among them.
		const custody = latestRow('ovdinfo_antiwar_defendants_in_custody');
		const line = answer.locator('li', { hasText: 'Anti-war criminal defendants in custody' });
		expect(await line.textContent()).toContain(`at least ${Number(custody.value).toLocaleString('en-GB')}`);
		expect(await line.locator('a').getAttribute('href')).toBe(custody.source_url);
		expect(await line.locator('a').getAttribute('rel')).toBe('noopener noreferrer');
		// Every headline card links its source where the figure has an address.
		const defendants = latestRow('antiwar_criminal_defendants');
		expect(await page.locator('.figure-card', { hasText: 'Defendants in anti-war criminal cases since 24 February 2022' }).locator('.figure-meta a').getAttribute('href')).toBe(defendants.source_url);
		await page.close();
	});

	it('draws each published series as a real chart: a dot per figure, no demo label, every source linked in its table', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/`);
		const series = page.locator('figure[id^="series-"]');
		expect(await series.count()).toBeGreaterThanOrEqual(3);
		expect(await page.locator('figure[id^="series-"] .demo-badge').count()).toBe(0);
		const memorial = figureRows.filter((r) => r.metric === 'memorial_political_prisoners');
		const chart = page.locator('#series-memorial_political_prisoners');
		expect(await chart.locator('svg circle.figure-dot').count()).toBe(memorial.length);
		await openTable(chart);
		const links = await chart.locator('table a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('rel')]));
		expect(links).toEqual(memorial.filter((r) => r.source_url).sort((a, b) => a.date!.localeCompare(b.date!)).map((r) => [r.source_url, 'noopener noreferrer']));
		await page.close();
	});

	it('shows the same in Russian under /ru/', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/ru/`);
		expect(await page.getAttribute('html', 'lang')).toBe('ru');
		expect(await page.locator('h1').textContent()).toBe('Антивоенные задержания и политзаключённые в России');
		expect(await page.locator('#detentions-over-time .demo-badge').textContent()).toBe('Демо-данные');
		expect(await page.locator('.figure-card', { hasText: 'Антивоенные задержания с 24 февраля 2022 года' }).locator('.figure-value').textContent()).toMatch(/^более 20\s000$/);
		expect(await page.locator('.in-prison-now h2').textContent()).toBe('Сколько человек сейчас в заключении по политическим делам?');
		await page.close();
	});

	it('paints from its HTML alone: no stylesheet to wait for, no DuckDB or data download', async () => {
		const page = await session.newPage();
		const requested: string[] = [];
		page.on('request', (r) => requested.push(`${r.resourceType()} ${new URL(r.url()).pathname}`));
		await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
		expect(await page.locator('head style').count()).toBeGreaterThan(0);
		expect(requested.filter((r) => r.startsWith('stylesheet'))).toEqual([]);
		expect(requested.filter((r) => /\.wasm$|\/data\//.test(r))).toEqual([]);
		// The styles are really there: the chart's line is drawn in the theme's colour, not the browser's default.
		expect(await page.locator('#detentions-over-time path.series-line').evaluate((p) => getComputedStyle(p).stroke)).not.toBe('none');
		await page.close();
	});

	it('switches to yearly counts from a prerendered file, without the query engine, equal to the sums in the CSV', async () => {
		const page = await session.newPage();
		const data: string[] = [];
		page.on('request', (r) => {
			if (new URL(r.url()).pathname.includes('/data/')) data.push(new URL(r.url()).pathname);
		});
		await page.goto(`${origin}/`);
		await page.getByLabel('year', { exact: true }).check();
		await page.locator('#detentions-over-time details.data-table summary').click();
		const rows = page.locator('#detentions-over-time table tbody tr');
		await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(totals.byYear.size);
		const shown = await rows.evaluateAll((trs) => trs.map((tr) => [tr.querySelector('time')!.getAttribute('datetime')!.slice(0, 4), tr.querySelector('td')!.textContent!]));
		const expected = [...totals.byYear].sort().map(([year, n]) => [year, n.toLocaleString('en-GB')]);
		expect(shown).toEqual(expected);
		expect(await page.locator('#detentions-over-time h2 + .subtitle, #detentions-over-time .subtitle').textContent()).toContain('per year');
		// The build counted every period of the unfiltered view: no engine, no cube, no CSV.
		expect(data).toEqual(['/data/views/all/year.json']);
		await page.close();
	});

	it('made no request outside the origin and logged no console error', () => {
		expect(session.foreignRequests).toEqual([]);
		expect(session.consoleErrors).toEqual([]);
	});
});

describe('home page without JavaScript', () => {
	it('still has the drawn chart and its data table in the HTML', async () => {
		const session = await openBrowser(origin, { javaScriptEnabled: false });
		const page = await session.newPage();
		await page.goto(`${origin}/`);
		expect(await page.locator('#detentions-over-time svg path.series-area').count()).toBe(1);
		const months = await page.locator('#detentions-over-time table tbody tr').count();
		expect(months).toBeGreaterThanOrEqual(totals.byMonth.size);
		await session.close();
	});
});

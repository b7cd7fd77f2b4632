// The whole path a team's data takes: OVD-Info exports in their real layouts and a prisoner spreadsheet, through the
// importers and the merge, built into a site (tests/e2e/sites/imported.ts). The totals shown are the input's, the
// pages credit the team's own sources in the page's language, and nothing says "demo" or names anyone else.
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detentionTotals, readCsv } from '../csvTotals';
import { FIXTURES, IMPORTED_DATA, IMPORTED_SOURCES } from './sites/imported';
import { countShown, downloadedBytes } from './browser';
import { openTestSite, type TestSite } from './testSite';

const imported = detentionTotals(`${IMPORTED_DATA}/detentions.csv`);
const people = readCsv(`${IMPORTED_DATA}/prisoners.csv`);
/** Detentions in a file as PapaParse alone reads it: rows with a whole-number count. */
const counted = (file: string) => readCsv(file).reduce((n, r) => n + (/^\d+$/.test(r.number_of_detentions ?? '') ? Number(r.number_of_detentions) : 0), 0);
const rejected = (dir: string) => readCsv(`${IMPORTED_DATA}/imports/${dir}/rejected.csv`);
const rejectedCount = (dir: string) => rejected(dir).reduce((n, r) => n + (/^\d+$/.test(r.number_of_detentions ?? '') ? Number(r.number_of_detentions) : 0), 0);
const OTHER_MAKERS = /OVD-Info|ОВД-Инфо|Memorial|Мемориал|demo|демо/i;

describe('a site built from imported exports', () => {
	let site: TestSite;
	beforeAll(async () => {
		site = await openTestSite('imported');
	});
	afterAll(async () => {
		await site.close();
	});

	it('loses no detention on the way: the site shows what the exports hold, less only the rows reported as rejected', () => {
		expect(imported.detained + rejectedCount('2013') + rejectedCount('2012')).toBe(counted(FIXTURES.russia) + counted(FIXTURES.moscow));
		expect(rejected('2012')).toEqual([]);
		expect(rejected('2013').map((r) => r.line)).toEqual(['18', '19', '21', '22']);
	});

	it('says on the home page what its data covers and who made it, in both languages', async () => {
		const page = await site.session.newPage();
		await page.goto(`${site.origin}/`);
		const lede = await page.locator('.data-lede').textContent();
		expect(lede).toContain(`${imported.detained.toLocaleString('en-GB')} detentions in ${imported.events} events from 4 December 2011 to 6 April 2013`);
		expect(lede).toContain(IMPORTED_SOURCES.detentions.title);
		await page.goto(`${site.origin}/ru/`);
		const ru = await page.locator('.data-lede').textContent();
		expect(ru).toContain(`с 4 декабря 2011 года по 6 апреля 2013 года`);
		expect(ru).toContain(IMPORTED_SOURCES.detentions.title_ru);
		await page.close();
	});

	it('shows the imported totals in the explorer, and a single-picket filter counts only single pickets', async () => {
		const page = await site.session.newPage();
		await page.goto(`${site.origin}/detentions/`);
		expect(await countShown(page)).toBe(imported.detained);
		const single = detentionTotals(`${IMPORTED_DATA}/detentions.csv`, (r) => r.event_type === 'single_picket');
		await page.getByRole('group', { name: 'Event type' }).getByRole('checkbox', { name: 'Single-person picket' }).click();
		await expect.poll(() => countShown(page), { timeout: 30_000 }).toBe(single.detained);
		await page.close();
	});

	it('credits only the package\'s sources on every chart and embed, and marks nothing as demo', async () => {
		const page = await site.session.newPage();
		for (const [path, source] of [
			['/', IMPORTED_SOURCES.detentions.title],
			['/ru/', IMPORTED_SOURCES.detentions.title_ru],
			['/detentions/', IMPORTED_SOURCES.detentions.title],
			['/ru/prisoners/', IMPORTED_SOURCES.prisoners.title_ru],
			['/embed/detentions-by-region/', IMPORTED_SOURCES.detentions.title],
			['/ru/embed/prisoners-by-status/', IMPORTED_SOURCES.prisoners.title_ru]
		]) {
			await page.goto(`${site.origin}${path}`);
			// The imported data's charts; the home page's charts of published figures credit their own sources.
			const lines = await page.locator('.chart-frame:not([id^="series-"]) .source').allTextContents();
			expect(lines.length, path).toBeGreaterThan(0);
			for (const line of lines) {
				expect(line, path).toContain(source);
				expect(line, path).not.toMatch(OTHER_MAKERS);
			}
			expect(await page.locator('.demo-badge, .demo-note').count(), path).toBe(0);
		}
		await page.close();
	});

	it('credits the source and licence in every row of a chart\'s CSV download', async () => {
		const page = await site.session.newPage();
		await page.goto(`${site.origin}/ru/detentions/`);
		await page.locator('#detentions-by-event .chart-downloads summary').click();
		const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#detentions-by-event').getByRole('button', { name: 'Данные (CSV)' }).click()]);
		const rows = Papa.parse<string[]>((await downloadedBytes(download)).toString('utf8').replace(/^\uFEFF/, '')).data.filter((r) => r.length > 1);
		expect(rows[0]!.at(-1)).toBe('Источник');
		for (const row of rows.slice(1)) {
			expect(row.at(-1)).toContain(IMPORTED_SOURCES.detentions.title_ru);
			expect(row.at(-1)).not.toMatch(OTHER_MAKERS);
		}
		await page.close();
	});

	it('lists every imported person, and a fine is never shown as imprisonment', async () => {
		const page = await site.session.newPage();
		await page.goto(`${site.origin}/prisoners/`);
		expect(await countShown(page)).toBe(people.length);
		const fined = people.filter((p) => p.punishment === 'fine');
		expect(fined.length).toBeGreaterThan(0);
		for (const person of fined) {
			await page.goto(`${site.origin}/ru/prisoners/${person.id}/`);
			const status = await page.locator('.profile-head .status').textContent();
			expect(status).not.toContain('В заключении');
			expect(await page.locator('.profile').textContent()).toContain('штраф');
		}
		await page.close();
	});

	it('logged no console error and made no request outside the origin', () => {
		expect(site.session.consoleErrors).toEqual([]);
		expect(site.session.foreignRequests).toEqual([]);
	});
});

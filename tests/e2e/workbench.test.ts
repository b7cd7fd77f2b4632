// The workbench (/data/sql/) in Chromium: it paints without the engine, answers a question as the CSV does, pages
// 10 million rows a page at a time, draws a chart, downloads the answer with its query and data version, keeps all of
// it in a link that works under any path, refuses what it must with a clear message in the page's language, and
// stops a query on request. No request leaves the origin.
import { randomBytes } from 'node:crypto';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../../scripts/serve';
import { decodeQuery, encodeQuery, writeLink } from '../../src/lib/workbench/link';
import { EXAMPLES } from '../../src/lib/workbench/examples';
import { TABLE_NAMES } from '../../src/lib/workbench/tableDocs';
import { readCsv } from '../csvTotals';
import { afterBusy, cspViolations, downloadedBytes, openBrowser, type Session } from './browser';

const origin = inject('baseUrl');
const picketsExample = EXAMPLES.find((e) => e.id === 'moscow-pickets')!;

/** Detained per month at single pickets in Moscow since 2022 under 20.3.3, from the CSV alone. */
function picketsByMonth(): Map<string, number> {
	const months = new Map<string, number>();
	for (const r of readCsv('data/detentions.csv')) {
		if (r.region !== 'RU-MOW' || r.event_type !== 'single_picket' || r.article !== 'koap-20.3.3' || r.date! < '2022-01-01' || r.detained === '') continue;
		const month = `${r.date!.slice(0, 7)}-01`;
		months.set(month, (months.get(month) ?? 0) + Number(r.detained));
	}
	return months;
}

const link = (sql: string, extra: Partial<Parameters<typeof writeLink>[0]> = {}) => writeLink({ sql, view: 'table', page: 1, sort: null, ...extra });

/** Waits for the next answer (or error) drawn after `action`. */
const answered = (page: Page, action: () => Promise<unknown>) => afterBusy(page, '.workbench', action);

/** Replaces the editor's text, as a reader pasting a query would. */
async function setQuery(page: Page, sql: string): Promise<void> {
	await page.waitForSelector('.sql-editor[data-editor="codemirror"]');
	await page.locator('.cm-content').click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.press('Delete');
	await page.keyboard.insertText(sql);
}

async function run(page: Page, sql: string): Promise<void> {
	await setQuery(page, sql);
	await answered(page, () => page.getByRole('button', { name: /^(Run|Выполнить)$/ }).click());
}

const cellTexts = (page: Page) => page.locator('.result-table tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent!.trim())));

describe('the workbench', () => {
	let session: Session;
	let page: Page;
	const requested: string[] = [];

	beforeAll(async () => {
		session = await openBrowser(origin);
		session.context.on('request', (r) => requested.push(r.url()));
		page = await session.newPage();
	});
	afterAll(async () => {
		await session.close();
	});

	it('paints its first view from the HTML, and leaves the engine alone until asked', async () => {
		const noScript = await openBrowser(origin, { javaScriptEnabled: false });
		const bare = await noScript.newPage();
		await bare.goto(`${origin}/ru/data/sql/`);
		expect(await bare.locator('h1').textContent()).toBe('Запросы к данным на SQL');
		expect(await bare.locator('.sql-editor textarea').inputValue()).toBe(picketsExample.sql.ru);
		expect(await bare.locator('.examples a').count()).toBe(EXAMPLES.length);
		expect(await bare.locator('.wb-tables details').count()).toBe(TABLE_NAMES.length);
		await noScript.close();

		requested.length = 0;
		await page.goto(`${origin}/data/sql/`, { waitUntil: 'networkidle' });
		await page.waitForSelector('.sql-editor[data-editor="codemirror"]');
		expect(requested.filter((u) => /duckdb|\/data\/tables\//.test(u))).toEqual([]);
	});

	it('answers the example as the CSV does, loading only the table it names, and draws it', async () => {
		requested.length = 0;
		await answered(page, () => page.getByRole('button', { name: 'Run' }).click());
		const expected = picketsByMonth();
		const rows = await cellTexts(page);
		expect(rows.length).toBe(Math.min(50, expected.size));
		expect(rows.map(([month]) => month)).toEqual([...expected.keys()].sort().slice(0, 50));
		expect(requested.filter((u) => u.includes('/data/tables/')).map((u) => u.slice(origin.length))).toEqual(['/data/tables/detentions.arrow']);
		expect(decodeQuery(new URL(page.url()).searchParams.get('q')!)).toEqual({ kind: 'valid', sql: picketsExample.sql.en });

		await page.locator('input[value=chart]').check();
		await page.waitForSelector('#wb-chart svg');
		expect(new URL(page.url()).searchParams.get('view')).toBe('chart');
		expect(await page.locator('#wb-chart h2').textContent()).toContain('detained by month');
		await page.locator('input[value=table]').check();
	});

	it('pages 10 million rows fifty at a time, sorts them, and counts them', async () => {
		await run(page, 'SELECT range AS n, range % 7 AS weekday FROM range(10000000)');
		await expect.poll(() => page.locator('.pager .shown').textContent()).toBe('Rows 1–50 of 10,000,000');
		expect(await page.locator('.result-table tbody tr').count()).toBe(50);
		await answered(page, () => page.getByRole('button', { name: 'Last page' }).click());
		expect(await page.locator('.pager .shown').textContent()).toBe('Rows 9,999,951–10,000,000 of 10,000,000');
		expect((await cellTexts(page)).at(-1)).toEqual(['9,999,999', '2']);
		await answered(page, () => page.getByRole('button', { name: /^n/ }).click());
		await answered(page, () => page.getByRole('button', { name: /^n/ }).click());
		expect(await page.locator('th[aria-sort="descending"]').count()).toBe(1);
		expect((await cellTexts(page))[0]).toEqual(['9,999,999', '2']);
		const url = new URL(page.url());
		expect([url.searchParams.get('sort'), url.searchParams.get('page')]).toEqual(['-1', null]);
		// Never more than a page in the document.
		expect(await page.locator('.result-table tbody tr').count()).toBe(50);
	}, 120_000);

	it('downloads the answer with its data version and its query', async () => {
		await run(page, "SELECT '=HYPERLINK(1)' AS risky, 42 AS answer");
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
		const text = (await downloadedBytes(download)).toString('utf8').replace(/^\uFEFF/, '');
		const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
		const version = (await page.locator('.download .muted').textContent())!.replace('Data version ', '');
		expect(version).toMatch(/^[0-9a-f]{12}$/);
		expect(rows).toEqual([
			['risky', 'answer', 'data_version', 'query'],
			["'=HYPERLINK(1)", '42', version, "SELECT '=HYPERLINK(1)' AS risky, 42 AS answer"]
		]);
	});

	it.each([
		["SELECT * FROM read_csv('http://example.com/data.csv')", 'external', 'The query tried to reach a file, the network or an extension'],
		["COPY detentions TO 'out.csv'", 'notQuestion', 'Only questions can be asked here'],
		['INSTALL httpfs', 'notQuestion', 'INSTALL would change'],
		['LOAD httpfs', 'notQuestion', 'LOAD would change'],
		["ATTACH 'other.db' AS other", 'notQuestion', 'ATTACH would change'],
		["SET memory_limit = '8GB'", 'notQuestion', 'SET would change'],
		['SELECT 1; DROP TABLE detentions', 'multiple', 'One query at a time'],
		['   ', 'empty', 'The query is empty']
	])('refuses %j with a clear message', async (sql, kind, words) => {
		await run(page, sql);
		expect(await page.locator('.wb-error').getAttribute('data-kind')).toBe(kind);
		expect(await page.locator('.wb-error .lead').textContent()).toContain(words);
	});

	it('stops a long query on request, and answers the next one', async () => {
		await setQuery(page, 'SELECT count(DISTINCT i % 1000000007) FROM range(2000000000) t(i)');
		await page.getByRole('button', { name: 'Run' }).click();
		await page.getByRole('button', { name: 'Stop' }).click();
		await expect.poll(() => page.locator('.wb-error').getAttribute('data-kind'), { timeout: 30_000 }).toBe('canceled');
		expect(await page.locator('.wb-error .lead').textContent()).toBe('The query was stopped.');
		await run(page, 'SELECT 7 AS seven');
		expect(await cellTexts(page)).toEqual([['7']]);
	}, 60_000);

	it('ends a runaway query at its memory limit with a clear message', async () => {
		await run(page, 'SELECT list(i) FROM range(400000000) t(i)');
		expect(await page.locator('.wb-error').getAttribute('data-kind')).toBe('memory');
		expect(await page.locator('.wb-error .lead').textContent()).toContain('more memory than the 1 GB');
	}, 60_000);

	it('says in Russian where an error is, and puts the cursor there', async () => {
		const ru = await session.newPage();
		await ru.goto(`${origin}/ru/data/sql/`);
		await run(ru, 'SELECT date,\n  nope\nFROM detentions');
		expect(await ru.locator('.wb-error .lead').textContent()).toBe('DuckDB не смог выполнить запрос.');
		expect(await ru.locator('.wb-error button').textContent()).toBe('Строка 2, столбец 3.');
		expect(await ru.locator('.wb-error .excerpt').textContent()).toBe('  nope\n  ^');
		await ru.close();
	});

	it('opens a link to a 10,000-character query, runs it and shows the chosen view', async () => {
		const sql = `SELECT event_type, count(*) AS events FROM detentions GROUP BY ALL ORDER BY events DESC -- ${'запрос '.repeat(1420)}`.slice(0, 10_000);
		expect(sql.length).toBe(10_000);
		const opened = await session.newPage();
		await opened.goto(`${origin}/data/sql/${link(sql, { view: 'chart' })}`);
		await opened.waitForSelector('#wb-chart svg', { timeout: 60_000 });
		expect(await opened.locator('#wb-chart h2').textContent()).toContain('events by event_type');
		// The page wrote back the query it ran: all of it.
		expect(decodeQuery(new URL(opened.url()).searchParams.get('q')!)).toEqual({ kind: 'valid', sql });
		await opened.close();
	});

	it('says a cut link is cut, keeps what it could read in the editor, and runs nothing', async () => {
		const sql = `SELECT region, sum(detained) AS detained FROM detentions GROUP BY region -- ${'x'.repeat(2600)}`;
		const q = encodeQuery(sql);
		const cut = await session.newPage();
		requested.length = 0;
		await cut.goto(`${origin}/data/sql/?q=${q.slice(0, Math.floor(q.length * 0.7))}`);
		await cut.waitForSelector('.sql-editor[data-editor="codemirror"]');
		const notice = (await cut.locator('.wb-notice').first().textContent())!;
		expect(notice).toMatch(/damaged or cut short: [\d,]+ of [\d,]+ characters could be read/);
		expect(notice).toContain(sql.length.toLocaleString('en-GB'));
		const shown = await cut.locator('.cm-content').textContent();
		expect(shown!.startsWith('SELECT region, sum(detained)')).toBe(true);
		expect(requested.filter((u) => u.includes('/data/tables/'))).toEqual([]);
		await cut.goto(`${origin}/ru/data/sql/?q=%25%25broken`);
		expect(await cut.locator('.wb-notice').first().textContent()).toContain('Запрос из этой ссылки прочитать не удалось');
		await cut.close();
	});

	it('says when the engine cannot be downloaded, keeps the query, and tries again on request', async () => {
		// Its own browser: the broken download is logged as errors, which the other tests must not have.
		const broken = await openBrowser(origin);
		const p = await broken.newPage();
		let fail = true;
		await p.route(/\.wasm$/, (route) => (fail ? route.abort('connectionreset') : route.continue()));
		await p.goto(`${origin}/data/sql/`);
		await setQuery(p, 'SELECT count(*) AS events FROM detentions');
		await p.locator('.actions .primary').click();
		const status = p.locator('.db-status');
		await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain('The query engine could not be downloaded');
		expect(await p.locator('.cm-content').textContent()).toBe('SELECT count(*) AS events FROM detentions');
		fail = false;
		await answered(p, () => status.getByRole('button', { name: 'Try again' }).click());
		expect(await cellTexts(p)).toEqual([[readCsv('data/detentions.csv').length.toLocaleString('en-GB')]]);
		expect(broken.foreignRequests).toEqual([]);
		await broken.close();
	}, 60_000);

	it('works as a link on a mirror under any path', async () => {
		const prefix = `/m-${randomBytes(4).toString('hex')}/x`;
		const { server, url: site } = await serveStatic({ root: process.env.E2E_ROOT ?? 'build', prefix });
		const mirror = await openBrowser(new URL(site).origin);
		try {
			const p = await mirror.newPage();
			const example = EXAMPLES.find((e) => e.id === 'regions')!;
			await p.goto(`${site}/ru/data/sql/${link(example.sql.ru)}`);
			await p.waitForSelector('.result-table tbody tr', { timeout: 60_000 });
			expect((await cellTexts(p)).length).toBe(50);
			// Example links stay on the page, under the path; the data page is found above it.
			const hrefs = await p.locator('.examples a, .breadcrumb a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
			for (const href of hrefs) expect(href.startsWith(`${site}/ru/data/`)).toBe(true);
			await p.locator('.examples a').nth(1).click();
			await p.waitForSelector('.result-table tbody tr', { timeout: 60_000 });
			expect(p.url().startsWith(`${site}/ru/data/sql/?q=`)).toBe(true);
			expect(mirror.foreignRequests).toEqual([]);
			expect(mirror.consoleErrors).toEqual([]);
		} finally {
			await mirror.close();
			server.close();
		}
	}, 120_000);

	it('made no request outside the origin, broke no policy and logged no error', async () => {
		expect(await cspViolations(page)).toEqual([]);
		expect(session.foreignRequests).toEqual([]);
		expect(session.consoleErrors).toEqual([]);
	});
});

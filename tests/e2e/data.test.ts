// The data page as a maintainer uses it: datasets with their sizes and downloads, every published figure,
// and a file check in the browser that reports exactly what `npm run data:check FILE` reports.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readCsv } from '../csvTotals';
import { encode1251 } from '../unit/encode1251';
import { openBrowser, openTable, type Session } from './browser';

const origin = inject('baseUrl');

function cliLines(file: string): string[] {
	const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data-check.ts', file], { encoding: 'utf8' });
	// The CLI names the file by the path given; the browser by the file's name.
	const folder = file.slice(0, file.lastIndexOf('/') + 1);
	return run.stdout.trim().split('\n').filter(Boolean).map((l) => (l.startsWith(folder) ? l.slice(folder.length) : l));
}

describe('data page', () => {
	let session: Session;
	beforeAll(async () => {
		session = await openBrowser(origin);
	});
	afterAll(async () => {
		await session.close();
	});

	it('lists each dataset with its row count, and every published figure', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/data/`);
		for (const name of ['detentions', 'prisoners', 'figures']) {
			const rows = readCsv(`data/${name}.csv`).length;
			expect(await page.locator(`#dataset-${name} .facts`).textContent()).toContain(`${rows.toLocaleString('en-GB')} rows`);
		}
		expect(await page.locator('.figures-table tbody tr').count()).toBe(readCsv('data/figures.csv').length);
		const excel = await page.evaluate(async () => new Uint8Array(await (await fetch('excel/detentions.csv')).arrayBuffer()).slice(0, 3));
		expect(Object.values(excel)).toEqual([0xef, 0xbb, 0xbf]);
		await page.close();
	});

	it('serves the CSV downloads compressed, with the same rows as data/', async () => {
		const response = await fetch(`${origin}/data/detentions.csv`, { headers: { 'accept-encoding': 'br' } });
		expect(response.headers.get('content-encoding')).toBe('br');
		expect(Number(response.headers.get('content-length'))).toBeLessThan(readFileSync('data/detentions.csv').length / 10);
		expect(Papa.parse(await response.text(), { header: true, skipEmptyLines: true }).data).toHaveLength(readCsv('data/detentions.csv').length);
	});

	it('lets a browser keep the code for a year, and a page until it changes', async () => {
		const home = await fetch(`${origin}/`);
		const html = await home.text();
		expect(home.headers.get('cache-control')).toBe('no-cache');
		const etag = home.headers.get('etag');
		expect(etag).toBeTruthy();
		expect((await fetch(`${origin}/`, { headers: { 'if-none-match': etag! } })).status).toBe(304);
		const script = /["'](?:\.\/)?(_app\/immutable\/[^"']+\.js)["']/.exec(html)?.[1];
		expect(script, 'a script of the home page').toBeTruthy();
		expect((await fetch(`${origin}/${script}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
	});

	it('checks a broken file in the browser with the same errors as data:check', async () => {
		const page = await session.newPage();
		// The check is the page's script: the file is chosen once it has run.
		await page.goto(`${origin}/data/`, { waitUntil: 'networkidle' });
		await page.getByLabel('CSV file to check').setInputFiles('tests/fixtures/broken/detentions.csv');
		await expect.poll(() => page.locator('.check-summary').textContent(), { timeout: 20_000 }).toMatch(/\d+ errors?;/);
		const shown = await page.locator('.check-issues code').allTextContents();
		expect(shown).toEqual(cliLines('tests/fixtures/broken/detentions.csv'));
		expect(shown.length).toBeGreaterThan(5);
		await page.close();
	});

	it('agrees with data:check on the same broken file saved by Russian Excel (Windows-1251, ";", CRLF)', async () => {
		const original = readFileSync('tests/fixtures/broken/detentions.csv', 'utf8');
		const resaved = Papa.unparse(Papa.parse<string[]>(original.trim()).data, { delimiter: ';', newline: '\r\n' });
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'excel-')), 'detentions.csv');
		writeFileSync(file, encode1251(resaved));
		const page = await session.newPage();
		await page.goto(`${origin}/data/`, { waitUntil: 'networkidle' });
		await page.locator('#check-file').setInputFiles({ name: 'detentions.csv', mimeType: 'text/csv', buffer: readFileSync(file) });
		await expect.poll(() => page.locator('.check-summary').textContent(), { timeout: 20_000 }).toMatch(/\d+ errors?;/);
		const shown = await page.locator('.check-issues code').allTextContents();
		expect(shown).toEqual(cliLines(file));
		expect(await page.locator('.check-summary').textContent()).toContain('windows-1251, separator “;”');
		await page.close();
	});

	it('says a good file has no errors and previews its rows', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/ru/data/`, { waitUntil: 'networkidle' });
		await page.locator('#check-file').setInputFiles('tests/fixtures/good/detentions.csv');
		await expect.poll(() => page.locator('.check-summary').textContent(), { timeout: 20_000 }).toContain('detentions.csv: ошибок нет.');
		expect(await page.locator('.check-preview tbody tr').count()).toBe(4);
		await page.close();
	});

	it('made no request outside the origin and logged no console error', () => {
		expect(session.foreignRequests).toEqual([]);
		expect(session.consoleErrors).toEqual([]);
	});
});

describe('the data API', () => {
	let session: Session;
	beforeAll(async () => (session = await openBrowser(origin)));
	afterAll(() => session.close());

	it('a view’s page links to its files, whose numbers are those its chart’s table shows', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/ru/detentions/region/RU-MOW/`);
		const alternates = await page.locator('head link[rel="alternate"][type="text/csv"]').evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
		expect(alternates).toEqual(['/data/api/detentions/region/RU-MOW/data.csv']);
		const csvHref = await page.getByRole('link', { name: 'CSV', exact: true }).evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname);
		expect(csvHref).toBe(alternates[0]);
		// The time series' own table, as a reader opens it: each month and its number.
		const shown = await (await openTable(page.locator('#detentions-over-time'))).evaluateAll((rows) =>
			rows.map((r) => [r.querySelector('time')?.getAttribute('datetime') ?? '', (r.querySelector('td')?.textContent ?? '').replace(/\D/g, '')])
		);
		await page.close();
		const response = await fetch(`${origin}${csvHref}`);
		expect(response.status).toBe(200);
		const rows = Papa.parse<Record<string, string>>(await response.text(), { header: true, skipEmptyLines: true }).data;
		expect(shown.length).toBeGreaterThan(0);
		expect(rows.filter((r) => r.breakdown === 'month').map((r) => [r.key, r.detained])).toEqual(shown);
	});

	it('an unknown view is “not found”, not an empty file', async () => {
		for (const path of ['/data/api/detentions/region/RU-XX/data.csv', '/data/api/detentions/nosuch/RU-MOW/data.json', '/data/api/detentions/all/data.xml', '/data/api/prisoners/no-such-person.json']) {
			expect((await fetch(`${origin}${path}`)).status, path).toBe(404);
		}
	});

	it('the data page and each view’s page describe a schema.org Dataset with its files', async () => {
		const page = await session.newPage();
		for (const [path, format] of [['/data/', 'text/csv'], ['/detentions/charge/protest/', 'application/json']] as const) {
			await page.goto(`${origin}${path}`);
			const [text] = await page.locator('script[type="application/ld+json"]').allTextContents();
			const dataset = JSON.parse(text ?? '{}') as { '@type': string; name: string; license: string; dateModified: string; distribution: { contentUrl: string; encodingFormat: string }[] };
			expect(dataset['@type'], path).toBe('Dataset');
			expect(dataset.license).toMatch(/^https?:/);
			expect(dataset.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(dataset.distribution.map((d) => d.encodingFormat)).toContain(format);
			// Absolute where the site knows its address (SITE_URL): the file is fetched from the site under test.
			for (const d of dataset.distribution) expect((await fetch(`${origin}${new URL(d.contentUrl, 'https://site.invalid').pathname}`)).status, d.contentUrl).toBe(200);
		}
		await page.close();
	});

	it('a profile links to its record and says how to cite it', async () => {
		const person = readCsv('data/prisoners.csv')[0]!;
		const page = await session.newPage();
		await page.goto(`${origin}/ru/prisoners/${person.id}/`);
		const href = await page.getByRole('link', { name: 'JSON', exact: true }).evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname);
		const record = (await (await fetch(`${origin}${href}`)).json()) as Record<string, unknown>;
		expect(record.name_ru).toBe(person.name_ru);
		await page.getByText('Как сослаться').click();
		await expect.poll(() => page.getByText(/Версия данных [0-9a-f]{12} от \d+ [а-я]+ \d{4} года/).first().isVisible()).toBe(true);
		await page.close();
	});
});

// Downloads as a journalist takes them from a filtered Russian view: each file says what it shows (title, period,
// filters), its key, who made the data, the licence, the date and the address it came from, with margins.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import Papa from 'papaparse';
import { downloadedBytes, drawnFor, openBrowser, type Session } from './browser';

const origin = inject('baseUrl');
const VIEW = '/ru/detentions/?charge=antiwar_speech';

describe('downloads of a filtered chart', () => {
	let session: Session;
	beforeAll(async () => (session = await openBrowser(origin)));
	afterAll(() => session.close());

	async function download(chart: string, label: RegExp) {
		const page = await session.newPage();
		await page.goto(`${origin}${VIEW}`);
		// Files describe what is drawn: wait until the filtered view is (DuckDB computes it in the browser).
		await drawnFor(page, ['Антивоенные высказывания']);
		await page.locator(`#${chart} .chart-downloads summary`).click();
		const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`#${chart} .chart-downloads button`, { hasText: label }).click()]);
		const bytes = await downloadedBytes(file);
		await page.close();
		return { name: file.suggestedFilename(), bytes };
	}

	it('SVG: title, filter, key dates, credit, licence, date and address, inside margins', async () => {
		const { name, bytes } = await download('detentions-over-time', /SVG/);
		expect(name).toBe('detentions-over-time_charge-antiwar_speech.svg');
		const svg = bytes.toString('utf8');
		const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
		const all = texts.join('\n');
		expect(all).toContain('Динамика задержаний');
		expect(all).toMatch(/Тип обвинения: антивоенные высказывания/i);
		expect(all).toMatch(/^1\. \d{1,2} [а-я]+ \d{4}/m); // the first numbered key date
		expect(all).toContain('Источник:');
		expect(all).toContain('Лицензия:');
		expect(all).toMatch(/Данные на \d{1,2} [а-я]+ \d{4}/);
		expect(all).toContain('Репрессии в цифрах · http');
		expect(all).toContain('charge=antiwar_speech');
		// Every line of text starts inside the left margin and above the bottom one.
		const [, width, height] = svg.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/)!.map(Number);
		for (const m of svg.matchAll(/<text[^>]*\bx="([\d.]+)"[^>]*\by="([\d.]+)"/g)) {
			expect(Number(m[1])).toBeGreaterThanOrEqual(24);
			expect(Number(m[2])).toBeLessThanOrEqual(height! - 8);
		}
		expect(width).toBeGreaterThan(300);
	});

	it('PNG: the same image, drawn at twice the size', async () => {
		const { name, bytes } = await download('detentions-by-region', /PNG/);
		expect(name).toBe('detentions-by-region_charge-antiwar_speech.png');
		expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(bytes.readUInt32BE(16)).toBeGreaterThan(1000); // width in pixels
	});

	it('CSV: the filter in the file name, every row credited', async () => {
		const { name, bytes } = await download('detentions-by-region', /CSV/);
		expect(name).toBe('detentions-by-region_charge-antiwar_speech.csv');
		const { data } = Papa.parse<string[]>(bytes.toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true });
		const [header, ...rows] = data;
		expect(header!.at(-1)).toBe('Источник');
		expect(rows.length).toBeGreaterThan(3);
		for (const row of rows) expect(row.at(-1)).toMatch(/^Источник: .+Лицензия: .+Данные на /);
	});

	it('made no request outside the origin and logged no console error', () => {
		expect(session.foreignRequests).toEqual([]);
		expect(session.consoleErrors).toEqual([]);
	});
});

// Every chart is whole after every interaction: redrawn by the browser after filters (values the prerendered view
// did not show among them), each mark has real geometry and the marks match the rows of the chart's data table; the
// same for live embeds.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DETENTION_CHARTS } from '../../src/lib/datasets/detentions';
import { PRISONER_CHARTS } from '../../src/lib/datasets/prisoners';
import { readCsv } from '../csvTotals';
import { countShown, drawnFor, openBrowser, type Session } from './browser';

const origin = inject('baseUrl');

/** For each chart on the page: its marks (bars, tiles, periods) with their size, and the rows of its data table. */
async function chartShapes(page: Page, ids: string[]) {
	// Tables are drawn once opened (and only then): open them all, and let them draw.
	for (const id of ids) {
		const summary = page.locator(`#${id} details.data-table:not([open]) summary`);
		if ((await summary.count()) > 0) await summary.click();
	}
	await page.waitForTimeout(200);
	return page.evaluate((chartIds) => {
		return chartIds.map((id) => {
			const figure = document.getElementById(id);
			if (!figure) return { id, missing: true, marks: [], rows: 0, line: '' };
			const box = (e: Element) => e.getBoundingClientRect();
			const bars = [...figure.querySelectorAll('.bar-row')].map((g) => ({ h: box(g).height, w: box(g.querySelector('.bar')!).width, v: g.querySelector('.bar-value')?.textContent ?? '' }));
			const tiles = [...figure.querySelectorAll('.tile')].map((g) => ({ h: box(g).height, w: box(g).width, v: '' }));
			const line = figure.querySelector('.series-line')?.getAttribute('d') ?? '';
			return { id, missing: false, marks: bars.length > 0 ? bars : tiles, rows: figure.querySelectorAll('details.data-table tbody tr').length, line };
		});
	}, ids);
}

function expectWhole(shapes: Awaited<ReturnType<typeof chartShapes>>, where: string) {
	for (const s of shapes) {
		expect(s.missing, `${where} ${s.id}`).toBe(false);
		if (s.id.endsWith('-over-time') || s.id === 'prisoners-arrests' || s.id === 'prisoners-in-custody') {
			expect(s.line, `${where} ${s.id}: a line`).toMatch(/^M/);
			expect(s.line, `${where} ${s.id}: real numbers`).not.toMatch(/NaN|Infinity/);
			continue;
		}
		expect(s.marks.length, `${where} ${s.id}: marks`).toBeGreaterThan(0);
		for (const m of s.marks) expect(m.h, `${where} ${s.id}: every mark has a height`).toBeGreaterThan(0);
		if (!s.id.endsWith('-map')) {
			for (const m of s.marks) if (m.v !== '0' && m.v !== '—') expect(m.w, `${where} ${s.id}: a bar for ${m.v}`).toBeGreaterThan(0);
		}
	}
}

describe('charts after interactions', () => {
	let session: Session;
	beforeAll(async () => {
		session = await openBrowser(origin);
	});
	afterAll(async () => {
		await session.close();
	});

	// A region the prerendered top 15 leaves out, so its bar is made by the browser.
	const regions = readCsv('data/detentions.csv').reduce((m, r) => m.set(r.region!, (m.get(r.region!) ?? 0) + Number(r.detained || 0)), new Map<string, number>());
	const rare = [...regions].sort((a, b) => a[1] - b[1]).find(([, n]) => n > 0)![0];
	const rareName = readCsv('data/regions.csv').find((r) => r.code === rare)!.name_en!;

	it.each([
		['a charge type', '?charge=protest', ['Protest']],
		['a region the first view did not list', `?region=${rare}`, [rareName]],
		['several dimensions and a period', '?charge=antiwar_speech&event=single_picket,rally&from=2022-03-01&to=2023-06-30&per=week', ['Anti-war speech', 'Single-person picket', 'Rally']]
	])('draws every detentions chart whole after %s', async (_, query, words) => {
		const page = await session.newPage();
		await page.goto(`${origin}/detentions/${query}`);
		// The link's view is drawn once the browser has its results: its charts say so in their subtitles.
		await drawnFor(page, words);
		// "Show all" draws the bars the top 15 left out.
		for (const button of await page.getByRole('button', { name: /Show all/ }).all()) await button.click();
		const shapes = await chartShapes(page, DETENTION_CHARTS.map((c) => c.id));
		expectWhole(shapes, query);
		for (const s of shapes.filter((c) => c.marks.length > 0 && !c.id.endsWith('-map'))) expect(s.marks.length, `${query} ${s.id}: a bar per row`).toBe(s.rows);
		await page.close();
	});

	it('draws every prisoners chart whole after a filter', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/prisoners/`, { waitUntil: 'networkidle' });
		await page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Imprisoned', exact: true }).click();
		await expect.poll(() => countShown(page), { timeout: 60_000 }).toBe(readCsv('data/prisoners.csv').filter((p) => p.status === 'imprisoned').length);
		await expect.poll(() => page.locator('#prisoners-by-status .subtitle').textContent()).toContain('Imprisoned');
		const shapes = await chartShapes(page, PRISONER_CHARTS.map((c) => c.id));
		expectWhole(shapes, 'status=imprisoned');
		for (const s of shapes.filter((c) => c.marks.length > 0)) expect(s.marks.length, `${s.id}: a bar per row`).toBe(s.rows);
		await page.close();
	});

	it.each(['detentions-by-region', 'detentions-by-event', 'detentions-by-region-map', 'detentions-over-time'])('draws the live embed %s whole for a filtered link', async (chart) => {
		const page = await session.newPage();
		await page.goto(`${origin}/embed/${chart}/?charge=protest&region=${rare},RU-MOW`);
		await page.waitForURL(/\/live\//);
		// The filtered view is drawn once the browser's DuckDB has answered: its subtitle says so.
		await drawnFor(page, ['Protest', rareName, 'Moscow'], { root: '.embed-view' });
		expectWhole(await chartShapes(page, [chart]), `embed ${chart}`);
		await page.close();
	});

	it('logged no console error', () => {
		expect(session.consoleErrors).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import Breakdown from '../../src/lib/charts/frames/Breakdown.svelte';
import TileMap from '../../src/lib/charts/frames/TileMap.svelte';
import { breakdownLayout } from '../../src/lib/charts/scales/breakdown';
import { tileMapLayout } from '../../src/lib/charts/scales/tileMap';
import { textWidth } from '../../src/lib/text/width';
import { goldenSvg, renderHtml } from './svg';

const items = [
	{ key: 'rally', label: 'Rally', value: 1200 },
	{ key: 'picket', label: 'Single picket', value: 300 },
	{ key: 'other', label: 'Other <b>not bold</b>', value: null },
	{ key: null, label: 'Not known', value: 12 }
];
const tiles = [
	{ code: 'RU-KGD', col: 0, row: 1, name: 'Kaliningrad Oblast', outlined: false, value: 10 },
	{ code: 'RU-MOW', col: 1, row: 1, name: 'Moscow', outlined: false, value: 1000 },
	{ code: 'RU-SPE', col: 1, row: 0, name: 'Saint Petersburg', outlined: false, value: 250 },
	{ code: 'UA-43', col: 0, row: 2, name: 'Crimea (occupied)', outlined: true, value: 0 },
	{ code: 'RU-CHU', col: 3, row: 0, name: 'Chukotka', outlined: false, value: null }
];
const frame = { credit: { sources: [{ title: 'Test' }], licenses: [] }, dataDate: '2024-01-31', demo: true, summary: 'A summary.', keyLabel: 'Kind', valueLabel: 'Detentions', initialWidth: 400 };

describe('breakdownLayout', () => {
	const layout = breakdownLayout(items, { width: 400, locale: 'en' });

	it('gives the largest value the full bar and a missing value no bar', () => {
		expect(layout.rows[0]!.barWidth).toBe(400 - 64);
		expect(layout.rows[1]!.barWidth).toBe(84);
		expect(layout.rows[2]!.barWidth).toBe(0);
		expect(layout.rows[2]!.valueLabel).toBe('—');
		expect(layout.height).toBe(layout.rows.reduce((h, r) => h + r.height, 0));
	});

	it('puts "other" and "not known" last, whatever their count', () => {
		const counted = breakdownLayout([{ key: 'other', label: 'Other', value: 5000 }, { key: null, label: 'Not known', value: 4000 }, ...items.slice(0, 2)], { width: 400, locale: 'en' });
		expect(counted.rows.map((r) => r.key)).toEqual(['rally', 'picket', 'other', null]);
	});

	it('wraps a long label onto lines that fit, keeping every word', () => {
		const title = 'CAO 20.2 · Violation of the established procedure for organising or holding a meeting, rally, demonstration, march or picket';
		for (const width of [300, 390, 640]) {
			const [row] = breakdownLayout([{ key: 'koap-20.2', label: title, value: 1 }], { width, locale: 'en' }).rows;
			expect(row!.lines.join(' ')).toBe(title);
			for (const line of row!.lines) expect(textWidth(line, 13), `${width}: ${line}`).toBeLessThanOrEqual(width);
			expect(row!.barY).toBe(row!.lines.length * 16 + 2);
		}
	});
});

describe('tileMapLayout', () => {
	const layout = tileMapLayout(tiles, { width: 400, locale: 'en' });

	it('places tiles on the grid, in classes of value, zero and unknown apart, named where names fit', () => {
		const byCode = new Map(layout.tiles.map((t) => [t.code, t]));
		expect(byCode.get('RU-MOW')).toMatchObject({ x: 100, y: 100, colourClass: 3, label: 'Moscow' });
		expect(byCode.get('RU-SPE')).toMatchObject({ colourClass: 2, label: 'Saint Petersburg' });
		expect(byCode.get('RU-KGD')).toMatchObject({ colourClass: 1, label: 'Kaliningrad' });
		expect(byCode.get('UA-43')).toMatchObject({ colourClass: 0, label: 'Crimea' });
		expect(byCode.get('RU-CHU')).toMatchObject({ colourClass: null, valueLabel: '—' });
		expect(layout.classes).toEqual([{ from: 1, to: 249 }, { from: 250, to: 999 }, { from: 1000, to: 1000 }]);
		expect(layout.width).toBe(400);
		expect(layout.height).toBe(300);
	});
});

describe('golden SVGs', () => {
	it('Breakdown', async () => {
		const html = renderHtml(Breakdown, { ...frame, id: 'golden-breakdown', items, title: 'By kind', selected: ['picket'], hrefFor: (k: string) => `?event=${k}` });
		await expect(goldenSvg(html)).toMatchFileSnapshot('__snapshots__/breakdown.svg');
		expect(html).toContain('Other &lt;b>not bold&lt;/b>');
	});

	it('TileMap', async () => {
		const html = renderHtml(TileMap, { ...frame, id: 'golden-map', tiles, title: 'By region', outlinedLabel: 'occupied', selected: ['RU-MOW'], hrefFor: (c: string) => `?region=${c}`, valueText: (n: number) => `${n} detentions` });
		await expect(goldenSvg(html)).toMatchFileSnapshot('__snapshots__/tile-map.svg');
	});
});

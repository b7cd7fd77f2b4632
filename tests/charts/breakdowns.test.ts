import { describe, expect, it } from 'vitest';
import Breakdown from '../../src/lib/charts/frames/Breakdown.svelte';
import TileMap from '../../src/lib/charts/frames/TileMap.svelte';
import { breakdownLayout } from '../../src/lib/charts/scales/breakdown';
import { tileMapLayout } from '../../src/lib/charts/scales/tileMap';
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
		expect(layout.height).toBe(4 * layout.rowHeight);
	});
});

describe('tileMapLayout', () => {
	const layout = tileMapLayout(tiles, { width: 400, locale: 'en' });

	it('places tiles on the grid and shades them by value, zero and unknown unshaded', () => {
		const byCode = new Map(layout.tiles.map((t) => [t.code, t]));
		expect(byCode.get('RU-MOW')).toMatchObject({ x: 100, y: 100, shade: 1, dark: true, abbr: 'MOW' });
		expect(byCode.get('UA-43')!.shade).toBe(0);
		expect(byCode.get('RU-CHU')!.valueLabel).toBe('—');
		expect(byCode.get('RU-SPE')!.shade).toBeGreaterThan(byCode.get('RU-KGD')!.shade);
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
		const html = renderHtml(TileMap, { ...frame, id: 'golden-map', tiles, title: 'By region', outlinedLabel: 'occupied', selected: ['RU-MOW'], hrefFor: (c: string) => `?region=${c}` });
		await expect(goldenSvg(html)).toMatchFileSnapshot('__snapshots__/tile-map.svg');
	});
});

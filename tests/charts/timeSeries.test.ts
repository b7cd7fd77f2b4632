import { describe, expect, it } from 'vitest';
import TimeSeries from '../../src/lib/charts/frames/TimeSeries.svelte';
import { clusterLabels, timeSeriesLayout } from '../../src/lib/charts/scales/timeSeries';
import { goldenSvg, renderHtml } from './svg';

const months = [
	{ period: '2022-01-01', value: 0 },
	{ period: '2022-02-01', value: 2000 },
	{ period: '2022-03-01', value: 12000 },
	{ period: '2022-04-01', value: null },
	{ period: '2022-05-01', value: 300 },
	{ period: '2022-06-01', value: 150 }
];
const events = [
	{ date: '2022-02-24', label: 'Full-scale invasion' },
	{ date: '2022-03-01', label: 'Five days later' },
	{ date: '2022-05-09', label: 'Victory Day' },
	{ date: '2030-01-01', label: 'Outside the range' }
];

describe('timeSeriesLayout', () => {
	const layout = timeSeriesLayout(months, { width: 600, height: 300, granularity: 'month', locale: 'en', events });

	it('spans the plot from the first period to the end of the last', () => {
		expect(layout.columns[0]!.x).toBe(0);
		const last = layout.columns.at(-1)!;
		expect(last.x + last.width).toBeCloseTo(layout.innerWidth, 0);
	});

	it('draws a missing value as a gap, not as zero', () => {
		expect(layout.gaps).toHaveLength(1);
		expect(layout.gaps[0]!.x).toBe(layout.columns[3]!.x);
		// The line breaks: two runs, each starting with M.
		expect(layout.linePath.match(/M/g)).toHaveLength(2);
	});

	it('puts the largest value at the top of a nice y domain', () => {
		expect(layout.yTicks[0]!.label).toBe('0');
		expect(layout.yTicks.at(-1)!.position).toBe(0);
		expect(layout.yTicks.at(-1)!.label).toBe('12,000');
	});

	it('keeps only key dates inside the range, and merges labels that would overlap', () => {
		expect(layout.markers.map((m) => m.number)).toEqual([1, 2, 3]);
		expect(layout.markerLabels.map((l) => l.label)).toEqual(['1–2', '3']);
	});

	it('clusters by distance', () => {
		expect(clusterLabels([{ x: 0, number: 1 }, { x: 30, number: 2 }, { x: 40, number: 3 }, { x: 45, number: 4 }])).toEqual([
			{ x: 0, label: '1' },
			{ x: 30, label: '2–4' }
		]);
	});

	it('labels years on multi-year ranges in the page language', () => {
		const years = timeSeriesLayout(
			[{ period: '2022-01-01', value: 5 }, { period: '2023-01-01', value: 3 }, { period: '2024-01-01', value: 1 }],
			{ width: 600, height: 300, granularity: 'year', locale: 'ru' }
		);
		expect(years.xTicks.map((t) => t.label)).toEqual(['2022', '2023', '2024', '2025']);
	});
});

describe('TimeSeries', () => {
	const props = {
		id: 'golden',
		points: months,
		granularity: 'month' as const,
		events,
		title: 'Detentions over time',
		source: 'Test',
		dataDate: '2022-06-30',
		demo: true,
		summary: 'A summary.',
		valueLabel: 'Detentions',
		initialWidth: 640,
		height: 300
	};

	it('matches the golden SVG', async () => {
		await expect(goldenSvg(renderHtml(TimeSeries, props))).toMatchFileSnapshot('__snapshots__/time-series.svg');
	});

	it('carries its title, demo label, source with date, key dates and a data table', () => {
		const html = renderHtml(TimeSeries, props);
		expect(html).toContain('Detentions over time');
		expect(html).toContain('Demo data');
		expect(html).toContain('Source: Test. Data as of 30 June 2022.');
		expect(html).toContain('Full-scale invasion');
		expect(html).not.toContain('Outside the range');
		expect(html.match(/<tr>/g)).toHaveLength(1 + months.length);
		expect(html).toContain('<td>—</td>');
	});
});

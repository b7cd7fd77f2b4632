import { describe, expect, it } from 'vitest';
import TimeSeries from '../../src/lib/charts/frames/TimeSeries.svelte';
import { clusterLabels, markerLabelWidth, tickLabelWidth, timeSeriesLayout } from '../../src/lib/charts/scales/timeSeries';
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

	it('never lets two key-date labels overlap, however the dates fall', () => {
		for (let seed = 1; seed < 200; seed++) {
			let x = 0;
			const markers = Array.from({ length: 12 }, (_, i) => ({ x: (x += ((seed * (i + 7)) % 23) + 1), number: i + 1 }));
			const boxes = clusterLabels(markers).map((l) => ({ left: l.x - markerLabelWidth(l.label) / 2, right: l.x + markerLabelWidth(l.label) / 2 }));
			for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left, `seed ${seed}`).toBeGreaterThan(boxes[i - 1]!.right);
			expect(clusterLabels(markers).map((l) => l.label).join(',')).toMatch(/^1/);
		}
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
		// The axis ends where 2024 ends: a label "2025" there would hang off the drawing.
		expect(years.xTicks.map((t) => t.label)).toEqual(['2022', '2023', '2024']);
	});

	it('labels days when the data spans days, and never a label past the edges or over another', () => {
		const spans: [string, string[], 'day' | 'week' | 'month' | 'year'][] = [
			['one day', ['2024-03-17'], 'day'],
			['one day, by month', ['2024-03-01'], 'month'],
			['a week', ['2024-03-11', '2024-03-12', '2024-03-13', '2024-03-14', '2024-03-15', '2024-03-16', '2024-03-17'], 'day'],
			['six weeks', Array.from({ length: 6 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + 7 * i)).toISOString().slice(0, 10)), 'week'],
			['five years', ['2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01', '2026-01-01'], 'year'],
			['eleven years of months', Array.from({ length: 132 }, (_, i) => new Date(Date.UTC(2013, i, 1)).toISOString().slice(0, 10)), 'month']
		];
		for (const [name, periods, granularity] of spans) {
			for (const width of [300, 390, 640, 1200]) {
				for (const locale of ['en', 'ru'] as const) {
					const layout = timeSeriesLayout(periods.map((period) => ({ period, value: 1 })), { width, height: 300, granularity, locale });
					expect(layout.xTicks.length, `${name} ${width} ${locale}`).toBeGreaterThan(0);
					let free = -layout.margin.left;
					for (const tick of layout.xTicks) {
						expect(tick.position, `${name} ${width} ${locale} ${tick.label}`).toBeGreaterThanOrEqual(free);
						expect(tick.position + tickLabelWidth(tick.label), `${name} ${width} ${locale} ${tick.label}`).toBeLessThanOrEqual(layout.innerWidth + layout.margin.right);
						free = tick.position + tickLabelWidth(tick.label);
					}
				}
			}
		}
		const week = timeSeriesLayout(spans[2]![1].map((period) => ({ period, value: 1 })), { width: 640, height: 300, granularity: 'day', locale: 'en' });
		expect(week.xTicks.map((t) => t.label)).toEqual(['11 Mar', '12 Mar', '13 Mar', '14 Mar', '15 Mar', '16 Mar', '17 Mar']);
		const day = timeSeriesLayout([{ period: '2024-03-17', value: 1 }], { width: 640, height: 300, granularity: 'day', locale: 'ru' });
		expect(day.xTicks.map((t) => t.label)).toEqual(['17 мар.']);
	});
});

describe('TimeSeries', () => {
	const props = {
		id: 'golden',
		points: months,
		granularity: 'month' as const,
		events,
		title: 'Detentions over time',
		credit: { sources: [{ title: 'Test monitors', path: 'https://example.org/monitors' }], licenses: [{ name: 'CC-BY-4.0', title: 'CC BY 4.0' }] },
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
		const text = html.replace(/<!--[^>]*-->/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
		expect(text).toContain('Source: Test monitors. Licence: CC BY 4.0. Data as of 30 June 2022.');
		expect(html).toContain('<a href="https://example.org/monitors" rel="noopener noreferrer">Test monitors</a>');
		expect(html).toContain('Full-scale invasion');
		expect(html).not.toContain('Outside the range');
		expect(html.match(/<tr>/g)).toHaveLength(1 + months.length);
		expect(html).toContain('<td>—</td>');
	});
});

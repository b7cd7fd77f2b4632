// A published series drawn as dots at their own dates: zero-based axis, lower bounds open, labels that never overlap,
// one metric per line, each point's source linked in the table; and its golden SVG.
import { describe, expect, it } from 'vitest';
import { createRawSnippet } from 'svelte';
import FigureSeries from '../../src/lib/charts/frames/FigureSeries.svelte';
import MetricSeries from '../../src/lib/figures/MetricSeries.svelte';
import { figureSeriesCredit, figureSeriesLayout, type FigurePoint } from '../../src/lib/charts/scales/figureSeries';
import { CHART_TYPE } from '../../src/lib/design/tokens';
import { textWidth } from '../../src/lib/text/width';
import { goldenSvg, renderHtml } from './svg';

/** The rows of data/figures.csv for Art. 20.3.3 cases, copied so the golden file does not move when the data does. */
const src = (title: string, sourceDate: string, sourceUrl: string | null, note: string | null = null) => ({ sourceTitle: title, sourceDate, sourceUrl, note });
const metric = 'discrediting_admin_cases_cumulative';
const discrediting: FigurePoint[] = [
	{ metric, date: '2022-04-22', value: 1258, qualifier: 'exact', ...src('OVD-Info', '2022-04-22', 'https://roskomsvoboda.org/en/post/rost-diskreditatsiyi') },
	{ metric, date: '2022-05-04', value: 2000, qualifier: 'about', ...src('OVD-Info via Meduza', '2022-05', 'https://spotmedia.ro/stiri/eveniment/dosare-peste-dosare-in-rusia-si-amenzi-de-milioane-de-ruble-pentru-cei-care-se-opun-razboiului') },
	{ metric, date: '2022-12-31', value: 5614, qualifier: 'exact', ...src('Mediazona via 112.ua', '2024-08', 'https://vid.112.ua/en/za-cas-vijni-na-rosian-skladeno-ponad-10-tis-protokoliv-za-diskreditaciu-armii-38050') },
	{ metric, date: '2023-01-24', value: 5601, qualifier: 'exact', ...src('OVD-Info', '2023-01-24', 'https://re-russia.net/review/170/') },
	{ metric, date: '2023-02-22', value: 5846, qualifier: 'exact', ...src('OVD-Info one-year summary of anti-war repression', '2023-02-22', 'https://data.ovd.info/svodka-antivoennyh-repressiy-god-polnomasshtabnogo-vtorzheniya-rossii-v-ukrainu') },
	{ metric, date: '2023-05-19', value: 6839, qualifier: 'exact', ...src('re-russia.net 282', '2023-05', 'https://re-russia.net/en/review/282/') },
	{ metric, date: '2023-12-31', value: 8386, qualifier: 'exact', ...src('Sibir.Realii', '2024', 'https://newsinukraine.com/in-2023-the-courts-of-the-russian-federation-received-2870-protocols-on-discrediting/', 'Moscow 1019; Crimea 562; St Petersburg 457') },
	{ metric, date: '2023-12-31', value: 8590, qualifier: 'exact', ...src('Mediazona via 112.ua', '2024-08', 'https://vid.112.ua/en/za-cas-vijni-na-rosian-skladeno-ponad-10-tis-protokoliv-za-diskreditaciu-armii-38050', 'Mediazona court-data count; Sibir.Realii gives 8386 for the same date: sources disagree') },
	{ metric, date: '2024-08-07', value: 10000, qualifier: 'more_than', ...src('Mediazona via 112.ua', '2024-08', 'https://vid.112.ua/en/za-cas-vijni-na-rosian-skladeno-ponad-10-tis-protokoliv-za-diskreditaciu-armii-38050') }
];

describe('figureSeriesLayout', () => {
	const layout = figureSeriesLayout(discrediting, { width: 640, height: 280, locale: 'en' });

	it('starts the value axis at zero, at the bottom of the plot', () => {
		expect(layout.yTicks[0]).toEqual({ position: layout.innerHeight, label: '0' });
		expect(layout.points.every((p) => p.y >= 0 && p.y <= layout.innerHeight)).toBe(true);
	});

	it('puts each figure at its own date, in date order, inside the plot', () => {
		const xs = layout.points.map((p) => p.x);
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
		expect(xs[0]).toBeGreaterThan(0);
		expect(xs.at(-1)).toBeLessThan(layout.innerWidth);
		// Irregular dates keep their spacing: 12 days between the first two, over 7 months between the second and third.
		expect(xs[1]! - xs[0]!).toBeLessThan((xs[2]! - xs[1]!) / 10);
	});

	it('draws lower bounds as open dots and signs every qualified label', () => {
		expect(layout.points.map((p) => p.open)).toEqual([false, false, false, false, false, false, false, false, true]);
		const last = layout.points.at(-1)!;
		expect(last.label).toBe('>10,000');
		expect(layout.points[0]!.label).toBe('1,258');
		const apart = figureSeriesLayout([discrediting[1]!, discrediting.at(-1)!], { width: 640, height: 280, locale: 'en' });
		expect(apart.points.map((p) => [p.label, p.open])).toEqual([['≈2,000', false], ['>10,000', true]]);
	});

	it('never lets a value label cover another label or a dot, and keeps labels inside the drawing', () => {
		const boxes = layout.points
			.filter((p) => p.label !== null)
			.map((p) => {
				const w = textWidth(p.label!, CHART_TYPE.small);
				const x0 = p.anchor === 'start' ? p.labelX : p.anchor === 'end' ? p.labelX - w : p.labelX - w / 2;
				return { x0, x1: x0 + w, y0: p.labelY - 11, y1: p.labelY };
			});
		expect(boxes.length).toBeGreaterThan(3);
		for (const [i, a] of boxes.entries()) {
			expect(a.x0).toBeGreaterThanOrEqual(-layout.margin.left);
			expect(a.x1).toBeLessThanOrEqual(layout.innerWidth + layout.margin.right);
			expect(a.y0).toBeGreaterThanOrEqual(-layout.margin.top);
			for (const b of boxes.slice(i + 1)) expect(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0).toBe(true);
			for (const d of layout.points) expect(a.x1 <= d.x - 3.5 || d.x + 3.5 <= a.x0 || a.y1 <= d.y - 3.5 || d.y + 3.5 <= a.y0).toBe(true);
		}
	});

	it('forks the line where sources give two figures for one date, without picking one', () => {
		expect(layout.sharedDates).toEqual(['2023-12-31']);
		const [low, high] = layout.points.filter((p) => p.date === '2023-12-31');
		const before = layout.points.find((p) => p.date === '2023-05-19')!;
		const after = layout.points.at(-1)!;
		for (const p of [low!, high!]) {
			expect(layout.linePath).toMatch(new RegExp(`[ML]${before.x},${before.y}L${p.x},${p.y}`));
			expect(layout.linePath).toMatch(new RegExp(`[ML]${p.x},${p.y}L${after.x},${after.y}`));
		}
	});

	it('refuses to join figures of different metrics', () => {
		expect(() => figureSeriesLayout([...discrediting, { ...discrediting[0]!, metric: 'antiwar_detentions_cumulative' }], { width: 640, height: 280, locale: 'en' })).toThrow(/one metric/);
	});

	it('labels years on long spans and months on short ones, in the page language', () => {
		expect(layout.xTicks.map((t) => t.label)).toEqual(['2022', '2023', '2024']);
		const year = figureSeriesLayout(
			[
				{ ...discrediting[0]!, date: '2023-02-22', value: 128 },
				{ ...discrediting[0]!, date: '2024-02-20', value: 267, qualifier: 'at_least' }
			],
			{ width: 640, height: 280, locale: 'ru' }
		);
		expect(year.xTicks.length).toBeGreaterThan(2);
		expect(year.xTicks[0]!.label).toMatch(/2023$/);
		expect(year.points.map((p) => p.label)).toEqual(['128', '≥267']);
	});

	it('places a single figure in the middle rather than on a zero-width axis', () => {
		const one = figureSeriesLayout([discrediting[0]!], { width: 640, height: 280, locale: 'en' });
		expect(one.points[0]!.x).toBeCloseTo(one.innerWidth / 2, 0);
		expect(one.linePath).toBe('');
	});
});

describe('figureSeriesCredit', () => {
	it('names each source once, linked to its latest page, and claims no licence for others’ publications', () => {
		const credit = figureSeriesCredit(discrediting);
		expect(credit.licenses).toEqual([]);
		expect(credit.sources.map((s) => s.title)).toEqual([
			'OVD-Info',
			'OVD-Info via Meduza',
			'Mediazona via 112.ua',
			'OVD-Info one-year summary of anti-war repression',
			're-russia.net 282',
			'Sibir.Realii'
		]);
		expect(credit.sources[0]!.path).toBe('https://re-russia.net/review/170/');
	});
});

describe('FigureSeries', () => {
	// The frame takes its table from the feature that draws it (figures/FigureRows.svelte, through MetricSeries).
	const table = createRawSnippet(() => ({ render: () => '<table><tbody><tr><td>rows</td></tr></tbody></table>' }));
	const props = {
		id: 'golden-figures',
		figures: discrediting,
		title: 'Administrative cases for “discrediting” the army',
		subtitle: 'A running total since 4 March 2022.',
		initialWidth: 640,
		height: 280,
		table
	};
	const series = {
		metric: { code: 'discrediting', labelRu: 'Дела о «дискредитации» армии', labelEn: 'Administrative cases for “discrediting” the army', kind: 'cumulative' as const, definitionRu: null, definitionEn: null },
		figures: discrediting.map((f) => ({ ...f, sourceTitleRu: null, noteRu: null, labelRu: 'Дела о «дискредитации» армии', labelEn: 'Administrative cases for “discrediting” the army', period: 'since 2022-03-04', geography: 'Russia' }))
	};

	it('matches the golden SVG', async () => {
		await expect(goldenSvg(renderHtml(FigureSeries, props))).toMatchFileSnapshot('__snapshots__/figure-series.svg');
	});

	const text = (html: string) => html.replace(/<!--[^>]*-->/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

	it('links every point’s source in its data table, and carries no demo label', () => {
		const html = renderHtml(MetricSeries, { series });
		expect(html).not.toContain('Demo data');
		expect(html).not.toContain('data-demo');
		expect(html.match(/<tbody>[\s\S]*<\/tbody>/)![0].match(/<tr>/g)).toHaveLength(discrediting.length);
		for (const f of discrediting) expect(html.replace(/<!--[^>]*-->/g, '')).toContain(`<a href="${f.sourceUrl}" rel="noopener noreferrer">${f.sourceTitle}</a>`);
		expect(text(html)).toContain('more than 10,000');
		expect(text(html)).toContain('Data as of 7 August 2024.');
		expect(text(html)).toContain('9 published figures from 22 April 2022 to 7 August 2024.');
		expect(text(html)).toContain('Open dot: a lower bound');
		expect(text(html)).toContain('the line forks');
	});

	it('drops links that are not http(s)', () => {
		const html = renderHtml(MetricSeries, { series: { ...series, figures: [{ ...series.figures[0]!, sourceUrl: 'javascript:alert(1)' }, series.figures[1]!] } });
		expect(html).not.toContain('javascript:');
	});

	it('speaks Russian on Russian pages, with the noun agreeing with the count', () => {
		const ru = text(renderHtml(MetricSeries, { series }, 'ru'));
		expect(ru).toContain('9 опубликованных значений с 22 апреля 2022 года по 7 августа 2024 года.');
		expect(ru).toContain('более 10 000');
		expect(ru).toContain('Пустая точка — нижняя граница');
	});
});

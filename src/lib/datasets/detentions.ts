// The detentions dataset's dimensions, each declared once: its URL key, its column in the cube, where its codes and
// labels come from, how the filter panel offers it, and the charts that break the counts down by it. The filter type,
// the URL parameters, the cube, the GROUPING SETS query, the filter panel and the breakdown charts all derive from
// this list; adding a dimension is adding an entry (README, "How to add a dimension").
import type { MessageKey } from '../i18n/messages';
import type { ChartSpec, FilterControl, ValueSource } from './types';

export type { DimensionValue } from './types';

export interface BreakdownChart extends ChartSpec {
	kind: 'bars' | 'map';
	/** Bars shown before "show all"; every bar when absent. */
	top?: number;
	/** A line under the chart saying how to read it. */
	note?: MessageKey;
	/** The same in an embed, where the chart cannot filter the page it is on. */
	embedNote?: MessageKey;
}

export interface DetentionDimension {
	/** URL parameter and filter field, e.g. ?event=rally. */
	key: string;
	/** Column of the detentions cube. */
	column: string;
	/** The value the cube counts by, in SQL over `detentions d LEFT JOIN articles a ON a.code = d.article`. */
	source: string;
	values: ValueSource;
	filter: FilterControl;
	/** The filter's legend and the key column's heading in tables and downloads. */
	label: MessageKey;
	/** What a row without a value is called (no article recorded…). */
	unknown: MessageKey;
	charts: BreakdownChart[];
}

export const DETENTION_DIMENSIONS = [
	{
		key: 'region', column: 'region', source: 'd.region', filter: 'pick', label: 'table.region', unknown: 'explorer.unknownRegion',
		values: { kind: 'lookup', table: 'regions', labelRu: 'name_ru', labelEn: 'name_en' },
		charts: [
			{ id: 'detentions-by-region-map', kind: 'map', title: 'explorer.byRegionMap', note: 'explorer.mapNote', embedNote: 'explorer.mapNoteEmbed', height: 640 },
			{ id: 'detentions-by-region', kind: 'bars', title: 'explorer.byRegion', top: 15, height: 700 }
		]
	},
	{
		key: 'charge', column: 'charge_type', source: 'a.charge_type', filter: 'checks', label: 'filter.charge', unknown: 'explorer.unknownCharge',
		values: { kind: 'enum', resource: 'articles', field: 'charge_type', messages: 'charge' },
		charts: [{ id: 'detentions-by-charge', kind: 'bars', title: 'explorer.byCharge', note: 'explorer.chargeVsTopic', height: 480 }]
	},
	{
		key: 'event', column: 'event_type', source: 'd.event_type', filter: 'checks', label: 'filter.event', unknown: 'explorer.unknownEvent',
		values: { kind: 'lookup', table: 'event_types', labelRu: 'label_ru', labelEn: 'label_en' },
		charts: [{ id: 'detentions-by-event', kind: 'bars', title: 'explorer.byEvent', height: 640 }]
	},
	{
		key: 'article', column: 'article', source: 'd.article', filter: 'pick', label: 'table.article', unknown: 'explorer.unknownArticle',
		values: { kind: 'articles' },
		charts: [{ id: 'detentions-by-article', kind: 'bars', title: 'explorer.byArticle', height: 560 }]
	},
	{
		key: 'topic', column: 'topic', source: 'd.topic', filter: 'checks', label: 'filter.topic', unknown: 'explorer.unknownTopic',
		values: { kind: 'lookup', table: 'topics', labelRu: 'label_ru', labelEn: 'label_en' },
		charts: [{ id: 'detentions-by-topic', kind: 'bars', title: 'explorer.byTopic', note: 'explorer.chargeVsTopic', height: 560 }]
	},
	{
		key: 'organizer', column: 'organizer', source: 'd.organizer', filter: 'pick', label: 'table.organizer', unknown: 'explorer.unknownOrganizer',
		values: { kind: 'text', field: 'organizer', english: { стихийная: 'spontaneous (no organiser)', стихийный: 'spontaneous (no organiser)' } },
		charts: [{ id: 'detentions-by-organizer', kind: 'bars', title: 'explorer.byOrganizer', top: 15, height: 700 }]
	}
] as const satisfies readonly DetentionDimension[];

/** One dimension of the registry, with its key typed. */
export type Dimension = DetentionDimension & { key: DimensionKey };
export type DimensionKey = (typeof DETENTION_DIMENSIONS)[number]['key'];
export const DIMENSION_KEYS = DETENTION_DIMENSIONS.map((d) => d.key) as DimensionKey[];

/** Something for every dimension, by its key: a filter's lists, a view's breakdowns, a page's values. */
export function byDimension<T>(make: (dimension: Dimension) => T): Record<DimensionKey, T> {
	return Object.fromEntries((DETENTION_DIMENSIONS as readonly Dimension[]).map((d) => [d.key, make(d)])) as Record<DimensionKey, T>;
}

/** The time series, then every breakdown chart in the registry's order: the explorer's charts, top to bottom. */
export const DETENTION_CHARTS: ChartSpec[] = [
	{ id: 'detentions-over-time', title: 'detentions.title', height: 620 },
	...DETENTION_DIMENSIONS.flatMap((d): readonly ChartSpec[] => d.charts)
];

/** The dimension a breakdown chart breaks down by, and the chart. */
export function breakdownChart(id: string): { dimension: Dimension; chart: BreakdownChart } | undefined {
	for (const dimension of DETENTION_DIMENSIONS as readonly Dimension[]) {
		const chart = dimension.charts.find((c) => c.id === id);
		if (chart) return { dimension, chart };
	}
	return undefined;
}

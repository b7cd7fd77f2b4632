// Layout of a period-count time series: scales, a stepped area with gaps, ticks and event markers. Pure; no DOM.
import { area, line, max, scaleLinear, scaleSymlog, scaleUtc, utcDay, utcMonth, utcYear, type ScaleTime } from 'd3';
import { isoDay, parseDay, PERIODS, type Granularity } from '../../time/days';
import { formatCompact, formatDate, formatNumber, type DateStyle } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { CHART_TYPE } from '../../design/tokens';
import { textWidth } from '../../text/width';

export interface SeriesPoint {
	period: string;
	value: number | null;
}

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface TimeSeriesOptions {
	width: number;
	height: number;
	granularity: Granularity;
	locale: Locale;
	events?: { date: string }[];
	margin?: Margin;
	/** A logarithmic value axis lets small later periods be read beside one huge peak; zero stays at the bottom. */
	scale?: ValueScale;
}

export const VALUE_SCALES = ['linear', 'log'] as const;
export type ValueScale = (typeof VALUE_SCALES)[number];

export interface Tick {
	position: number;
	label: string;
}

export interface TimeSeriesLayout {
	width: number;
	height: number;
	margin: Margin;
	innerWidth: number;
	innerHeight: number;
	/** Filled stepped area and its top line; each breaks where a value is missing. */
	areaPath: string;
	linePath: string;
	/** Horizontal spans of periods whose value is missing, drawn as gaps. */
	gaps: { x: number; width: number }[];
	xTicks: Tick[];
	yTicks: Tick[];
	/** Event rules inside the plotted range, numbered from 1 in date order. */
	markers: { x: number; number: number; date: string }[];
	/** One label per cluster of nearby rules, e.g. "1–3", so numbers never overlap. */
	markerLabels: { x: number; label: string }[];
	/** Hit areas per period for tooltips and focus. */
	columns: { x: number; width: number; period: string; value: number | null }[];
}


export const DEFAULT_MARGIN: Margin = { top: 24, right: 16, bottom: 28, left: 48 };

const round = (n: number) => Math.round(n * 10) / 10;

export function timeSeriesLayout(points: SeriesPoint[], options: TimeSeriesOptions): TimeSeriesLayout {
	const margin = options.margin ?? DEFAULT_MARGIN;
	const { width, height, granularity, locale } = options;
	const innerWidth = Math.max(1, width - margin.left - margin.right);
	const innerHeight = Math.max(1, height - margin.top - margin.bottom);
	const interval = PERIODS[granularity];
	const first = points[0] ? parseDay(points[0].period) : utcYear.floor(new Date(0));
	const lastStart = points.at(-1) ? parseDay(points.at(-1)!.period) : first;
	const end = interval.offset(lastStart, 1);

	const x = scaleUtc().domain([first, end]).range([0, innerWidth]);
	const top = Math.max(1, max(points, (p) => p.value) ?? 0);
	const log = options.scale === 'log';
	// symlog is a log scale that also takes zero: months without detentions sit on the axis.
	const y = log ? scaleSymlog().domain([0, 10 ** Math.ceil(Math.log10(top + 1))]).range([innerHeight, 0]) : scaleLinear().domain([0, top]).nice(5).range([innerHeight, 0]);

	// Each period is a flat step from its start to its end; a missing period breaks the line there and only there.
	const steps = points.flatMap((p) => {
		const start = parseDay(p.period);
		return [
			{ date: start, value: p.value },
			{ date: interval.offset(start, 1), value: p.value }
		];
	});
	const defined = (d: { value: number | null }) => d.value !== null;
	const areaPath =
		area<{ date: Date; value: number | null }>()
			.defined(defined)
			.x((d) => round(x(d.date)))
			.y0(innerHeight)
			.y1((d) => round(y(d.value ?? 0)))(steps) ?? '';
	const linePath =
		line<{ date: Date; value: number | null }>()
			.defined(defined)
			.x((d) => round(x(d.date)))
			.y((d) => round(y(d.value ?? 0)))(steps) ?? '';

	const columns = points.map((p) => {
		const start = parseDay(p.period);
		const x0 = x(start);
		return { x: round(x0), width: round(x(interval.offset(start, 1)) - x0), period: p.period, value: p.value };
	});
	const gaps = columns.filter((c) => c.value === null).map((c) => ({ x: c.x, width: c.width }));

	const xTicks = timeTicks(x, first, end, granularity, locale, { left: margin.left, right: innerWidth + margin.right });
	// Counts are whole numbers: a tick at 0.5 would be labelled with a rounded, repeated value.
	const yValues = log ? [0, ...Array.from({ length: Math.log10(y.domain()[1]!) }, (_, i) => 10 ** (i + 1))] : y.ticks(5).filter(Number.isInteger);
	const yTicks = yValues.map((v) => ({
		position: round(y(v)),
		label: v >= 100_000 ? formatCompact(locale, v) : formatNumber(locale, v)
	}));

	const [lo, hi] = [first.getTime(), end.getTime()];
	const markers = (options.events ?? [])
		.filter((e) => parseDay(e.date).getTime() >= lo && parseDay(e.date).getTime() < hi)
		.map((e, i) => ({ x: round(x(parseDay(e.date))), number: i + 1, date: e.date }));

	return { width, height, margin, innerWidth, innerHeight, areaPath, linePath, gaps, xTicks, yTicks, markers, markerLabels: clusterLabels(markers), columns };
}

/** Width of a tick label in the chart's text size, with a little room so that labels never touch. */
export const tickLabelWidth = (label: string) => textWidth(label, CHART_TYPE.text) + 4;
const DAY_MS = 86_400_000;
/** Space between one tick label's end and the next label. */
const LABEL_GAP = 6;

/**
 * Ticks for a time axis: years on ranges of two years or more, months on ranges of two months or more, days on
 * shorter ones, never finer than the series' own periods. A tick whose label would run past either edge of the
 * drawing, or into the label before it, is dropped, so no label is clipped and none overlaps another.
 */
function timeTicks(
	x: ScaleTime<number, number>,
	first: Date,
	end: Date,
	granularity: Granularity,
	locale: Locale,
	room: { left: number; right: number }
): Tick[] {
	const days = (end.getTime() - first.getTime()) / DAY_MS;
	const width = room.right - room.left;
	const unit: 'year' | 'month' | 'day' = granularity === 'year' || days >= 2 * 365 ? 'year' : granularity === 'month' || days >= 62 ? 'month' : 'day';
	const style: DateStyle = unit === 'year' ? 'year' : unit === 'month' ? 'monthShort' : 'dayShort';
	const sample = formatDate(locale, isoDay(first), style);
	const fit = Math.max(1, Math.floor(width / (tickLabelWidth(sample) + 12)));
	const count = unit === 'year' ? Math.ceil(days / 365) : unit === 'month' ? Math.ceil(days / 30.4) : Math.ceil(days);
	const step = Math.max(1, Math.ceil(count / fit));
	const interval = unit === 'year' ? utcYear.every(step) : unit === 'month' ? utcMonth.every(step) : utcDay.every(step);
	const dates = interval ? x.ticks(interval) : [];
	// A range that starts mid-period still gets its start named, when there is room for it.
	if (dates.length === 0 || x(dates[0]!) >= tickLabelWidth(sample) + LABEL_GAP) dates.unshift(first);
	const ticks: Tick[] = [];
	let free = -room.left;
	for (const date of dates) {
		const position = round(x(date));
		const label = formatDate(locale, isoDay(date), style);
		// Labels start at their tick (text-anchor start), so a label needs its own width to the right of it.
		if (position < free || position + tickLabelWidth(label) > room.right) continue;
		ticks.push({ position, label });
		free = position + tickLabelWidth(label) + LABEL_GAP;
	}
	return ticks;
}

/** Width of a key-date label's rounded box, as EventMarkers draws it: its bold number and room at either end. */
export const markerLabelWidth = (label: string) => 8 + textWidth(label, CHART_TYPE.small, true);
const MARKER_GAP = 3;

/**
 * Numbers the key dates' rules, one label per cluster: rules whose labels would touch share one ("1–3"). A merged
 * label is wider, so it may then touch the one before it: merging goes on until no two labels overlap.
 */
export function clusterLabels(markers: { x: number; number: number }[]): { x: number; label: string }[] {
	const clusters: { x: number; first: number; last: number }[] = [];
	const text = (c: { first: number; last: number }) => (c.first === c.last ? `${c.first}` : `${c.first}–${c.last}`);
	const right = (c: { x: number; first: number; last: number }) => c.x + markerLabelWidth(text(c)) / 2;
	for (const m of markers) {
		clusters.push({ x: m.x, first: m.number, last: m.number });
		// Labels are centred on their first rule: merge while this label's left edge meets the previous one's right edge.
		while (clusters.length > 1) {
			const current = clusters.at(-1)!;
			const previous = clusters.at(-2)!;
			if (current.x - markerLabelWidth(text(current)) / 2 >= right(previous) + MARKER_GAP) break;
			previous.last = current.last;
			clusters.pop();
		}
	}
	return clusters.map((c) => ({ x: c.x, label: text(c) }));
}

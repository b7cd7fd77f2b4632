// Layout of a published-figure series: dots at their own irregular dates, a line joining them, value labels where they fit. Pure; no DOM.
import { max, scaleLinear, scaleUtc, utcMonth, utcYear, type ScaleTime } from 'd3';
import { isoDay, parseDay } from '../../time/days';
import { formatCompact, formatDate, formatNumber, type DateStyle } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import type { Credit } from '../../schema/credit';
import { CHART_TYPE } from '../../design/tokens';
import { textWidth } from '../../text/width';
import { tickLabelWidth, type Margin, type Tick } from './timeSeries';

export type Qualifier = 'exact' | 'at_least' | 'more_than' | 'about';

/** One published figure: a value as of a date, with what its source said about it. */
export interface FigurePoint {
	metric: string;
	date: string;
	value: number;
	qualifier: Qualifier;
	sourceTitle: string;
	/** The source's name in Russian, where the data gives one. */
	sourceTitleRu?: string | null;
	sourceDate: string;
	sourceUrl: string | null;
	note: string | null;
	noteRu?: string | null;
}

export interface FigureSeriesOptions {
	width: number;
	height: number;
	locale: Locale;
	margin?: Margin;
}

export interface PlacedFigure {
	x: number;
	y: number;
	date: string;
	value: number;
	qualifier: Qualifier;
	/** Drawn as an open dot: the source gives a lower bound, the true value may be higher. */
	open: boolean;
	/** The value as labelled, with its qualifier sign ("≥267"); null where it would overlap another label. */
	label: string | null;
	labelX: number;
	labelY: number;
	anchor: 'start' | 'middle' | 'end';
}

export interface FigureSeriesLayout {
	width: number;
	height: number;
	margin: Margin;
	innerWidth: number;
	innerHeight: number;
	/** The line through the dots in date order; it forks where several figures share a date. */
	linePath: string;
	points: PlacedFigure[];
	xTicks: Tick[];
	yTicks: Tick[];
	/** Dates with more than one published figure (sources disagree), each drawn. */
	sharedDates: string[];
}

export const FIGURE_SERIES_MARGIN: Margin = { top: 28, right: 20, bottom: 28, left: 52 };

/** Dots sit this far inside the plot's edges, so the first and last are whole and their labels have room. */
const INSET = 10;
const DAY_MS = 86_400_000;
/** Value labels: baseline above the dot, approximate height of the 11 px text, and the gap kept between two labels. */
const LABEL_RISE = 8;
const LABEL_HEIGHT = 11;
const LABEL_GAP = 3;
/** Radius of a figure's dot, which the frame draws; labels keep clear of every dot. */
export const DOT_RADIUS = 3.5;

const round = (n: number) => Math.round(n * 10) / 10;

/** The sign a value label carries for its qualifier: "≥267" (at least), ">20 000" (more than), "≈800" (about). */
export function qualifierSign(qualifier: Qualifier): string {
	return { exact: '', at_least: '≥', more_than: '>', about: '≈' }[qualifier];
}

export const isLowerBound = (qualifier: Qualifier) => qualifier === 'at_least' || qualifier === 'more_than';

export function figureSeriesLayout(figures: FigurePoint[], options: FigureSeriesOptions): FigureSeriesLayout {
	// One series is one metric: figures of different metrics count different things and are never joined.
	const metrics = new Set(figures.map((f) => f.metric));
	if (metrics.size > 1) throw new Error(`a figure series holds one metric; got ${[...metrics].join(', ')}`);
	const margin = options.margin ?? FIGURE_SERIES_MARGIN;
	const { width, height, locale } = options;
	const innerWidth = Math.max(1, width - margin.left - margin.right);
	const innerHeight = Math.max(1, height - margin.top - margin.bottom);
	const sorted = [...figures].sort((a, b) => a.date.localeCompare(b.date) || a.value - b.value);

	const first = sorted[0] ? parseDay(sorted[0].date) : new Date(0);
	const last = sorted.at(-1) ? parseDay(sorted.at(-1)!.date) : first;
	// A single date still gets a span around it, so it sits in the middle rather than on a zero-width axis.
	const [lo, hi] = first.getTime() === last.getTime() ? [new Date(first.getTime() - 182 * DAY_MS), new Date(first.getTime() + 182 * DAY_MS)] : [first, last];
	const x = scaleUtc().domain([lo, hi]).range([Math.min(INSET, innerWidth / 2), Math.max(innerWidth / 2, innerWidth - INSET)]);
	// The axis starts at zero so heights compare as counts do: a rise from 13,300 to 20,000 must not look tenfold.
	const y = scaleLinear()
		.domain([0, Math.max(1, max(sorted, (f) => f.value) ?? 0)])
		.nice(5)
		.range([innerHeight, 0]);

	const placed = sorted.map((f) => ({ f, x: round(x(parseDay(f.date))), y: round(y(f.value)) }));

	// Consecutive dates are joined point to point; a date with several figures joins each of them to its neighbours'.
	const byDate: { date: string; xy: [number, number][] }[] = [];
	for (const p of placed) {
		const group = byDate.at(-1);
		if (group && group.date === p.f.date) group.xy.push([p.x, p.y]);
		else byDate.push({ date: p.f.date, xy: [[p.x, p.y]] });
	}
	const segments = byDate.slice(1).flatMap((group, i) => byDate[i]!.xy.flatMap((from) => group.xy.map((to) => [from, to] as const)));
	let linePath = '';
	let end: readonly [number, number] | null = null;
	for (const [from, to] of segments) {
		linePath += end && end[0] === from[0] && end[1] === from[1] ? `L${to[0]},${to[1]}` : `M${from[0]},${from[1]}L${to[0]},${to[1]}`;
		end = to;
	}

	const labels = placeLabels(placed.map((p) => ({ x: p.x, y: p.y, text: qualifierSign(p.f.qualifier) + formatNumber(locale, p.f.value) })), { innerWidth, innerHeight, margin });
	const points: PlacedFigure[] = placed.map((p, i) => ({
		x: p.x,
		y: p.y,
		date: p.f.date,
		value: p.f.value,
		qualifier: p.f.qualifier,
		open: isLowerBound(p.f.qualifier),
		...labels[i]!
	}));

	// Counts are whole numbers: a tick at 0.5 would repeat a rounded label.
	const yTicks = y.ticks(5).filter(Number.isInteger).map((v) => ({
		position: round(y(v)),
		label: v >= 100_000 ? formatCompact(locale, v) : formatNumber(locale, v)
	}));
	const xTicks = dateTicks(x, lo, hi, locale, { left: -margin.left, right: innerWidth + margin.right });

	return { width, height, margin, innerWidth, innerHeight, linePath, points, xTicks, yTicks, sharedDates: byDate.filter((g) => g.xy.length > 1).map((g) => g.date) };
}

type LabelPlace = Pick<PlacedFigure, 'label' | 'labelX' | 'labelY' | 'anchor'>;

/**
 * Puts each value label beside its dot, above it unless the line rises on both sides of the dot (then below, out of
 * the line's way), trying the other side when the first would leave the drawing, cover a dot or touch a label already
 * placed; a label that fits nowhere is left out (the data table has every value). The latest figure is placed first,
 * then the earliest, then the others from the latest back: the ends of a series are what a reader looks for.
 */
function placeLabels(dots: { x: number; y: number; text: string }[], room: { innerWidth: number; innerHeight: number; margin: Margin }): LabelPlace[] {
	const result: LabelPlace[] = dots.map((d) => ({ label: null, labelX: d.x, labelY: d.y - LABEL_RISE, anchor: 'middle' }));
	type Box = { x0: number; x1: number; y0: number; y1: number };
	const touches = (a: Box, b: Box, gap: number) => a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
	const dotBoxes: Box[] = dots.map((d) => ({ x0: d.x - DOT_RADIUS, x1: d.x + DOT_RADIUS, y0: d.y - DOT_RADIUS, y1: d.y + DOT_RADIUS }));
	const placed: Box[] = [];
	const n = dots.length;
	const order = n < 2 ? dots.map((_, i) => i) : [n - 1, 0, ...Array.from({ length: n - 2 }, (_, i) => n - 2 - i)];
	for (const i of order) {
		const dot = dots[i]!;
		const w = textWidth(dot.text, CHART_TYPE.small);
		// Near an edge the label turns to start or end at its dot, so it stays inside the drawing.
		let anchor: LabelPlace['anchor'] = 'middle';
		let x0 = dot.x - w / 2;
		if (x0 < -room.margin.left) [anchor, x0] = ['start', dot.x - 4];
		else if (dot.x + w / 2 > room.innerWidth + room.margin.right) [anchor, x0] = ['end', dot.x + 4 - w];
		// Screen y grows downwards: a neighbour "above" has a smaller y.
		const neighbours = [dots[i - 1], dots[i + 1]].filter((d) => d !== undefined);
		const valley = neighbours.length > 0 && neighbours.every((d) => d.y < dot.y);
		const above = dot.y - LABEL_RISE;
		const below = dot.y + LABEL_RISE + LABEL_HEIGHT;
		for (const baseline of valley ? [below, above] : [above, below]) {
			const box = { x0, x1: x0 + w, y0: baseline - LABEL_HEIGHT, y1: baseline };
			// Below stays clear of the time axis; above stays inside the top margin.
			if (box.y0 < -room.margin.top || box.y1 > room.innerHeight - 2) continue;
			if (dotBoxes.some((b, j) => j !== i && touches(box, b, 1)) || placed.some((b) => touches(box, b, LABEL_GAP))) continue;
			placed.push(box);
			result[i] = { label: dot.text, labelX: anchor === 'start' ? dot.x - 4 : anchor === 'end' ? dot.x + 4 : dot.x, labelY: round(baseline), anchor };
			break;
		}
	}
	return result;
}

/**
 * Ticks for the dates of a series: years on spans of two years or more, else months, as many as fit. A tick whose
 * label would run past the drawing's right edge or into the label before it is dropped.
 */
function dateTicks(x: ScaleTime<number, number>, lo: Date, hi: Date, locale: Locale, room: { left: number; right: number }): Tick[] {
	const days = (hi.getTime() - lo.getTime()) / DAY_MS;
	const unit: 'year' | 'month' = days >= 2 * 365 ? 'year' : 'month';
	const style: DateStyle = unit === 'year' ? 'year' : 'monthShort';
	const sample = formatDate(locale, isoDay(lo), style);
	const fit = Math.max(1, Math.floor((room.right - room.left) / (tickLabelWidth(sample) + 12)));
	const count = unit === 'year' ? Math.ceil(days / 365) : Math.ceil(days / 30.4);
	const step = Math.max(1, Math.ceil(count / fit));
	const interval = unit === 'year' ? utcYear.every(step) : utcMonth.every(step);
	const dates = interval ? x.ticks(interval) : [];
	// A series that starts mid-year still gets its first year (or month) named, when there is room before the next tick.
	if (dates.length === 0 || x(dates[0]!) - x(lo) >= tickLabelWidth(sample) + 6) dates.unshift(lo);
	const ticks: Tick[] = [];
	let free = room.left;
	for (const date of dates) {
		const position = round(x(date));
		const label = formatDate(locale, isoDay(date), style);
		if (position < free || position + tickLabelWidth(label) > room.right) continue;
		ticks.push({ position, label });
		free = position + tickLabelWidth(label) + 6;
	}
	return ticks;
}

/**
 * Who published the figures, for the chart's credit line: each source title once, in the order of its first figure,
 * linked to its latest figure's page where one is known. The sources are others' publications, so no licence is claimed.
 */
export function figureSeriesCredit(figures: FigurePoint[]): Credit {
	const sources = new Map<string, { title: string; title_ru?: string; path?: string }>();
	for (const f of [...figures].sort((a, b) => a.date.localeCompare(b.date))) {
		const source = sources.get(f.sourceTitle) ?? { title: f.sourceTitle };
		// Its Russian name, for Russian pages (schema/credit.ts sourceTitle), where any of its figures gives one.
		if (f.sourceTitleRu) source.title_ru = f.sourceTitleRu;
		if (f.sourceUrl) source.path = f.sourceUrl;
		sources.set(f.sourceTitle, source);
	}
	return { sources: [...sources.values()], licenses: [] };
}

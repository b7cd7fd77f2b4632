// Layout of a tile-grid map: one square per region at its grid position, coloured by a class of its count, named as
// far as the name fits (regionLabels.ts). Pure; no DOM.
import { max } from 'd3';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { CHART_TYPE } from '../../design/tokens';
import { tileLabels } from './regionLabels';

export interface TileInput {
	code: string;
	col: number;
	row: number;
	/** The region's name in the page's language. */
	name: string;
	/** Marks a region drawn with a dashed outline (occupied territories). */
	outlined: boolean;
	/** A count (a whole number); null when nobody knows it, which is never drawn as zero. */
	value: number | null;
}

export interface Tile extends TileInput {
	x: number;
	y: number;
	/** 0 for a zero count, 1… for the classes of `TileMapLayout.classes`, null for an unknown count. */
	colourClass: number | null;
	/** The name shortened to fit the tile at the label font size; '' when not even three letters fit. */
	label: string;
	valueLabel: string;
}

/** A class of counts, from and to inclusive. */
export interface ValueClass {
	from: number;
	to: number;
}

export interface TileMapLayout {
	width: number;
	height: number;
	/** Side of a tile, without the gap between tiles. */
	size: number;
	tiles: Tile[];
	classes: ValueClass[];
	/** Font size of the tile labels in px, the size their widths were estimated at. */
	fontSize: number;
	maxValue: number;
}

const GAP = 2;
/** Label font size in px, on tiles of every size. */
const LABEL_FONT_SIZE = CHART_TYPE.tileLabel;
/** Room left free at each side of a label, so that no letter touches the tile's edge. */
const LABEL_PADDING = 1;
const CLASS_COUNT = 5;

export function tileMapLayout(inputs: TileInput[], options: { width: number; locale: Locale }): TileMapLayout {
	const cols = (max(inputs, (t) => t.col) ?? 0) + 1;
	const rows = (max(inputs, (t) => t.row) ?? 0) + 1;
	const step = Math.max(8, Math.floor(options.width / cols));
	const size = step - GAP;
	const classes = valueClasses(inputs.map((t) => t.value));
	const labels = tileLabels(inputs.map((t) => t.name), size - 2 * LABEL_PADDING, LABEL_FONT_SIZE);
	const tiles = inputs.map((t, i) => ({
		...t,
		x: t.col * step,
		y: t.row * step,
		colourClass: classOf(t.value, classes),
		label: labels[i]!,
		valueLabel: t.value === null ? '—' : formatNumber(options.locale, t.value)
	}));
	return { width: cols * step, height: rows * step, size, tiles, classes, fontSize: LABEL_FONT_SIZE, maxValue: max(inputs, (t) => t.value) ?? 0 };
}

// ---- Classes ----------------------------------------------------------------------------------------------------

/**
 * Up to `count` classes holding about as many regions each (quantiles of the non-zero counts): with counts as
 * skewed as detentions (two cities with thousands, most regions with tens), a continuous scale leaves every region
 * but the two cities the same pale shade, while quantiles give the middle of the distribution classes of its own.
 * Zero is not a class: it is drawn apart, as is an unknown count.
 */
export function valueClasses(values: (number | null)[], count = CLASS_COUNT): ValueClass[] {
	const sorted = values.filter((v): v is number => v !== null && v > 0).sort((a, b) => a - b);
	if (sorted.length === 0) return [];
	const k = Math.min(count, new Set(sorted).size);
	// Counts start at 1, so the first class does too: "1–12" reads better than "7–12" when 1 to 6 simply did not occur.
	const starts = [Math.min(1, sorted[0]!)];
	for (let i = 1; i < k; i++) {
		const quantile = sorted[Math.floor((i * sorted.length) / k)]!;
		const previous = starts.at(-1)!;
		const rounded = roundedDown(quantile);
		// A rounder break is easier to read, but never at the price of an empty class.
		const start = rounded > previous ? rounded : quantile;
		if (start > previous) starts.push(start);
	}
	const top = sorted.at(-1)!;
	return starts.map((from, i) => ({ from, to: i + 1 < starts.length ? starts[i + 1]! - 1 : top }));
}

/** 1,234 → 1,200; 187 → 180; counts under 100 stay as they are. */
function roundedDown(value: number): number {
	if (value < 100) return value;
	const unit = 10 ** (Math.floor(Math.log10(value)) - 1);
	return Math.floor(value / unit) * unit;
}

export function classOf(value: number | null, classes: ValueClass[]): number | null {
	if (value === null) return null;
	if (value <= 0 || classes.length === 0) return 0;
	let index = 0;
	classes.forEach((c, i) => {
		if (value >= c.from) index = i;
	});
	return index + 1;
}

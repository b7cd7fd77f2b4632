// Layout of a tile-grid map: one square per region at its grid position, coloured by a class of its count, named as
// far as the name fits (regionLabels.ts). Where the whole grid would leave tiles too small to name or to tap (a
// phone), its eastern half is drawn under the western one. Pure; no DOM.
import { max } from 'd3';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { CHART_TYPE } from '../../design/tokens';
import { MIN_LABEL_ROOM, tileLabels } from './regionLabels';

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

/** `col` and `row` are where the tile is drawn (the arrow keys follow them), which on a folded map is not the grid's. */
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
	/** Where the eastern half, drawn under the western one on narrow screens, begins; null when the grid is whole. */
	foldY: number | null;
}

const GAP = 2;
/** Label font size in px, on tiles of every size. */
const LABEL_FONT_SIZE = CHART_TYPE.tileLabel;
/** Room left free at each side of a label, so that no letter touches the tile's edge. */
const LABEL_PADDING = 1;
const CLASS_COUNT = 5;
/**
 * The smallest distance between tiles the whole grid is drawn at: a tile of 25 px holds a name of three letters and
 * is a touch target of more than 24 px. Narrower, the grid folds (`foldedGrid`).
 */
export const MIN_STEP = Math.ceil(MIN_LABEL_ROOM * LABEL_FONT_SIZE) + 2 * LABEL_PADDING + GAP;

const columnCount = (inputs: { col: number }[]) => (max(inputs, (t) => t.col) ?? 0) + 1;
const rowCount = (inputs: { row: number }[]) => (max(inputs, (t) => t.row) ?? 0) + 1;

/**
 * The grid cut between its middle columns, the eastern half moved under the western one after an empty row: half
 * as wide, so tiles are twice the size and named, where the whole of Russia would leave them 19 px and blank at
 * 390 px. Each half keeps its own shape, and names on the tiles say where they are.
 */
export function foldedGrid<T extends { col: number; row: number }>(inputs: T[]): { tiles: T[]; foldRow: number } {
	const cut = Math.ceil(columnCount(inputs) / 2);
	const westRows = rowCount(inputs.filter((t) => t.col < cut));
	return { tiles: inputs.map((t) => (t.col < cut ? t : { ...t, col: t.col - cut, row: t.row + westRows + 1 })), foldRow: westRows };
}

export function tileMapLayout(inputs: TileInput[], options: { width: number; locale: Locale }): TileMapLayout {
	const folded = inputs.length > 1 && Math.floor(options.width / columnCount(inputs)) < MIN_STEP;
	const fold = folded ? foldedGrid(inputs) : null;
	const placed = fold?.tiles ?? inputs;
	const cols = columnCount(placed);
	const rows = rowCount(placed);
	const step = Math.max(8, Math.floor(options.width / cols));
	const size = step - GAP;
	const classes = valueClasses(inputs.map((t) => t.value));
	const labels = tileLabels(inputs.map((t) => t.name), size - 2 * LABEL_PADDING, LABEL_FONT_SIZE);
	const tiles = placed.map((t, i) => ({
		...t,
		x: t.col * step,
		y: t.row * step,
		colourClass: classOf(t.value, classes),
		label: labels[i]!,
		valueLabel: t.value === null ? '—' : formatNumber(options.locale, t.value)
	}));
	return { width: cols * step, height: rows * step, size, tiles, classes, fontSize: LABEL_FONT_SIZE, maxValue: max(inputs, (t) => t.value) ?? 0, foldY: fold ? fold.foldRow * step : null };
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

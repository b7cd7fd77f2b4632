// Layout of a tile-grid map: one square per region at its grid position, coloured by class, named as far as it fits. Pure; no DOM.
import { max } from 'd3';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';

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
/** Label font size in px: that of the site's other small chart text, on tiles of every size. */
const LABEL_FONT_SIZE = 10;
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

// ---- Labels -----------------------------------------------------------------------------------------------------

// Advance widths in em, rounded up to the next 0.05 from the wider of DejaVu Sans (what system-ui is on most Linux
// desktops) and Liberation Sans (Arial's metrics): an estimate that errs wide, so a label never spills out of its
// tile with any of the usual system fonts (measured on DejaVu Sans at 10 px, a label fills at most its tile).
const CHAR_WIDTHS: [number, string][] = [
	[0.3, "ijlI'"],
	[0.35, 'f .,'],
	[0.4, 't-()'],
	[0.45, 'r'],
	[0.5, 'J'],
	[0.55, 'cszгзсэ'],
	[0.6, 'kvxyLвктухчья–'],
	[0.65, 'abdeghnopquFTабеёийлнопрГЗТУ0123456789'],
	[0.7, 'ABEKPSVXYZдцАБВЕЁРХЧЬ'],
	[0.75, 'CHNRUмъИЙКЛНПСЭЯ'],
	[0.8, 'DGOQыДОЦ'],
	[0.85, 'wфюЪ'],
	[0.9, 'MжМФЫ'],
	[0.95, 'шщ'],
	[1, 'mW—'],
	[1.1, 'ЖШЩЮ']
];
const WIDTH_OF = new Map(CHAR_WIDTHS.flatMap(([width, chars]) => [...chars].map((c) => [c, width] as const)));
const UNKNOWN_CHAR_WIDTH = 0.75;

/** Estimated width in px of a text set in the site's sans-serif at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const c of text) em += WIDTH_OF.get(c) ?? UNKNOWN_CHAR_WIDTH;
	return em * fontSize;
}

// Words that say what kind of region it is, not which: they are the first to go. Longer phrases come first so that
// "Autonomous Oblast" goes as a whole. Each keeps a short form for the few names that need it to stay apart
// ("Altai Rep." and "Altai Kr.").
const KIND_WORDS: [RegExp, string][] = (
	[
		['autonomous okrug', 'AO'],
		['autonomous oblast', 'AO'],
		['oblast', 'Obl.'],
		['krai', 'Kr.'],
		['republic', 'Rep.'],
		['автономный округ', 'АО'],
		['автономная область', 'АО'],
		['область', 'обл.'],
		['край', 'кр.'],
		['республика', 'Респ.']
	] as const
).map(([words, short]) => [new RegExp(`(^|\\s)${words}(?=\\s|$)`, 'iu'), short]);

/** Leading words with a customary short form; any other leading word is cut to its initial. */
const LEADING_WORDS: Record<string, string> = { Saint: 'St' };
/** Customary abbreviations, the last resort before no label at all. */
const CUSTOMARY: Record<string, string> = { 'Санкт-Петербург': 'СПб' };

const VOWELS = new Set('aeiouyAEIOUYаеёиоуыэюяАЕЁИОУЫЭЮЯ');
// A soft or hard sign ends no abbreviation: «Тул.», not «Туль.».
const SIGNS = new Set('ьъЬЪ');
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
/** A letter sounding as a consonant: "y" before a vowel is one ("Bryansk"), elsewhere not ("Chechnya"). */
const isConsonant = (text: string, i: number) => {
	const c = text[i];
	if (!isLetter(c) || SIGNS.has(c!)) return false;
	if (c === 'y' || c === 'Y') return VOWELS.has(text[i + 1] ?? '');
	return !VOWELS.has(c!);
};
/** A word may be cut after a consonant and before another letter: «Татар.», «Тул.», "Sverdl.". */
const isCut = (text: string, at: number) => isConsonant(text, at - 1) && isLetter(text[at]);
/** A cut inside "ch", "kh", "sh" or "zh" reads worse ("Chec." for "Chech."): tried only when no other cut fits. */
const splitsDigraph = (text: string, at: number) => text[at] === 'h' && 'cksz'.includes((text[at - 1] ?? '').toLowerCase());
const letterCount = (text: string) => [...text].filter((c) => isLetter(c)).length;
/** Fewer letters than this say nothing a reader can recognise: the tile then shows no text. */
const MIN_LETTERS = 3;
/** Room for three average letters and a full stop, in em: on tiles narrower than this (phones) no tile is named, as
 * the odd short name that fits ("Irk.") would look like a code among blank tiles. */
const MIN_LABEL_ROOM = 2.3;

/** The name without the kind of region, a second name after a dash, or a note in brackets: "Kemerovo Oblast – Kuzbass" → "Kemerovo". */
export function regionStem(name: string): string {
	let stem = name.replace(/\s*\([^)]*\)/gu, '').replace(/\s*[—–].*$/u, '');
	for (const [pattern] of KIND_WORDS) stem = stem.replace(pattern, '$1');
	stem = stem.replace(/\s+/gu, ' ').trim();
	return stem || name;
}

function kindShort(name: string): string | undefined {
	return KIND_WORDS.find(([pattern]) => pattern.test(name))?.[1];
}

/** "Nizhny Novgorod" → "N. Novgorod", "Saint Petersburg" → "St Petersburg", «Санкт-Петербург» → «С.-Петербург». */
function compacted(stem: string): string {
	if (stem.startsWith('Санкт-')) return `С.-${stem.slice('Санкт-'.length)}`;
	const words = stem.split(' ');
	// A short last word ("Mari El") would be left alone, unrecognisable.
	if (words.length < 2 || letterCount(words.at(-1)!) < 4) return stem;
	return [...words.slice(0, -1).map((w) => LEADING_WORDS[w] ?? `${w[0]}.`), words.at(-1)!].join(' ');
}

/** Every cut of the last word of `text` that keeps enough letters, longest first: "Tatarstan" → "Tatarst.", "Tatar.", "Tat.". */
function truncations(text: string): string[] {
	const firstCut = text.lastIndexOf(' ') + 1;
	const cuts: string[] = [];
	const digraphCuts: string[] = [];
	for (let at = text.length - 1; at > firstCut; at--) {
		const kept = text.slice(0, at);
		if (!isCut(text, at) || letterCount(kept) < MIN_LETTERS || kept.length + 1 >= text.length) continue;
		(splitsDigraph(text, at) ? digraphCuts : cuts).push(`${kept}.`);
	}
	return [...cuts, ...digraphCuts];
}

/**
 * Cuts of the first word of a name of several, tried last: with the words after it when they are short
 * («Марий Эл» → «Мар. Эл»), alone otherwise ("Nizhny Novgorod" → "Nizh.").
 */
function leadingTruncations(stem: string): string[] {
	const space = stem.indexOf(' ');
	if (space === -1) return [];
	const rest = letterCount(stem.slice(stem.lastIndexOf(' ') + 1)) < 4 ? stem.slice(space) : '';
	return truncations(stem.slice(0, space)).map((first) => first + rest);
}

/** The forms a name may take on a tile, from its stem to the shortest form that still says which region it is. */
export function nameForms(name: string): string[] {
	const stem = regionStem(name);
	const compact = compacted(stem);
	// The whole name comes only where it is no longer than its stem: "Tula Oblast" beside "Ryazan" would read unevenly.
	const forms = [stem, compact, ...truncations(compact), ...leadingTruncations(stem), ...(CUSTOMARY[stem] ? [CUSTOMARY[stem]] : [])];
	return [...new Set(forms)];
}

/** The same, keeping the kind of region in a short form, for names that would otherwise read alike. */
function qualifiedForms(name: string): string[] {
	const short = kindShort(name);
	if (!short) return [];
	const stem = compacted(regionStem(name));
	return [name, ...[stem, ...truncations(stem)].map((s) => `${s} ${short}`)];
}

function firstFitting(forms: string[], width: number, fontSize: number): string {
	return forms.find((f) => textWidth(f, fontSize) <= width) ?? '';
}

/**
 * A label per name: the longest form that fits `width` px at `fontSize`. Two regions are never given the same
 * label: the one whose name has a kind word keeps it in short ("Moscow" and "Mosc. Obl."), and a label still shared
 * is left out (its tile keeps its tooltip).
 */
export function tileLabels(names: string[], width: number, fontSize: number): string[] {
	if (width < MIN_LABEL_ROOM * fontSize) return names.map(() => '');
	const labels = names.map((name) => firstFitting(nameForms(name), width, fontSize));
	for (const pass of ['qualify', 'drop'] as const) {
		const seen = new Map<string, number[]>();
		labels.forEach((label, i) => label && seen.set(label, [...(seen.get(label) ?? []), i]));
		for (const indices of seen.values()) {
			if (indices.length < 2) continue;
			for (const i of indices) {
				if (pass === 'drop') labels[i] = '';
				else if (kindShort(names[i]!)) labels[i] = firstFitting(qualifiedForms(names[i]!), width, fontSize);
			}
		}
	}
	return labels;
}

// ---- Interaction ------------------------------------------------------------------------------------------------

/** Tiles in reading order: by row, then by column. */
export function readingOrder<T extends { col: number; row: number }>(tiles: T[]): T[] {
	return [...tiles].sort((a, b) => a.row - b.row || a.col - b.col);
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The tile an arrow key moves to: the nearest in that direction within a quarter-turn cone, a step aside costing
 * twice a step ahead, so that the next tile in the same row or column wins over a diagonal one. Null at the edge.
 */
export function neighbourTile<T extends { code: string; col: number; row: number }>(tiles: T[], from: string, direction: Direction): T | null {
	const start = tiles.find((t) => t.code === from);
	if (!start) return null;
	let best: T | null = null;
	let bestCost = Infinity;
	for (const t of tiles) {
		const dx = t.col - start.col;
		const dy = t.row - start.row;
		const ahead = { left: -dx, right: dx, up: -dy, down: dy }[direction];
		const aside = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
		if (ahead <= 0 || aside > ahead) continue;
		const cost = ahead + 2 * aside;
		if (cost < bestCost) {
			best = t;
			bestCost = cost;
		}
	}
	return best;
}

/**
 * Where a tooltip of `box` size goes, in px of the drawing (`chart`): centred above the tile, below it on the top
 * row, and slid sideways so that it never runs off either edge. `scale` turns layout units into px.
 */
export function tooltipPlacement(
	tile: { x: number; y: number },
	size: number,
	scale: number,
	box: { width: number; height: number },
	chart: { width: number; height: number },
	gap = 4
): { left: number; top: number } {
	const centre = (tile.x + size / 2) * scale;
	const left = Math.max(0, Math.min(centre - box.width / 2, chart.width - box.width));
	const above = tile.y * scale - gap - box.height;
	const below = (tile.y + size) * scale + gap;
	const top = above >= 0 ? above : Math.max(0, Math.min(below, chart.height - box.height));
	return { left, top };
}

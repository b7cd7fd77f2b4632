// Layout of a tile-grid map: one square per region at its grid position, shaded by value. Pure; no DOM.
import { max, scaleSqrt } from 'd3';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';

export interface TileInput {
	code: string;
	col: number;
	row: number;
	name: string;
	/** Marks a region drawn with a dashed outline (occupied territories). */
	outlined: boolean;
	value: number | null;
}

export interface Tile extends TileInput {
	x: number;
	y: number;
	/** Opacity of the fill, from the square-root scale: area reads as value. */
	shade: number;
	/** Short label drawn on the tile. */
	abbr: string;
	/** The tile is dark enough that its label needs the light text colour. */
	dark: boolean;
	valueLabel: string;
}

export interface TileMapLayout {
	width: number;
	height: number;
	size: number;
	tiles: Tile[];
	maxValue: number;
}

const GAP = 2;

export function tileMapLayout(inputs: TileInput[], options: { width: number; locale: Locale }): TileMapLayout {
	const cols = (max(inputs, (t) => t.col) ?? 0) + 1;
	const rows = (max(inputs, (t) => t.row) ?? 0) + 1;
	const size = Math.max(8, Math.floor(options.width / cols));
	const maxValue = max(inputs, (t) => t.value) ?? 0;
	const shade = scaleSqrt().domain([0, Math.max(1, maxValue)]).range([0, 1]);
	const tiles = inputs.map((t) => {
		const s = t.value === null || t.value === 0 ? 0 : Math.round((0.12 + 0.88 * shade(t.value)) * 100) / 100;
		return {
			...t,
			x: t.col * size,
			y: t.row * size,
			shade: s,
			abbr: t.code.replace(/^RU-/, '').replace(/^UA-/, 'UA'),
			dark: s > 0.55,
			valueLabel: t.value === null ? '—' : formatNumber(options.locale, t.value)
		};
	});
	return { width: cols * size, height: rows * size, size: size - GAP, tiles, maxValue };
}

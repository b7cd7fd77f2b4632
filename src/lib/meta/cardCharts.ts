// The charts a link-preview card draws, from the same layout functions as the site's charts (charts/scales/): a
// monthly series as an area, ranked bars, the tile map, a series of published figures as dots. Each is laid out at
// the size of a chart on the page and scaled up, so its 11 px axis text reads at about 19 px on the card. Pure SVG text.
import type { BreakdownItem } from '../charts/scales/breakdown';
import { breakdownLayout } from '../charts/scales/breakdown';
import { DOT_RADIUS, figureSeriesLayout, isLowerBound, type FigurePoint } from '../charts/scales/figureSeries';
import { tileMapLayout, type TileInput } from '../charts/scales/tileMap';
import { timeSeriesLayout, type SeriesPoint, type Tick } from '../charts/scales/timeSeries';
import type { Locale } from '../i18n/locales';
import { COLOURS, type Box } from './cardFrame';
import { escapeXml, round, textLines } from './svgText';

/** How much larger than on the page a chart is drawn on a card. */
const SCALE = 1.75;
const AXIS_TEXT = `font-size="11" fill="${COLOURS.muted}"`;

/** The page's margins, less room at the top: a card labels no dot and no key date above the plot. */
const MARGIN = { top: 8, right: 16, bottom: 28, left: 48 };

const scaled = (box: Box, inner: string, scale = SCALE) => `<g transform="translate(${round(box.x)},${round(box.y)}) scale(${scale})">${inner}</g>`;

function axes(xTicks: Tick[], yTicks: Tick[], innerWidth: number, innerHeight: number): string {
	const y = yTicks
		.map((t) => `<line x2="${innerWidth}" y1="${t.position}" y2="${t.position}" stroke="${COLOURS.grid}"/><text x="-6" y="${t.position}" dy="0.32em" text-anchor="end" ${AXIS_TEXT}>${escapeXml(t.label)}</text>`)
		.join('');
	const x = xTicks
		.map((t) => `<line x1="${t.position}" x2="${t.position}" y1="${innerHeight}" y2="${innerHeight + 5}" stroke="${COLOURS.muted}"/><text x="${t.position}" dx="2" y="${innerHeight + 18}" ${AXIS_TEXT}>${escapeXml(t.label)}</text>`)
		.join('');
	return `${y}<line x2="${innerWidth}" y1="${innerHeight}" y2="${innerHeight}" stroke="${COLOURS.muted}"/>${x}`;
}

/** A monthly (or any period's) series as a stepped area, gaps left as gaps. */
export function seriesChart(points: SeriesPoint[], box: Box, locale: Locale): string {
	const layout = timeSeriesLayout(points, { width: box.width / SCALE, height: box.height / SCALE, granularity: 'month', locale, margin: MARGIN });
	const { margin, innerWidth, innerHeight } = layout;
	const gaps = layout.gaps.map((g) => `<rect x="${g.x}" width="${g.width}" height="${innerHeight}" fill="${COLOURS.grid}"/>`).join('');
	const inner =
		`<g transform="translate(${margin.left},${margin.top})">${gaps}${axes(layout.xTicks, layout.yTicks, innerWidth, innerHeight)}` +
		`<path d="${layout.areaPath}" fill="${COLOURS.accent}" fill-opacity="0.2"/><path d="${layout.linePath}" fill="none" stroke="${COLOURS.accent}" stroke-width="1.5"/></g>`;
	return scaled(box, inner);
}

/** The largest values as ranked bars, label above each bar, as many rows as the box holds. */
export function barsChart(items: BreakdownItem[], box: Box, locale: Locale): string {
	const scale = 1.6;
	const layout = breakdownLayout(items, { width: box.width / scale, locale });
	const room = box.height / scale;
	const rows = layout.rows.filter((r) => r.y + r.height - 6 <= room);
	const inner = rows
		.map(
			(r) =>
				`<g transform="translate(0,${r.y})">${textLines(r.lines, 0, 12, 16, { size: 13, fill: COLOURS.fg })}` +
				`<rect y="${r.barY}" width="${Math.max(r.barWidth, r.value ? 1 : 0)}" height="12" fill="${COLOURS.accent}"/>` +
				`<text x="${r.valueX}" y="${r.barY + 10.5}" ${AXIS_TEXT}>${escapeXml(r.valueLabel)}</text></g>`
		)
		.join('');
	return scaled(box, inner, scale);
}

/** The map's light-to-dark classes, as on the page's light theme (TileMap.svelte). */
const MAP_CLASSES = ['#f5f5f4', '#fcbba1', '#fc9272', '#fb6a4a', '#cb181d', '#67000d'];
const MAP_INK = ['#1a1a1a', '#1a1a1a', '#1a1a1a', '#1a1a1a', '#ffffff', '#ffffff'];

/** The tile-grid map, as large as the box holds, each region coloured by its class and named where it fits. */
export function tileMapChart(tiles: TileInput[], box: Box, locale: Locale): string {
	// Laid out at the page's size, then scaled to fill the box's height (or width) with labels at about 16 px.
	const base = tileMapLayout(tiles, { width: 640, locale });
	const scale = Math.min(box.width / base.width, box.height / base.height);
	const left = box.x + (box.width - base.width * scale) / 2;
	const inner = base.tiles
		.map((t) => {
			const fill = t.colourClass === null ? COLOURS.rule : MAP_CLASSES[t.colourClass]!;
			const ink = t.colourClass === null ? COLOURS.fg : MAP_INK[t.colourClass]!;
			const outline = t.outlined ? ` stroke="${COLOURS.fg}" stroke-dasharray="2 1.5" stroke-width="0.8"` : '';
			const label = t.label ? `<text x="${base.size / 2}" y="${base.size / 2}" dy="0.35em" text-anchor="middle" font-size="${base.fontSize}" fill="${ink}">${escapeXml(t.label)}</text>` : '';
			return `<g transform="translate(${t.x},${t.y})"><rect width="${base.size}" height="${base.size}" rx="2" fill="${fill}"${outline}/>${label}</g>`;
		})
		.join('');
	return scaled({ ...box, x: left }, inner, scale);
}

/** A series of published figures: a dot for each (open for a lower bound), a line joining them in date order. */
export function figureChart(figures: FigurePoint[], box: Box, locale: Locale): string {
	const layout = figureSeriesLayout(figures, { width: box.width / SCALE, height: box.height / SCALE, locale, margin: { ...MARGIN, left: 52, right: 20 } });
	const { margin, innerWidth, innerHeight } = layout;
	const dots = layout.points
		.map((p) => {
			const open = isLowerBound(p.qualifier);
			return `<circle cx="${p.x}" cy="${p.y}" r="${DOT_RADIUS}" fill="${open ? COLOURS.background : COLOURS.accent}" stroke="${COLOURS.accent}" stroke-width="1.5"/>`;
		})
		.join('');
	const inner =
		`<g transform="translate(${margin.left},${margin.top})">${axes(layout.xTicks, layout.yTicks, innerWidth, innerHeight)}` +
		`<path d="${layout.linePath}" fill="none" stroke="${COLOURS.accent}" stroke-width="1.5"/>${dots}</g>`;
	return scaled(box, inner);
}

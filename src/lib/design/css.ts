// Style rules written from the design tokens, for the two places that draw: the site's stylesheet (custom properties,
// so a page follows the reader's colour scheme or an embed's ?theme) and the link-preview cards (plain values of the
// light palette, as resvg reads them). Chart marks are styled by CHART_RULES in both, so a card's chart is drawn in
// the very colours, widths and sizes of the page's.
import { CHART_TYPE, PALETTES, type Palette, type Token } from './tokens.js';

/** selector → property → value; a value `$name` is the token `name`. */
export type Rules = Record<string, Record<string, string>>;

/** The custom property of a token: seriesFill → --series-fill, mapInk1 → --map-ink-1. */
export const customProperty = (token: Token) => `--${token.replace(/([a-z])([A-Z0-9])/g, '$1-$2').toLowerCase()}`;

/** Rules as CSS text, each `$token` replaced by the palette's value, or by its custom property when there is none. */
export function cssText(rules: Rules, palette: Palette | null): string {
	const value = (v: string) => v.replace(/\$([a-zA-Z0-9]+)/g, (_, token: Token) => (palette ? palette[token] : `var(${customProperty(token)})`));
	return Object.entries(rules)
		.map(([selector, declarations]) => `${selector}{${Object.entries(declarations).map(([p, v]) => `${p}:${value(v)}`).join(';')}}`)
		.join('\n');
}

/** How the marks of every chart are drawn (charts/marks, charts/plots): on pages, in embeds and on cards. */
export const CHART_RULES: Rules = {
	'.drawing svg': { 'font-size': `${CHART_TYPE.text}px` },
	'.drawing text': { fill: '$muted' },
	'.axis .baseline, .axis .tick': { stroke: '$muted' },
	'.axis .grid': { stroke: '$grid' },
	'.series-area': { fill: '$seriesFill' },
	'.series-line': { stroke: '$series', 'stroke-width': '1.5', fill: 'none' },
	'.gap-hatch': { stroke: '$muted', 'stroke-width': '1.5' },
	'.event-rule': { stroke: '$fg', 'stroke-dasharray': '2 3', opacity: '0.6' },
	'.event-label-box': { fill: '$fg' },
	'.drawing .event-number': { fill: '$bg', 'font-size': `${CHART_TYPE.small}px`, 'font-weight': '700' },
	'.focus-column': { fill: '$fg', opacity: '0.08' },
	'.bar-row .bar': { fill: '$series' },
	'.bar-row.selected .bar': { fill: '$fg' },
	'.drawing .bar-label': { fill: '$fg', 'font-size': `${CHART_TYPE.barLabel}px` },
	'.bar-row.selected .bar-label': { 'font-weight': '700', fill: '$fg' },
	'.figure-line': { stroke: '$series', 'stroke-width': '1.5', fill: 'none' },
	'.figure-dot': { fill: '$series', stroke: '$series', 'stroke-width': '1.5' },
	// A lower bound is hollow: the true value is at or above the dot.
	'.figure-dot.open': { fill: '$bg' },
	'.drawing .figure-dot-label': { fill: '$fg', 'font-size': `${CHART_TYPE.small}px` },
	'.tile-map .tile-map-square': { stroke: 'none' },
	'.tile-map .zero .tile-map-square': { fill: '$surface', stroke: '$rule', 'stroke-width': '0.5' },
	'.tile-map .nodata .tile-map-square': { stroke: '$rule', 'stroke-width': '0.5' },
	'.tile-map .tile-map-hatch-ground': { fill: '$surface' },
	...Object.fromEntries([1, 2, 3, 4, 5].map((c) => [`.tile-map .c${c} .tile-map-square`, { fill: `$map${c}` }])),
	'.drawing .tile-map .tile-map-label': { fill: '$fg', 'font-size': `${CHART_TYPE.tileLabel}px` },
	...Object.fromEntries([1, 2, 3, 4, 5].map((c) => [`.drawing .tile-map .c${c} .tile-map-label`, { fill: `$mapInk${c}` }])),
	'.tile-map .tile-map-fold line': { stroke: '$rule', 'stroke-dasharray': '4 3' },
	'.drawing .tile-map .tile-map-fold text': { fill: '$muted', 'font-size': `${CHART_TYPE.small}px`, 'paint-order': 'stroke', stroke: '$bg', 'stroke-width': '6' },
	'.tile-map .outlined .tile-map-square': { stroke: '$fg', 'stroke-dasharray': '3 2', 'stroke-width': '1' },
	'.tile-map .selected .tile-map-square': { stroke: '$fg', 'stroke-dasharray': 'none', 'stroke-width': '2.5' }
};

const variables = (palette: Palette) => (Object.keys(palette) as Token[]).map((t) => `${customProperty(t)}:${palette[t]}`).join(';');

/**
 * virtual:tokens.css: the palettes as custom properties (light by default; dark where the reader asks for it and no
 * embed says ?theme=light, or where an embed says ?theme=dark) and the chart rules over them.
 */
export function tokensCss(): string {
	return [
		`:root{${variables(PALETTES.light)}}`,
		`@media (prefers-color-scheme: dark){:root:not([data-theme='light']){${variables(PALETTES.dark)}}}`,
		`:root[data-theme='dark']{${variables(PALETTES.dark)}}`,
		cssText(CHART_RULES, null)
	].join('\n');
}

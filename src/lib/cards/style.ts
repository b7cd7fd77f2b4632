// A card's stylesheet: the chart rules every chart is drawn with (design/css.ts) and the card's own text classes,
// written in the light palette's plain values, as resvg reads no custom properties.
import { CHART_RULES, cssText, type Rules } from '../design/css';
import { PALETTES } from '../design/tokens';

const CARD_RULES: Rules = {
	'.card-ground': { fill: '$bg' },
	'.card-bar': { fill: '$accent' },
	'.card-badge': { fill: '$demoBg' },
	'.card .site, .card .count': { fill: '$accent', 'font-weight': '700' },
	'.card .title, .card .strong': { fill: '$fg', 'font-weight': '700' },
	'.card .subtitle, .card .foot': { fill: '$muted' },
	'.card .heading': { fill: '$muted', 'font-weight': '700' },
	'.card .text': { fill: '$fg' },
	'.card .badge': { fill: '$demoFg', 'font-weight': '700' }
};

export const CARD_CSS = cssText({ ...CHART_RULES, ...CARD_RULES }, PALETTES.light);

/** The background a card is rasterised on: the light page's. */
export const CARD_BACKGROUND = PALETTES.light.bg;

// The site's design tokens, declared once: the palette of each colour scheme (the map's classes among it), the sizes
// of text drawn in charts, and the spacing of link-preview cards. The stylesheet reads the palette as CSS custom
// properties (design/css.ts, served as virtual:tokens.css); cards, which resvg draws without custom properties,
// read the light palette's values; chart layouts read the type sizes their text is measured at.

export interface Palette {
	bg: string;
	fg: string;
	/** Secondary text, axis ticks. */
	muted: string;
	rule: string;
	grid: string;
	accent: string;
	series: string;
	/** The area under a series, the series colour at a fifth. */
	seriesFill: string;
	link: string;
	/** Panels and cards a shade off the background. */
	surface: string;
	demoBg: string;
	demoFg: string;
	/** The tile map's classes, lightest first on light pages; on dark ones dim to bright, so none sinks into the page. */
	map1: string;
	map2: string;
	map3: string;
	map4: string;
	map5: string;
	/** The text colour on each class, at 4.5:1 or more. */
	mapInk1: string;
	mapInk2: string;
	mapInk3: string;
	mapInk4: string;
	mapInk5: string;
}

export type Token = keyof Palette;

export const PALETTES: { light: Palette; dark: Palette } = {
	light: {
		bg: '#ffffff',
		fg: '#1a1a1a',
		muted: '#595959',
		rule: '#d4d4d4',
		grid: '#e5e5e5',
		accent: '#b91c1c',
		series: '#b91c1c',
		seriesFill: '#b91c1c33',
		link: '#1d4ed8',
		surface: '#f5f5f4',
		demoBg: '#fef3c7',
		demoFg: '#78350f',
		map1: '#fcbba1',
		map2: '#fc9272',
		map3: '#fb6a4a',
		map4: '#cb181d',
		map5: '#67000d',
		mapInk1: '#1a1a1a',
		mapInk2: '#1a1a1a',
		mapInk3: '#1a1a1a',
		mapInk4: '#ffffff',
		mapInk5: '#ffffff'
	},
	dark: {
		bg: '#121212',
		fg: '#ececec',
		muted: '#a3a3a3',
		rule: '#404040',
		grid: '#2e2e2e',
		accent: '#f87171',
		series: '#f87171',
		seriesFill: '#f8717140',
		link: '#93c5fd',
		surface: '#1e1e1e',
		demoBg: '#451a03',
		demoFg: '#fde68a',
		map1: '#67231c',
		map2: '#962f25',
		map3: '#c8452f',
		map4: '#f2785e',
		map5: '#ffb9a3',
		mapInk1: '#ffffff',
		mapInk2: '#ffffff',
		mapInk3: '#ffffff',
		mapInk4: '#121212',
		mapInk5: '#121212'
	}
};

/** Sizes in px of text drawn inside charts: what layouts measure labels at, and what the chart styles set. */
export const CHART_TYPE = {
	/** Axis ticks and other small text of a chart. */
	text: 12,
	/** Key-date numbers and figure labels. */
	small: 11,
	/** Labels above ranked bars. */
	barLabel: 13,
	/** Region names on map tiles. */
	tileLabel: 10
} as const;

/** A link-preview card's geometry in px: 1200 × 630, the 1.91:1 picture previews show large. */
export const CARD = {
	width: 1200,
	height: 630,
	/** Margin on every side. */
	pad: 56,
	/** Room under the last footer line, and the distance between footer lines. */
	bottom: 44,
	footLine: 29,
	/** How much larger than on a page a chart is drawn on a card, so its 11–13 px text reads at about 20 px. */
	chartScale: 1.75,
	/** The family cards are set in: Noto Sans, whose files ship with the project (cards/render.server.ts). */
	font: 'Noto Sans'
} as const;

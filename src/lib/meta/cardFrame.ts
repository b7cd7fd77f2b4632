// The 1200 × 630 picture a link preview shows (Telegram, and anything reading og:image): the site's name, the title,
// a line under it, the chart or the facts in the middle, and the source and date at the foot; a "Demo data" label
// on every card drawn from demo data. Pure: it returns SVG text, which the build rasterises (render.server.ts).
import type { Locale } from '../i18n/locales';
import { CARD_HEIGHT, CARD_WIDTH } from './paths';
import { escapeXml, fitText, round, textLines, type Measure } from './svgText';

export { CARD_HEIGHT, CARD_WIDTH };
const PAD = 56;
/** Room under the last footer line, and the distance between footer lines. */
const BOTTOM = 44;
const FOOT_LINE = 29;

export const COLOURS = {
	background: '#ffffff',
	fg: '#1a1a1a',
	muted: '#595959',
	grid: '#e5e5e5',
	rule: '#d4d4d4',
	accent: '#b91c1c',
	demoBg: '#fef3c7',
	demoFg: '#78350f'
};

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface Card {
	locale: Locale;
	/** The site's name, at the top. */
	site: string;
	title: string;
	/** Lines the title may take before it is shortened (2 unless said). */
	titleLines?: number;
	subtitle?: string;
	/** The "Demo data" label, when the card's data is demo; null otherwise. */
	demo: string | null;
	/** Source and date lines, each one line. */
	footer: string[];
	/** The drawing in the middle, in the box left for it. */
	body: (box: Box, measure: Measure) => string;
}

/** A label in a rounded box, its right edge at `right` (or its left at `left`); returns the SVG and its width. */
export function badge(text: string, at: { right?: number; left?: number; baseline: number }, measure: Measure, size = 22): { svg: string; width: number } {
	const width = measure(text, size, true) + 24;
	const x = at.right !== undefined ? at.right - width : (at.left ?? 0);
	const svg =
		`<rect x="${round(x)}" y="${round(at.baseline - size - 2)}" width="${round(width)}" height="${round(size + 14)}" rx="6" fill="${COLOURS.demoBg}"/>` +
		textLines([text], x + 12, at.baseline + 2, 0, { size, bold: true, fill: COLOURS.demoFg });
	return { svg, width };
}

export function cardSvg(card: Card, measure: Measure): string {
	const width = CARD_WIDTH - 2 * PAD;
	const parts: string[] = [`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLOURS.background}"/>`, `<rect width="${CARD_WIDTH}" height="10" fill="${COLOURS.accent}"/>`];

	// The site's name, and the demo label across from it.
	let y = PAD + 20;
	let siteRoom = width;
	if (card.demo) {
		const label = badge(card.demo, { right: CARD_WIDTH - PAD, baseline: y }, measure);
		parts.push(label.svg);
		siteRoom -= label.width + 24;
	}
	const site = fitText(card.site, { width: siteRoom, sizes: [24], maxLines: 1, bold: true, measure });
	parts.push(textLines(site.lines, PAD, y, 0, { size: site.size, bold: true, fill: COLOURS.accent }));

	const title = fitText(card.title, { width, sizes: [54, 48, 42, 36], maxLines: card.titleLines ?? 2, bold: true, measure });
	y += 26 + title.size;
	parts.push(textLines(title.lines, PAD, y, title.size * 1.18, { size: title.size, bold: true, fill: COLOURS.fg }));
	y += (title.lines.length - 1) * title.size * 1.18;

	if (card.subtitle) {
		const subtitle = fitText(card.subtitle, { width, sizes: [28, 25], maxLines: 2, measure });
		y += 14 + subtitle.size;
		parts.push(textLines(subtitle.lines, PAD, y, subtitle.size * 1.3, { size: subtitle.size, fill: COLOURS.muted }));
		y += (subtitle.lines.length - 1) * subtitle.size * 1.3;
	}

	// Source and date at the foot, each on one line, the last one's baseline BOTTOM above the card's edge.
	const footer = card.footer.map((line) => fitText(line, { width, sizes: [21, 19, 17], maxLines: 1, measure }));
	let footY = CARD_HEIGHT - BOTTOM - (footer.length - 1) * FOOT_LINE;
	const footTop = footY - 21;
	for (const line of footer) {
		parts.push(textLines(line.lines, PAD, footY, 0, { size: line.size, fill: COLOURS.muted }));
		footY += FOOT_LINE;
	}

	const top = y + 28;
	const bottom = footTop - 24;
	parts.push(`<g>${card.body({ x: PAD, y: top, width, height: Math.max(0, bottom - top) }, measure)}</g>`);

	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" ` +
		`font-family="${escapeXml(FONT)}" xml:lang="${card.locale}">${parts.join('')}</svg>`
	);
}

/** The family the SVG names; the rasteriser is given this font's files and no other (render.server.ts). */
export const FONT = 'Noto Sans';

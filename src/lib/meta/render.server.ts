// A card's SVG into the PNG a link preview shows, with resvg (a real rasteriser, native code from the npm package
// @resvg/resvg-js). Only the card font's files are given to it, no system font: the same PNG on any machine.
import { renderAsync } from '@resvg/resvg-js';
import { CARD_HEIGHT, CARD_WIDTH, cardSvg, COLOURS, FONT, type Card } from './cardFrame';
import { FONT_FILES, measure } from './fonts.server';
import { encodePng } from './png.server';

/**
 * The PNG of a card's SVG. resvg and deflate run on Node's worker threads, so a build that prerenders several pages
 * at once (SvelteKit's prerender.concurrency) draws as many cards at once as it has cores.
 */
export async function renderSvg(svg: string): Promise<Buffer> {
	const image = await renderAsync(svg, {
		fitTo: { mode: 'original' },
		// Opaque, so resvg's premultiplied pixels are the plain colours the PNG stores.
		background: COLOURS.background,
		font: { loadSystemFonts: false, fontFiles: [FONT_FILES.regular, FONT_FILES.bold], defaultFontFamily: FONT, sansSerifFamily: FONT },
		logLevel: 'off'
	});
	if (image.width !== CARD_WIDTH || image.height !== CARD_HEIGHT) throw new Error(`a card came out ${image.width} × ${image.height}`);
	return encodePng(image.pixels, image.width, image.height);
}

/** The card's SVG (measured in the card font) and its PNG. */
export async function renderCard(card: Card): Promise<{ svg: string; png: Buffer }> {
	const svg = cardSvg(card, measure);
	return { svg, png: await renderSvg(svg) };
}

// A card drawn: its Svelte component rendered to SVG text on the server (svelte/server), then rasterised to the PNG a
// link preview shows by resvg (native code from the npm package @resvg/resvg-js), given only the card font's files
// (Noto Sans, SIL Open Font Licence, from @expo-google-fonts/noto-sans) and no system font: the same PNG on any machine.
import { renderAsync } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { render } from 'svelte/server';
import { CARD } from '../design/tokens';
import Card from './Card.svelte';
import { encodePng } from './png.server';
import type { CardSpec } from './spec';
import { CARD_BACKGROUND } from './style';

const require = createRequire(import.meta.url);

export const FONT_FILES = {
	regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
	bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf')
};

/** The card's SVG: the component's markup, without the comments Svelte leaves for hydration (a card is never hydrated). */
export function cardSvg(spec: CardSpec): string {
	return render(Card, { props: { spec } }).body.replace(/<!--[^>]*-->/g, '');
}

/**
 * The PNG of a card's SVG. resvg and deflate run on Node's worker threads, so a build that prerenders several pages
 * at once (SvelteKit's prerender.concurrency) draws as many cards at once as it has cores.
 */
export async function renderSvg(svg: string): Promise<Buffer> {
	const image = await renderAsync(svg, {
		fitTo: { mode: 'original' },
		// Opaque, so resvg's premultiplied pixels are the plain colours the PNG stores.
		background: CARD_BACKGROUND,
		font: { loadSystemFonts: false, fontFiles: [FONT_FILES.regular, FONT_FILES.bold], defaultFontFamily: CARD.font, sansSerifFamily: CARD.font },
		logLevel: 'off'
	});
	if (image.width !== CARD.width || image.height !== CARD.height) throw new Error(`a card came out ${image.width} × ${image.height}`);
	return encodePng(image.pixels, image.width, image.height);
}

/** A card's SVG and its PNG. */
export async function renderCard(spec: CardSpec): Promise<{ svg: string; png: Buffer }> {
	const svg = cardSvg(spec);
	return { svg, png: await renderSvg(svg) };
}

// A card drawn: its Svelte component rendered to SVG text on the server (svelte/server), then rasterised to the PNG a
// link preview shows by resvg (native code from the npm package @resvg/resvg-js), given only the card font's files
// (Noto Sans, SIL Open Font Licence, from @expo-google-fonts/noto-sans) and no system font: the same PNG on any machine.
import { renderAsync } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
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

/**
 * What a card can write: Latin with its accents, Cyrillic, punctuation, currency, arrows and maths signs. resvg parses
 * its fonts for every picture, and the whole Noto Sans (630 KB a weight, with Greek and Vietnamese) took most of a
 * card's time; cut to these characters (98 KB) it draws the same pixels several times sooner. A card with a character
 * outside them is drawn with the whole fonts.
 */
const CARD_CHARACTERS: [number, number][] = [[0x20, 0x7e], [0xa0, 0x24f], [0x400, 0x4ff], [0x2000, 0x206f], [0x20a0, 0x20bf], [0x2100, 0x214f], [0x2190, 0x21ff], [0x2200, 0x22ff]];
const outsideCardCharacters = new RegExp(`[^${CARD_CHARACTERS.map(([a, b]) => `\\u{${a.toString(16)}}-\\u{${b.toString(16)}}`).join('')}\\s]`, 'u');

let cutFonts: Promise<string[]> | undefined;

/** The card fonts cut to CARD_CHARACTERS, made once per machine (node_modules/.cache/card-fonts/, named by a digest). */
function cardFontFiles(): Promise<string[]> {
	cutFonts ??= (async () => {
		const text = CARD_CHARACTERS.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i))).join('');
		const dir = path.resolve('node_modules/.cache/card-fonts');
		mkdirSync(dir, { recursive: true });
		return Promise.all(
			[FONT_FILES.regular, FONT_FILES.bold].map(async (file) => {
				const font = readFileSync(file);
				const name = `${createHash('sha256').update(font).update(text).digest('hex').slice(0, 16)}.ttf`;
				const out = path.join(dir, name);
				if (!existsSync(out)) {
					writeFileSync(`${out}.${process.pid}.tmp`, await subsetFont(font, text, { targetFormat: 'truetype' }));
					renameSync(`${out}.${process.pid}.tmp`, out);
				}
				return out;
			})
		);
	})();
	return cutFonts;
}

/** The card's SVG: the component's markup, without the comments Svelte leaves for hydration (a card is never hydrated). */
export function cardSvg(spec: CardSpec): string {
	return render(Card, { props: { spec } }).body.replace(/<!--[^>]*-->/g, '');
}

/**
 * The PNG of a card's SVG. resvg and deflate run on Node's worker threads, so a build that prerenders several pages
 * at once (SvelteKit's prerender.concurrency) draws as many cards at once as it has cores.
 */
export async function renderSvg(svg: string): Promise<Buffer> {
	const fontFiles = outsideCardCharacters.test(svg) ? [FONT_FILES.regular, FONT_FILES.bold] : await cardFontFiles();
	const image = await renderAsync(svg, {
		fitTo: { mode: 'original' },
		// Opaque, so resvg's premultiplied pixels are the plain colours the PNG stores.
		background: CARD_BACKGROUND,
		font: { loadSystemFonts: false, fontFiles, defaultFontFamily: CARD.font, sansSerifFamily: CARD.font },
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

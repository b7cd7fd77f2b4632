// The card PNG encoder: every pixel comes back as it went in, whether the picture fits a palette or not, opaque or not.
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/lib/cards/png.server';

const WIDTH = 40;
const HEIGHT = 30;

/** RGBA pixels whose colour is `colour(x, y)` as [r, g, b, a]. */
function picture(colour: (x: number, y: number) => [number, number, number, number]): Uint8Array {
	const rgba = new Uint8Array(WIDTH * HEIGHT * 4);
	for (let y = 0; y < HEIGHT; y++) for (let x = 0; x < WIDTH; x++) rgba.set(colour(x, y), 4 * (y * WIDTH + x));
	return rgba;
}

async function roundTrip(rgba: Uint8Array) {
	const png = PNG.sync.read(await encodePng(rgba, WIDTH, HEIGHT));
	return { pixels: new Uint8Array(png.data), colorType: png.colorType, width: png.width, height: png.height };
}

describe('a card as a PNG', () => {
	it.each([
		['few colours, opaque: a palette', (x: number, y: number) => [x < 20 ? 250 : 20, y % 3 === 0 ? 40 : 200, 90, 255], 3],
		['few colours, some see-through: a palette with their alpha', (x: number) => [200, 10, x % 5, x < 10 ? 128 : 255], 3],
		['many colours, opaque: RGB', (x: number, y: number) => [x * 6, y * 8, (x * y) % 256, 255], 2],
		['many colours, some see-through: RGBA', (x: number, y: number) => [x * 6, y * 8, 7, y < 5 ? 0 : 255], 6]
	] as const)('keeps every pixel with %s', async (_, colour, colorType) => {
		const rgba = picture(colour as (x: number, y: number) => [number, number, number, number]);
		const back = await roundTrip(rgba);
		expect([back.width, back.height, back.colorType]).toEqual([WIDTH, HEIGHT, colorType]);
		expect(back.pixels).toEqual(rgba);
	});
});

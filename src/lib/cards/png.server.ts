// A rasterised card as a PNG file, smaller than resvg's own encoding: a card has few colours (flat fills, text
// edges), so most fit a palette of 256 and take a byte a pixel instead of four; the others are written as RGB.
// Lossless either way: every pixel keeps the colour resvg gave it. Deflate's level 6: level 9 takes ten times as
// long on a card's long runs for files 7 % smaller.
import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';

const deflated = promisify(deflate);

function chunk(type: string, data: Buffer): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'latin1');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
	return Buffer.concat([head, data, crc]);
}

/**
 * Every pixel's index in a palette of at most 256 colours, row by row, each row led by filter byte 0 (none), as the
 * PNG stores them; null when there are more colours.
 */
function paletteOf(rgba: Uint8Array, width: number): { colours: number[]; rows: Buffer } | null {
	// One number per pixel (its four bytes in the machine's order); an aligned copy when the bytes are not aligned.
	const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
	const pixels = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4);
	const index = new Map<number, number>();
	const firstAt: number[] = [];
	const rows = Buffer.alloc(pixels.length + pixels.length / width);
	// Runs of one colour are the rule in a card (background, bars, areas): the last colour is checked first, and only
	// a change of colour looks in the palette.
	let last = -1;
	let lastIndex = 0;
	for (let y = 0, p = 0, at = 1; y < pixels.length / width; y++, at++) {
		for (let end = p + width; p < end; p++, at++) {
			const colour = pixels[p]!;
			if (colour !== last) {
				let i = index.get(colour);
				if (i === undefined) {
					if (index.size === 256) return null;
					i = index.size;
					index.set(colour, i);
					firstAt.push(p);
				}
				last = colour;
				lastIndex = i;
			}
			rows[at] = lastIndex;
		}
	}
	// Each colour as 0xRRGGBBAA, read from the bytes of the pixel it was first met at.
	const view = new DataView(rgba.buffer, rgba.byteOffset, rgba.byteLength);
	return { colours: firstAt.map((p) => view.getUint32(4 * p)), rows };
}

/** Rows each led by filter byte 2 (up: each byte less the one above it), the first by 0 (none). */
function scanlines(pixels: Uint8Array, rowBytes: number, height: number): Buffer {
	const out = Buffer.alloc((rowBytes + 1) * height);
	for (let y = 0; y < height; y++) {
		const at = y * (rowBytes + 1);
		out[at] = y === 0 ? 0 : 2;
		for (let x = 0; x < rowBytes; x++) {
			const value = pixels[y * rowBytes + x]!;
			out[at + 1 + x] = y > 0 ? (value - pixels[(y - 1) * rowBytes + x]!) & 0xff : value;
		}
	}
	return out;
}

function withoutAlpha(rgba: Uint8Array): Uint8Array {
	const rgb = new Uint8Array((rgba.length / 4) * 3);
	for (let p = 0, q = 0; p < rgba.length; p += 4, q += 3) {
		rgb[q] = rgba[p]!;
		rgb[q + 1] = rgba[p + 1]!;
		rgb[q + 2] = rgba[p + 2]!;
	}
	return rgb;
}

/** A PNG of straight (not premultiplied) RGBA pixels, `width` × `height`. */
export async function encodePng(rgba: Uint8Array, width: number, height: number): Promise<Buffer> {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8;
	const palette = paletteOf(rgba, width);
	// Opaque when every colour is: a palette's colours say it without another pass over the pixels.
	let opaque = true;
	if (palette) opaque = palette.colours.every((c) => (c & 0xff) === 0xff);
	else for (let i = 3; i < rgba.length && opaque; i += 4) opaque = rgba[i] === 255;
	const chunks: Buffer[] = [];
	let data: Buffer;
	if (palette) {
		header[9] = 3;
		const plte = Buffer.alloc(3 * palette.colours.length);
		palette.colours.forEach((c, i) => plte.writeUIntBE(c >>> 8, 3 * i, 3));
		chunks.push(chunk('PLTE', plte));
		if (!opaque) chunks.push(chunk('tRNS', Buffer.from(palette.colours.map((c) => c & 0xff))));
		data = palette.rows;
	} else {
		const channels = opaque ? 3 : 4;
		header[9] = opaque ? 2 : 6;
		const pixels = opaque ? withoutAlpha(rgba) : rgba;
		data = scanlines(pixels, width * channels, height);
	}
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		...chunks,
		chunk('IDAT', await deflated(data, { level: 6 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

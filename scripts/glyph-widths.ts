// `npx tsx scripts/glyph-widths.ts`: writes src/lib/text/glyphWidths.ts, the advance widths text/width.ts estimates
// every drawn text with (chart labels, ticks, tile names, link-preview cards). Each character's width is the widest of
// the fonts a chart is likely drawn in: Noto Sans (the cards' font, shipped with the project) and DejaVu Sans and
// Liberation Sans (what system-ui and Arial are on most Linux desktops; Debian's fonts-dejavu-core and
// fonts-liberation), rounded up to the next 0.01 em, so that an estimate errs wide and no label spills out of its box.
// Run it again only to cover more characters or fonts; the output is committed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readMetrics, type FontMetrics } from '../src/lib/text/fontTables.server';

const require = createRequire(import.meta.url);
const FONTS = {
	regular: [
		require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
		'/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
		'/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'
	],
	bold: [
		require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
		'/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
		'/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'
	]
};

/** Latin with its accented letters, Cyrillic, digits and the punctuation, signs and spaces the site writes. */
const CHARACTERS = [
	...range(0x20, 0x7e),
	...range(0xa0, 0xff),
	...range(0x0400, 0x045f),
	...'‐‑–—‘’‚“”„…‹›№€₽•·−×\u202f\u2009'
].join('');

function range(from: number, to: number): string[] {
	return Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
}

function widths(files: string[]): Map<string, number> {
	const fonts: FontMetrics[] = files.filter((f) => existsSync(f)).map((f) => readMetrics(readFileSync(f)));
	if (fonts.length < files.length) console.warn(`glyph-widths: ${files.length - fonts.length} of ${files.length} fonts not found; install fonts-dejavu-core and fonts-liberation`);
	const out = new Map<string, number>();
	for (const char of CHARACTERS) {
		const ems = fonts.map((f) => {
			const advance = f.advance(char.codePointAt(0)!);
			return advance === null ? 0 : advance / f.unitsPerEm;
		});
		const widest = Math.max(...ems);
		if (widest > 0) out.set(char, Math.ceil(widest * 100 - 1e-9) / 100);
	}
	return out;
}

/** Characters grouped by width, as a compact table: [[0.3, "ijl"], …]. */
function table(map: Map<string, number>): string {
	const groups = new Map<number, string>();
	for (const [char, width] of map) groups.set(width, (groups.get(width) ?? '') + char);
	return [...groups]
		.sort((a, b) => a[0] - b[0])
		.map(([width, chars]) => `\t[${width}, ${JSON.stringify(chars)}]`)
		.join(',\n');
}

const regular = widths(FONTS.regular);
const bold = widths(FONTS.bold);
const out = path.resolve(import.meta.dirname, '../src/lib/text/glyphWidths.ts');
writeFileSync(
	out,
	`// Made by scripts/glyph-widths.ts: each character's advance in em, the widest of Noto Sans, DejaVu Sans and
// Liberation Sans, rounded up to 0.01 em. text/width.ts reads it; do not edit by hand.

export const REGULAR: [number, string][] = [\n${table(regular)}\n];

export const BOLD: [number, string][] = [\n${table(bold)}\n];
`
);
console.log(`glyph-widths: ${regular.size} regular and ${bold.size} bold characters → ${path.relative(process.cwd(), out)}`);

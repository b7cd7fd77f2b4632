// How wide a text is drawn: the one estimate every layout uses (axis ticks, key-date labels, bar labels, tile names,
// figure labels, and the link-preview cards' titles and lines). Widths come from glyphWidths.ts, the widest of the
// fonts a chart is drawn in, so an estimate errs wide: a label that fits here fits on screen and on a card.
import { BOLD, REGULAR } from './glyphWidths';

const tableOf = (rows: [number, string][]) => new Map(rows.flatMap(([width, chars]) => [...chars].map((c) => [c, width] as const)));
const WIDTHS = { regular: tableOf(REGULAR), bold: tableOf(BOLD) };
/** A character outside the table (a rare symbol) is taken as wide as a capital. */
const UNKNOWN = 0.8;

/** Width in px of `text` set at `size` px, regular or bold. */
export function textWidth(text: string, size: number, bold = false): number {
	const widths = bold ? WIDTHS.bold : WIDTHS.regular;
	let em = 0;
	for (const c of text) em += widths.get(c) ?? UNKNOWN;
	return em * size;
}

/**
 * Words into lines that each `fit`; a word too long for a line is broken between characters. Lines break at plain
 * spaces only: a no-break space (in «19 843», or put in a date) holds its words together.
 */
export function wrapText(text: string, fits: (line: string) => boolean): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
		const joined = line ? `${line} ${word}` : word;
		if (fits(joined)) {
			line = joined;
			continue;
		}
		if (line) lines.push(line);
		let rest = word;
		while (rest.length > 1 && !fits(rest)) {
			let cut = rest.length - 1;
			while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
			lines.push(rest.slice(0, cut));
			rest = rest.slice(cut);
		}
		line = rest;
	}
	if (line) lines.push(line);
	return lines.length > 0 ? lines : [''];
}

export interface FittedText {
	size: number;
	lines: string[];
}

/**
 * The largest of `sizes` (px) at which `text` takes at most `maxLines` lines of `width` px; at the smallest size,
 * lines past the last are dropped and the last ends with "…".
 */
export function fitText(text: string, options: { width: number; sizes: readonly number[]; maxLines: number; bold?: boolean }): FittedText {
	const { width, sizes, maxLines, bold } = options;
	for (const size of sizes) {
		const lines = wrapText(text, (line) => textWidth(line, size, bold) <= width);
		if (lines.length <= maxLines) return { size, lines };
	}
	const size = sizes.at(-1)!;
	const fits = (line: string) => textWidth(line, size, bold) <= width;
	const lines = wrapText(text, fits).slice(0, maxLines);
	let last = lines.at(-1) ?? '';
	while (last.length > 0 && !fits(`${last}…`)) last = last.slice(0, -1).trimEnd();
	lines[lines.length - 1] = `${last.replace(/[\s,.;:·–—-]+$/, '')}…`;
	return { size, lines };
}

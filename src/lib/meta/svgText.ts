// Text in a card's SVG: escaped, broken into lines by measured width, made smaller or shortened with "…" to fit.
// Pure: the width of a text comes from a Measure (the card font's metrics at build time, fonts.server.ts).

/** Width in px of `text` set at `size` px, bold or regular. */
export type Measure = (text: string, size: number, bold?: boolean) => number;

export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
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
	return lines;
}

export interface FittedText {
	size: number;
	lines: string[];
}

/**
 * The largest of `sizes` at which `text` takes at most `maxLines` lines of `width`; at the smallest size, lines past
 * the last are dropped and the last ends with "…".
 */
export function fitText(text: string, options: { width: number; sizes: number[]; maxLines: number; bold?: boolean; measure: Measure }): FittedText {
	const { width, sizes, maxLines, bold, measure } = options;
	for (const size of sizes) {
		const lines = wrapText(text, (line) => measure(line, size, bold) <= width);
		if (lines.length <= maxLines) return { size, lines };
	}
	const size = sizes.at(-1)!;
	const fits = (line: string) => measure(line, size, bold) <= width;
	const lines = wrapText(text, fits).slice(0, maxLines);
	let last = lines.at(-1) ?? '';
	while (last.length > 0 && !fits(`${last}…`)) last = last.slice(0, -1).trimEnd();
	lines[lines.length - 1] = `${last.replace(/[\s,.;:·–—-]+$/, '')}…`;
	return { size, lines };
}

export interface TextStyle {
	size: number;
	bold?: boolean;
	fill: string;
	anchor?: 'start' | 'middle' | 'end';
}

/** One <text> per line, the first baseline at `y`, lines `lineHeight` apart. */
export function textLines(lines: string[], x: number, y: number, lineHeight: number, style: TextStyle): string {
	const attrs = `font-size="${style.size}"${style.bold ? ' font-weight="700"' : ''} fill="${style.fill}"${style.anchor && style.anchor !== 'start' ? ` text-anchor="${style.anchor}"` : ''}`;
	return lines.map((line, i) => `<text x="${round(x)}" y="${round(y + i * lineHeight)}" ${attrs}>${escapeXml(line)}</text>`).join('');
}

export const round = (n: number) => Math.round(n * 10) / 10;

/** A phrase that should not be broken across lines (a date): its spaces made no-break spaces. */
export const unbroken = (text: string) => text.replace(/ /g, '\u00a0');

// Layout of a ranked bar list: one row per item, its label above a bar scaled to the largest value. Long labels wrap
// onto more lines rather than being cut. Pure; no DOM.
import { max, scaleLinear } from 'd3';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';

export interface BreakdownItem {
	/** The code counted; null for "not known". */
	key: string | null;
	label: string;
	value: number | null;
}

export interface BreakdownRow extends BreakdownItem {
	y: number;
	/** The label's lines, each short enough for the drawing's width. */
	lines: string[];
	/** Where the bar's top is, below the label. */
	barY: number;
	barWidth: number;
	valueLabel: string;
	/** Where the value label starts: just after the bar. */
	valueX: number;
	height: number;
}

export interface BreakdownLayout {
	width: number;
	height: number;
	rows: BreakdownRow[];
}

const LINE = 16;
const BAR = 12;
const ROW_GAP = 6;
const VALUE_ROOM = 64;
/** An average glyph of the 13 px label font, generous so that a line never runs past the drawing. */
const CHAR_WIDTH = 7.2;

/** Words into lines of at most `perLine` characters; a word longer than a line is cut at the line's end. */
export function wrapLabel(text: string, perLine: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > perLine) {
			lines.push(line);
			line = '';
		}
		let rest = word;
		while (rest.length > perLine) {
			if (line) lines.push(line);
			lines.push(rest.slice(0, perLine));
			rest = rest.slice(perLine);
			line = '';
		}
		line = line ? `${line} ${rest}` : rest;
	}
	if (line) lines.push(line);
	return lines.length > 0 ? lines : [''];
}

/** "Other" and "not known" say least about a ranking: they go last, whatever their count. */
export function residualsLast(items: BreakdownItem[]): BreakdownItem[] {
	const residual = (i: BreakdownItem) => i.key === null || i.key === 'other';
	return [...items.filter((i) => !residual(i)), ...items.filter(residual)];
}

export function breakdownLayout(items: BreakdownItem[], options: { width: number; locale: Locale }): BreakdownLayout {
	const { width, locale } = options;
	const x = scaleLinear()
		.domain([0, Math.max(1, max(items, (d) => d.value) ?? 0)])
		.range([0, Math.max(1, width - VALUE_ROOM)]);
	const perLine = Math.max(12, Math.floor(width / CHAR_WIDTH));
	let y = 0;
	const rows = residualsLast(items).map((item) => {
		const lines = wrapLabel(item.label, perLine);
		const barWidth = item.value === null ? 0 : Math.round(x(item.value) * 10) / 10;
		const height = lines.length * LINE + BAR + ROW_GAP;
		const row = {
			...item,
			y,
			lines,
			barY: lines.length * LINE + 2,
			barWidth,
			valueLabel: item.value === null ? '—' : formatNumber(locale, item.value),
			valueX: barWidth + 4,
			height
		};
		y += height;
		return row;
	});
	return { width, height: y, rows };
}

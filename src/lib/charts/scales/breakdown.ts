// Layout of a ranked bar list: one row per item, its label above a bar scaled to the largest value. Long labels wrap
// onto more lines, at the width the one text estimate (text/width.ts) gives them, rather than being cut. Pure; no DOM.
import { max, scaleLinear } from 'd3';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { CHART_TYPE } from '../../design/tokens';
import { textWidth, wrapText } from '../../text/width';

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
	/** Distance between a label's lines, and a bar's thickness. */
	lineHeight: number;
	barHeight: number;
}

const LINE = 16;
const BAR = 12;
const ROW_GAP = 6;
const VALUE_ROOM = 64;

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
	const fits = (line: string) => textWidth(line, CHART_TYPE.barLabel) <= width;
	let y = 0;
	const rows = residualsLast(items).map((item) => {
		const lines = wrapText(item.label, fits);
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
	return { width, height: y, rows, lineHeight: LINE, barHeight: BAR };
}

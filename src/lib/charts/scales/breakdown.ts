// Layout of a ranked bar list: one row per item, its label above a bar scaled to the largest value. Pure; no DOM.
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
	barWidth: number;
	valueLabel: string;
	/** Where the value label starts: just after the bar. */
	valueX: number;
}

export interface BreakdownLayout {
	width: number;
	height: number;
	rowHeight: number;
	rows: BreakdownRow[];
}

export const ROW_HEIGHT = 36;
const VALUE_ROOM = 64;

export function breakdownLayout(items: BreakdownItem[], options: { width: number; locale: Locale }): BreakdownLayout {
	const { width, locale } = options;
	const x = scaleLinear()
		.domain([0, Math.max(1, max(items, (d) => d.value) ?? 0)])
		.range([0, Math.max(1, width - VALUE_ROOM)]);
	const rows = items.map((item, i) => {
		const barWidth = item.value === null ? 0 : Math.round(x(item.value) * 10) / 10;
		return {
			...item,
			y: i * ROW_HEIGHT,
			barWidth,
			valueLabel: item.value === null ? '—' : formatNumber(locale, item.value),
			valueX: barWidth + 4
		};
	});
	return { width, height: items.length * ROW_HEIGHT, rowHeight: ROW_HEIGHT, rows };
}

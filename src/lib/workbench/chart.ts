// The chart an answer can be drawn as, chosen from its columns: a date column and a number column make a time series
// (TimeSeries), a text column and a number column a ranked bar list (Breakdown); anything else has no chart.
import type { BreakdownItem } from '../charts/scales/breakdown';
import type { SeriesPoint } from '../charts/scales/timeSeries';
import { isIsoDay, parseDay, periodStarts, PERIODS, type Granularity } from '../time/days';
import type { AnswerColumn, Cell } from '../db/workbench';

/** Rows a chart may draw: an answer longer than this is read as a table. */
export const CHART_ROWS = 2000;

export type AnswerChart =
	| { kind: 'series'; key: string; value: string; granularity: Granularity; points: SeriesPoint[] }
	| { kind: 'bars'; key: string; value: string; items: BreakdownItem[] }
	| { kind: 'none' };

/** The coarsest period every date starts: years, months, weeks (from Monday) or days. */
export function granularityOf(days: string[]): Granularity {
	for (const g of ['year', 'month', 'week'] as const) {
		if (days.every((d) => PERIODS[g].floor(parseDay(d)).getTime() === parseDay(d).getTime())) return g;
	}
	return 'day';
}

const numberOrNull = (c: Cell | undefined) => (typeof c === 'number' && Number.isFinite(c) ? c : null);

function series(columns: AnswerColumn[], rows: Cell[][], key: number, value: number): AnswerChart {
	const cells = rows.map((r) => [r[key], r[value]] as const);
	if (cells.some(([d]) => typeof d !== 'string' || !isIsoDay(d))) return { kind: 'none' };
	const days = cells.map(([d]) => d as string);
	if (new Set(days).size !== days.length || days.length === 0) return { kind: 'none' };
	const granularity = granularityOf(days);
	const sorted = [...days].sort();
	// Periods between the answer's dates that it does not hold are drawn as gaps: not in the answer is not zero.
	const values = new Map(cells.map(([d, v]) => [d as string, numberOrNull(v)]));
	const periods = periodStarts(sorted[0]!, sorted.at(-1)!, granularity);
	if (periods.length > CHART_ROWS * 2) return { kind: 'none' };
	const points = periods.map((period) => ({ period, value: values.get(period) ?? null }));
	return { kind: 'series', key: columns[key]!.name, value: columns[value]!.name, granularity, points };
}

function bars(columns: AnswerColumn[], rows: Cell[][], key: number, value: number): AnswerChart {
	const keys = rows.map((r) => (r[key] === null ? null : String(r[key])));
	if (new Set(keys).size !== keys.length || keys.length === 0) return { kind: 'none' };
	const items = rows.map((r, i) => ({ key: keys[i]!, label: keys[i] ?? '—', value: numberOrNull(r[value]) }));
	return { kind: 'bars', key: columns[key]!.name, value: columns[value]!.name, items };
}

/** The chart of a whole answer (at most CHART_ROWS rows): the first date or text column against the first number after it. */
export function chartOf(columns: AnswerColumn[], rows: Cell[][]): AnswerChart {
	if (rows.length > CHART_ROWS) return { kind: 'none' };
	const value = columns.findIndex((c) => c.kind === 'number');
	if (value === -1) return { kind: 'none' };
	const date = columns.findIndex((c) => c.kind === 'date');
	if (date !== -1) return series(columns, rows, date, value);
	const text = columns.findIndex((c) => c.kind === 'text');
	if (text !== -1) return bars(columns, rows, text, value);
	return { kind: 'none' };
}

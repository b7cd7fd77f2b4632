// The detentions cube as compact columnar JSON (/data/detention-cube.json), and the explorer's view counted from it in
// plain TypeScript: what `detentionView` (db/queries.ts) answers in DuckDB, to the same rows, for a reader who should
// not download a 5 MB engine to combine two filters. Pure: no DOM, no SQL. A property test holds the two equal.
import { DETENTION_DIMENSIONS, DIMENSION_KEYS, type DimensionKey } from '../datasets/detentions';
import type { DetentionFilter } from '../db/detentionFilter';
import { emptyBreakdowns, type Count, type CubeRow, type DetentionCounts, type KeyCount } from '../db/queries';
import { isoDay, parseDay, periodStarts, PERIODS, type Granularity } from '../time/days';

/**
 * The cube, a column per field. Days and each dimension's codes are written once (sorted) and rows point into them;
 * a code column holds null where the value is not known, and `detained` null where no event of the row has a known
 * count: a missing number is never written as zero.
 */
export interface CubeFile {
	version: 1;
	days: string[];
	values: Record<DimensionKey, string[]>;
	rows: { day: number[]; events: number[]; detained: (number | null)[]; unknownEvents: number[] } & Record<DimensionKey, (number | null)[]>;
}

/** What the file holds when the cube is too large to ship this way: the explorer then asks the engine. */
export interface CubeOmitted {
	version: 1;
	omitted: string;
}

/** Code-point order, which is the byte order DuckDB sorts text in. */
export function compareText(a: string, b: string): number {
	const x = [...a];
	const y = [...b];
	for (let i = 0; i < Math.min(x.length, y.length); i++) {
		const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
		if (d !== 0) return d;
	}
	return x.length - y.length;
}

const dictionary = (values: Iterable<string | null>) => [...new Set([...values].filter((v): v is string => v !== null))].sort(compareText);

/** The cube's rows as the file writes them. */
export function encodeCube(rows: CubeRow[]): CubeFile {
	const days = dictionary(rows.map((r) => r.day));
	const dayIndex = new Map(days.map((d, i) => [d, i]));
	const values = {} as CubeFile['values'];
	const columns = {} as Record<DimensionKey, (number | null)[]>;
	for (const key of DIMENSION_KEYS) {
		values[key] = dictionary(rows.map((r) => r[key]));
		const index = new Map(values[key].map((v, i) => [v, i]));
		columns[key] = rows.map((r) => (r[key] === null ? null : index.get(r[key])!));
	}
	return {
		version: 1,
		days,
		values,
		rows: {
			day: rows.map((r) => dayIndex.get(r.day)!),
			...columns,
			events: rows.map((r) => r.events),
			detained: rows.map((r) => r.detained),
			unknownEvents: rows.map((r) => r.unknownEvents)
		}
	};
}

/** The number of dimension values a filter names. */
export function filterValueCount(filter: DetentionFilter): number {
	return DIMENSION_KEYS.reduce((n, key) => n + filter[key].length, 0);
}

/**
 * What the explorer counts from the file rather than the engine: one or two filter values over the whole time axis.
 * Three values or more, and date ranges, still go to the engine (the rule; `cubeView` would count them too).
 */
export function countsWithoutEngine(filter: DetentionFilter): boolean {
	return !filter.from && !filter.to && filterValueCount(filter) <= 2;
}

/**
 * The view of `detentionView(db, granularity, filter)`, counted from the cube's file: the time series over the filter's
 * date range (or the data's, when it has none) with periods without events as zeros, every breakdown in the query's
 * order (most detained first, unknown sums last, then by code, the unknown code last), and the total.
 */
export function cubeView(cube: CubeFile, granularity: Granularity, filter: DetentionFilter): DetentionCounts {
	const { rows } = cube;
	// Rows whose day is within the range; then, per dimension with values, rows holding one of them. A value the
	// cube does not hold matches nothing, as in the query.
	const dayOk = cube.days.map((d) => (!filter.from || d >= filter.from) && (!filter.to || d <= filter.to));
	const wanted = DIMENSION_KEYS.filter((key) => filter[key].length > 0).map((key) => {
		const codes = new Set(filter[key]);
		return { column: rows[key], keep: cube.values[key].map((v) => codes.has(v)) };
	});
	const interval = PERIODS[granularity];
	const periodOfDay = cube.days.map((d) => isoDay(interval.floor(parseDay(d))));

	const total = tally();
	const byPeriod = new Map<string, Count>();
	const byValue = Object.fromEntries(DIMENSION_KEYS.map((key) => [key, new Map<number | null, Count>()])) as Record<DimensionKey, Map<number | null, Count>>;
	for (let i = 0; i < rows.day.length; i++) {
		if (!dayOk[rows.day[i]!]) continue;
		if (!wanted.every(({ column, keep }) => column[i] !== null && keep[column[i]!])) continue;
		const events = rows.events[i]!;
		const detained = rows.detained[i]!;
		const unknown = rows.unknownEvents[i]!;
		add(total, events, detained, unknown);
		const period = periodOfDay[rows.day[i]!]!;
		add(at(byPeriod, period), events, detained, unknown);
		for (const key of DIMENSION_KEYS) add(at(byValue[key], rows[key][i] as number | null), events, detained, unknown);
	}

	const breakdowns = emptyBreakdowns(total);
	for (const { key } of DETENTION_DIMENSIONS) {
		const codes = cube.values[key];
		breakdowns[key] = [...byValue[key]]
			.map(([code, count]): KeyCount => ({ key: code === null ? null : codes[code]!, ...count }))
			.sort(queryOrder);
	}
	const first = cube.days[0];
	const last = cube.days.at(-1);
	const lo = filter.from ?? first;
	const hi = filter.to ?? last;
	if (!lo || !hi) return { series: [], breakdowns };
	const series = periodStarts(lo, hi, granularity).map((period) => {
		const count = byPeriod.get(period);
		return { period, events: count?.events ?? 0, detained: count ? count.detained : 0, unknownEvents: count?.unknownEvents ?? 0 };
	});
	return { series, breakdowns };
}

const tally = (): Count => ({ events: 0, detained: null, unknownEvents: 0 });

function at<K>(map: Map<K, Count>, key: K): Count {
	let count = map.get(key);
	if (!count) map.set(key, (count = tally()));
	return count;
}

/** SQL's sum: null until a known number is added, so "unknown" never becomes 0. */
function add(count: Count, events: number, detained: number | null, unknown: number): void {
	count.events += events;
	if (detained !== null) count.detained = (count.detained ?? 0) + detained;
	count.unknownEvents += unknown;
}

/** `ORDER BY detained DESC NULLS LAST, key NULLS LAST`. */
function queryOrder(a: KeyCount, b: KeyCount): number {
	if (a.detained !== b.detained) {
		if (a.detained === null) return 1;
		if (b.detained === null) return -1;
		return b.detained - a.detained;
	}
	if (a.key === b.key) return 0;
	if (a.key === null) return 1;
	if (b.key === null) return -1;
	return compareText(a.key, b.key);
}

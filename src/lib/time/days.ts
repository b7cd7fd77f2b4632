// Days and periods, in UTC so the build machine's timezone never matters: the one place that parses an ISO day,
// writes one, checks one, and says where a day, week (from Monday, as DuckDB's date_trunc), month or year begins.
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval } from 'd3';

export const GRANULARITIES = ['day', 'week', 'month', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** The interval of each granularity; weeks start on Monday, as the queries group them. */
export const PERIODS: Record<Granularity, CountableTimeInterval> = { day: utcDay, week: utcMonday, month: utcMonth, year: utcYear };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** YYYY-MM-DD (or a longer ISO string) → that day's midnight, UTC. */
export function parseDay(iso: string): Date {
	return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

export function isRealDate(year: number, month: number, day: number): boolean {
	const d = new Date(Date.UTC(year, month - 1, day));
	return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** True for a YYYY-MM-DD day that exists (not 2022-02-30). */
export function isIsoDay(raw: string): boolean {
	const m = ISO_DAY.exec(raw);
	return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Every period from the one holding `first` to the one holding `last`, as the ISO day each starts on. */
export function periodStarts(first: string, last: string, granularity: Granularity): string[] {
	const interval = PERIODS[granularity];
	return interval.range(interval.floor(parseDay(first)), interval.offset(interval.floor(parseDay(last)), 1)).map(isoDay);
}

// Counts behind the prisoners page's charts, from the filtered list: by status, charge type, sentence, time.
import { utcMonth } from 'd3';
import { NON_CUSTODIAL } from '../ingest/rules';
import { isoDay, parseDay, periodStarts } from '../time/days';
import { HELD_STATUSES, type PrisonerEntry } from './entries';

export interface KeyTally {
	key: string;
	count: number;
}

/** How many people per key, largest first; `order` fixes the order instead (e.g. sentence bins). */
export function tally(list: PrisonerEntry[], keyOf: (p: PrisonerEntry) => string, order?: readonly string[]): KeyTally[] {
	const counts = new Map<string, number>();
	for (const p of list) counts.set(keyOf(p), (counts.get(keyOf(p)) ?? 0) + 1);
	const rows = [...counts].map(([key, count]) => ({ key, count }));
	if (order) return order.filter((k) => counts.has(k)).map((k) => ({ key: k, count: counts.get(k)! }));
	return rows.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export const SENTENCE_BINS = ['under_2', '2_5', '5_10', '10_15', '15_plus', 'life', 'at_liberty', 'none'] as const;

/**
 * A person's bin on the sentence chart: prison terms by length, life apart, and punishments served at liberty
 * (a suspended term, a fine) apart, so that a suspended term of three years is never drawn as three years in prison.
 */
export function sentenceBin({ sentenceYears: years, punishment }: Pick<PrisonerEntry, 'sentenceYears' | 'punishment'>): (typeof SENTENCE_BINS)[number] {
	if (punishment === 'life_imprisonment') return 'life';
	if (punishment !== null && NON_CUSTODIAL.has(punishment)) return 'at_liberty';
	if (years === null) return 'none';
	if (years < 2) return 'under_2';
	if (years < 5) return '2_5';
	if (years < 10) return '5_10';
	if (years < 15) return '10_15';
	return '15_plus';
}

export interface MonthCount {
	period: string;
	value: number | null;
}

const monthStart = (iso: string) => `${iso.slice(0, 7)}-01`;

/** Arrests per month, every month from the first arrest to `until` (months without arrests are zeros). */
export function arrestsByMonth(list: PrisonerEntry[], until: string): MonthCount[] {
	const dates = list.map((p) => p.arrestedOn).filter((d): d is string => d !== null);
	if (dates.length === 0) return [];
	const counts = new Map<string, number>();
	for (const d of dates) counts.set(monthStart(d), (counts.get(monthStart(d)) ?? 0) + 1);
	const first = dates.reduce((a, b) => (a < b ? a : b));
	return periodStarts(first, until, 'month').map((period) => ({ period, value: counts.get(period) ?? 0 }));
}

/**
 * The interval a person was held, [arrest, release): open-ended while the status says they are held; null when
 * either end is not known (a release with no date, no arrest date, house arrest), so they are left out, not guessed.
 */
export function custodyInterval(p: PrisonerEntry): { start: string; end: string | null } | null {
	if (!p.arrestedOn) return null;
	if (p.releasedOn) return { start: p.arrestedOn, end: p.releasedOn };
	return HELD_STATUSES.has(p.status) ? { start: p.arrestedOn, end: null } : null;
}

/** People held on the first day of each month, from the first arrest to `until`, by a sweep over intervals. */
export function inCustodyByMonth(list: PrisonerEntry[], until: string): { series: MonthCount[]; leftOut: number } {
	const intervals = list.map(custodyInterval);
	const known = intervals.filter((i): i is { start: string; end: string | null } => i !== null);
	if (known.length === 0) return { series: [], leftOut: list.length };
	const first = known.reduce((a, i) => (i.start < a ? i.start : a), known[0]!.start);
	const months = utcMonth.range(utcMonth.ceil(parseDay(first)), utcMonth.offset(parseDay(monthStart(until)), 1)).map(isoDay);
	// +1 on arrival, -1 on release; a month's count is the running sum of all changes on or before its first day.
	const changes = known.flatMap((i) => (i.end ? [{ date: i.start, delta: 1 }, { date: i.end, delta: -1 }] : [{ date: i.start, delta: 1 }])).sort((a, b) => a.date.localeCompare(b.date));
	let held = 0;
	let next = 0;
	const series = months.map((month) => {
		while (next < changes.length && changes[next]!.date <= month) held += changes[next++]!.delta;
		return { period: month, value: held };
	});
	return { series, leftOut: list.length - known.length };
}

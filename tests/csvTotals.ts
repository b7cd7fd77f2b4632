// Totals computed straight from data/detentions.csv with PapaParse alone, independent of the site's code,
// so tests can compare what the site shows with what the file says.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

export interface DetentionTotals {
	events: number;
	detained: number;
	unknownEvents: number;
	byYear: Map<string, number>;
	byMonth: Map<string, number>;
	first: string;
	last: string;
}

export type CsvRow = Record<string, string>;

export function readCsv(file: string): CsvRow[] {
	return Papa.parse<CsvRow>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

/** Article code → charge type, from data/articles.csv. */
export function chargeTypes(file = 'data/articles.csv'): Map<string, string> {
	return new Map(readCsv(file).map((a) => [a.code!, a.charge_type!]));
}

/** Totals of the rows that pass `keep` (all rows by default). */
export function detentionTotals(file = 'data/detentions.csv', keep: (row: CsvRow) => boolean = () => true): DetentionTotals {
	const data = readCsv(file).filter(keep);
	const totals: DetentionTotals = { events: 0, detained: 0, unknownEvents: 0, byYear: new Map(), byMonth: new Map(), first: '9999', last: '0000' };
	for (const row of data) {
		const date = row.date!;
		totals.events++;
		if (date < totals.first) totals.first = date;
		if (date > totals.last) totals.last = date;
		if (row.detained === '') {
			totals.unknownEvents++;
			continue;
		}
		const n = Number(row.detained);
		totals.detained += n;
		totals.byYear.set(date.slice(0, 4), (totals.byYear.get(date.slice(0, 4)) ?? 0) + n);
		totals.byMonth.set(date.slice(0, 7), (totals.byMonth.get(date.slice(0, 7)) ?? 0) + n);
	}
	return totals;
}

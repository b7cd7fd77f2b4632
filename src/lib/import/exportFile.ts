// What every importer starts with: the export's records, its header matched to our column names (case and spaces
// ignored, other teams' names mapped with --map), and an empty result that already accounts for rows lost to broken
// quotes; a header missing required columns stops the import with one message.
import type { DataIssue } from '../ingest/issues';
import { readCsvRecords, type CsvRecord } from '../ingest/records';
import type { Row } from '../schema/types';

export interface RejectedRow {
	line: number;
	reason: string;
	cells: string[];
}

export interface ImportResult {
	/** The export's header as written. */
	header: string[];
	rows: Row[];
	rejected: RejectedRow[];
	/** Problems with the file as a whole (a missing column): nothing is imported then. */
	fileIssues: DataIssue[];
	summary: { rowsIn: number; rowsOut: number; rejected: number };
	/** Lines for the person importing: what was inferred and from what, values no vocabulary knows. */
	notes: string[];
}

/** How an export's columns are read: the names we know, the ones without which nothing can be imported, and renames. */
export interface ExportLayout {
	/** Our names of the columns the importer reads. */
	columns: readonly string[];
	required: readonly string[];
	/** Their column name → ours (from --map theirs=ours); matched like the header, case and spaces ignored. */
	map?: Record<string, string>;
	/** Says what the export should look like when required columns are missing. */
	missingMessage: (missing: string[]) => string;
}

export interface OpenedExport {
	result: ImportResult;
	data: CsvRecord[];
	/** A record's cell in one of our columns, trimmed; '' when the export has no such column. */
	cell: (record: CsvRecord, column: string) => string;
	/** True when the export has the column (by our name). */
	has: (column: string) => boolean;
	/** The export's columns that are none of ours, as written: left out, and worth a note. */
	unused: string[];
}

const headerKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, '_');

export function openExport(text: string, file: string, layout: ExportLayout): OpenedExport {
	const { records, issues } = readCsvRecords(text, file);
	const [headerRecord, ...data] = records;
	const header = (headerRecord?.cells ?? []).map((c) => c.trim());
	const renames = new Map(Object.entries(layout.map ?? {}).map(([theirs, ours]) => [headerKey(theirs), headerKey(ours)]));
	const known = new Map(layout.columns.map((c) => [headerKey(c), c]));
	const position = new Map<string, number>();
	const unused: string[] = [];
	header.forEach((name, i) => {
		const key = headerKey(name);
		const ours = known.get(renames.get(key) ?? key);
		if (ours && !position.has(ours)) position.set(ours, i);
		else if (name !== '') unused.push(name);
	});
	const result: ImportResult = {
		header,
		rows: [],
		rejected: issues.map((i) => ({ line: i.line, reason: i.message, cells: [] })),
		fileIssues: [],
		summary: { rowsIn: data.length + issues.length, rowsOut: 0, rejected: 0 },
		notes: []
	};
	const cell = (record: CsvRecord, column: string) => {
		const i = position.get(column);
		return i === undefined ? '' : (record.cells[i] ?? '').trim();
	};
	const has = (column: string) => position.has(column);
	const missing = layout.required.filter((c) => !position.has(c));
	if (missing.length > 0) {
		result.fileIssues.push({ file, line: 1, message: layout.missingMessage(missing) });
		return { result, data: [], cell, has, unused };
	}
	return { result, data, cell, has, unused };
}

/** Closes the counts once every row has landed or been rejected. */
export function finishImport(result: ImportResult): ImportResult {
	result.summary.rowsOut = result.rows.length;
	result.summary.rejected = result.rejected.length;
	return result;
}

/** "3 × «лишение свободы», 1 × «штраф»": how often each value occurred, most frequent first. */
export function tallyText(values: string[]): string {
	const counts = new Map<string, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	return [...counts]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.map(([v, n]) => `${n} × «${v}»`)
		.join(', ');
}

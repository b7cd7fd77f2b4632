// What every importer starts with: the export's records and header, and an empty result that already accounts for
// rows lost to broken quotes; a header missing required columns stops the import with one message.
import type { DataIssue } from '../ingest/issues';
import { readCsvRecords, type CsvRecord } from '../ingest/records';
import type { Row } from '../schema/types';

export interface RejectedRow {
	line: number;
	reason: string;
	cells: string[];
}

export interface ImportResult {
	header: string[];
	rows: Row[];
	rejected: RejectedRow[];
	/** Problems with the file as a whole (a missing column): nothing is imported then. */
	fileIssues: DataIssue[];
	summary: { rowsIn: number; rowsOut: number; rejected: number; detainedIn: number; detainedOut: number; eventTypesAsOther: number };
}

export function openExport(text: string, file: string, required: string[], missingMessage: (missing: string[]) => string): { result: ImportResult; data: CsvRecord[] } {
	const { records, issues } = readCsvRecords(text, file);
	const [headerRecord, ...data] = records;
	const header = (headerRecord?.cells ?? []).map((c) => c.trim());
	const result: ImportResult = {
		header,
		rows: [],
		rejected: issues.map((i) => ({ line: i.line, reason: i.message, cells: [] })),
		fileIssues: [],
		summary: { rowsIn: data.length + issues.length, rowsOut: 0, rejected: 0, detainedIn: 0, detainedOut: 0, eventTypesAsOther: 0 }
	};
	const missing = required.filter((c) => !header.includes(c));
	if (missing.length > 0) {
		result.fileIssues.push({ file, line: 1, message: missingMessage(missing) });
		return { result, data: [] };
	}
	return { result, data };
}

/** Closes the counts once every row has landed or been rejected. */
export function finishImport(result: ImportResult): ImportResult {
	result.summary.rowsOut = result.rows.length;
	result.summary.rejected = result.rejected.length;
	return result;
}

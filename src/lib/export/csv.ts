// CSV for readers to download: PapaParse writes it, safe to open in a spreadsheet (no formula runs). A page loads
// this module only when a reader asks for a file (download.ts, downloadCsv).
import Papa from 'papaparse';

export type CsvCell = string | number | null;

/**
 * Text starting with these is run as a formula by spreadsheet programs (OWASP "CSV injection"); such a cell gets a
 * leading apostrophe. PapaParse's own default pattern (`^[=+\-@\t\r].*$`) misses a cell whose formula is followed by
 * a line break, so the test is on the first character alone. Numbers are data and are written as they are.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** CSV text of the rows under a header of `columns`; without it (`header: false`) for a file written in parts. */
export function toCsv(columns: string[], rows: CsvCell[][], { header = true } = {}): string {
	return Papa.unparse({ fields: columns, data: rows }, { escapeFormulae: FORMULA_START, newline: '\r\n', header }) + '\r\n';
}

// CSV for readers to download: PapaParse writes it, safe to open in a spreadsheet (no formula runs), UTF-8 with a
// BOM for Excel.
import Papa from 'papaparse';
import { saveBlob } from './download';

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

/** Starts a download of the CSV in the browser; the BOM lets Excel read Cyrillic as UTF-8. */
export function downloadCsv(fileName: string, columns: string[], rows: CsvCell[][]): void {
	saveBlob(new Blob(['\uFEFF', toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }), fileName);
}

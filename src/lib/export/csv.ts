// CSV for readers to download: safe to open in a spreadsheet (no formula runs), UTF-8 with BOM for Excel.
import { saveBlob } from './download';

export type CsvCell = string | number | null;

/** Text starting with these is run as a formula by spreadsheet programs (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A leading apostrophe makes a spreadsheet show the text as typed instead of evaluating it. */
export function neutralise(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cell(value: CsvCell): string {
	if (value === null) return '';
	// Numbers are data, written as they are; only text can smuggle a formula in.
	if (typeof value === 'number') return String(value);
	return quote(neutralise(value));
}

export function toCsv(columns: string[], rows: CsvCell[][]): string {
	return [columns, ...rows].map((row) => row.map((v) => cell(v)).join(',')).join('\r\n') + '\r\n';
}

/** Starts a download of the CSV in the browser; the BOM lets Excel read Cyrillic as UTF-8. */
export function downloadCsv(fileName: string, columns: string[], rows: CsvCell[][]): void {
	saveBlob(new Blob(['\uFEFF', toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }), fileName);
}

// Writes generated rows as CSV text in a way that stays within memory for a million rows.
import Papa from 'papaparse';

// Rows are converted and unparsed in chunks, each kept as UTF-8 bytes until the end: Papa builds its
// output by string concatenation, and holding a million rows of that at once costs over a gigabyte.
const CSV_CHUNK_ROWS = 50_000;

export function toCsv<Row>(fields: readonly string[], rows: readonly Row[], toCells: (row: Row) => string[]): string {
	// Papa quotes only cells that need it (commas, quotes, newlines); the file ends with a newline.
	const parts = [Buffer.from(Papa.unparse([[...fields]], { newline: '\n' }) + '\n', 'utf8')];
	for (let start = 0; start < rows.length; start += CSV_CHUNK_ROWS) {
		const chunk = rows.slice(start, start + CSV_CHUNK_ROWS).map(toCells);
		parts.push(Buffer.from(Papa.unparse(chunk, { newline: '\n' }) + '\n', 'utf8'));
	}
	return Buffer.concat(parts).toString('utf8');
}

/** An unknown number is written as an empty cell, never as 0. */
export function numberCell(value: number | null): string {
	return value === null ? '' : String(value);
}

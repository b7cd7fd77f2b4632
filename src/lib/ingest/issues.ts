// Data errors as values with a place, worded for the person who keeps the spreadsheet.

export interface DataIssue {
	file: string;
	/** The line a text editor shows: the header is line 1, a quoted multi-line cell counts all its lines. */
	line: number;
	/** The column's position in the header, 1-based (1 = spreadsheet column A); absent for whole-row problems. */
	column?: number;
	message: string;
}

/** `FILE:LINE: message` or `FILE:LINE:COLUMN: message`, one issue per line, as compilers print them. */
export function formatIssue(issue: DataIssue): string {
	const place = issue.column === undefined ? `${issue.line}` : `${issue.line}:${issue.column}`;
	return `${issue.file}:${place}: ${issue.message}`;
}

/** Spreadsheet column letters for a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
	let n = column;
	let letters = '';
	while (n > 0) {
		const rem = (n - 1) % 26;
		letters = String.fromCharCode(65 + rem) + letters;
		n = Math.floor((n - 1) / 26);
	}
	return letters;
}

export function byPlace(a: DataIssue, b: DataIssue): number {
	return a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
}

// Splits CSV text into records that remember the editor line they start on; recovers after broken quotes.
import Papa from 'papaparse';
import { issueAt, type DataIssue } from './issues';

export type Delimiter = ',' | ';';

export interface CsvRecord {
	cells: string[];
	line: number;
}

export interface CsvRecords {
	delimiter: Delimiter;
	records: CsvRecord[];
	issues: DataIssue[];
}

/** Excel in Russian locales saves `;`-separated files; everything else uses `,`. The header decides. */
export function detectDelimiter(text: string): Delimiter {
	const firstLine = text.slice(0, text.search(/\r|\n|$/));
	let commas = 0;
	let semicolons = 0;
	let quoted = false;
	for (const ch of firstLine) {
		if (ch === '"') quoted = !quoted;
		else if (!quoted && ch === ',') commas++;
		else if (!quoted && ch === ';') semicolons++;
	}
	return semicolons > commas ? ';' : ',';
}

/** Counts line breaks as an editor does: CRLF, LF and a lone CR each end one line. */
function countLineBreaks(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c === 10) n++;
		else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
	}
	return n;
}

function endOfPhysicalLine(text: string, from: number): number {
	const m = /\r\n|\n|\r/g;
	m.lastIndex = from;
	const hit = m.exec(text);
	return hit ? hit.index + hit[0].length : text.length;
}

/**
 * Reads every record. A record with a broken quote is reported and skipped as one physical line, and reading
 * starts again on the next line, so one stray quote cannot swallow the valid rows after it.
 * Blank lines hold no data and are passed over.
 */
export function readCsvRecords(text: string, file: string, onProgress?: (fraction: number) => void): CsvRecords {
	const delimiter = detectDelimiter(text);
	const records: CsvRecord[] = [];
	const issues: DataIssue[] = [];
	let start = 0;
	let line = 1;
	while (start < text.length) {
		let cursor = start;
		let restartAt: number | null = null;
		Papa.parse<string[]>(text.slice(start), {
			delimiter,
			skipEmptyLines: false,
			step(result, parser) {
				const recordStart = cursor;
				cursor = start + result.meta.cursor;
				const recordLine = line;
				line += countLineBreaks(text, recordStart, cursor);
				const quoteError = result.errors.find((e) => e.type === 'Quotes');
				if (quoteError) {
					issues.push(issueAt({ file, line: recordLine }, { code: quoteError.code === 'MissingQuotes' ? 'quote.unclosed' : 'quote.stray', params: {} }));
					restartAt = endOfPhysicalLine(text, recordStart);
					line = recordLine + 1;
					parser.abort();
					return;
				}
				const cells = result.data;
				if (onProgress && records.length % 2000 === 0) onProgress(cursor / text.length);
				if (cells.length === 1 && cells[0]?.trim() === '') return;
				records.push({ cells, line: recordLine });
			}
		});
		if (restartAt === null) break;
		start = restartAt;
	}
	return { delimiter, records, issues };
}

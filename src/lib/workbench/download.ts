// The CSV of an answer: its rows as the site writes every CSV (export/csv.ts: PapaParse, formula injection escaped),
// and two columns more, filled in the first row, that say where it came from: the data version and the query.
import { toCsv, type CsvCell } from '../export/csv';
import type { AnswerColumn, Cell } from '../db/workbench';

export interface AnswerCsv {
	/** Adds a batch of rows; the header goes with the first. */
	add(columns: AnswerColumn[], rows: Cell[][]): void;
	/** The file's parts, for a Blob. */
	parts(): string[];
}

const cell = (c: Cell): CsvCell => (typeof c === 'boolean' ? String(c) : c);

/** Column names for the provenance that do not clash with the answer's own. */
function provenanceNames(columns: AnswerColumn[]): [string, string] {
	const taken = new Set(columns.map((c) => c.name));
	const free = (name: string) => {
		let n = name;
		while (taken.has(n)) n = `_${n}`;
		return n;
	};
	return [free('data_version'), free('query')];
}

export function answerCsv(sql: string, dataVersion: string): AnswerCsv {
	const parts: string[] = [];
	let header: string[] | null = null;
	return {
		add(columns, rows) {
			const width = columns.length;
			if (!header) {
				header = [...columns.map((c) => c.name), ...provenanceNames(columns)];
				const first = rows[0] ?? Array<Cell>(width).fill(null);
				parts.push(toCsv(header, [[...first.map(cell), dataVersion, sql]]));
				rows = rows.slice(1);
			}
			// The header is written once: later batches are rows alone.
			if (rows.length > 0) parts.push(toCsv(header, rows.map((r) => [...r.map(cell), null, null]), { header: false }));
		},
		parts: () => ['\uFEFF', ...parts]
	};
}

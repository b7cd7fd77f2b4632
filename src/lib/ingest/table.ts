// Validates one CSV file against its resource's Table Schema: header, cells, unique keys.
import type { Resource, Row } from '../schema/types';
import { checkCell } from './cells';
import { decodeCsvBytes, type Encoding } from './decode';
import { columnLetter, issueAt, type DataIssue } from './issues';
import { readCsvRecords, type Delimiter } from './records';
import { ROW_RULES } from './rules';

export interface ValidTable {
	resource: Resource;
	/** Rows whose every cell passed, in file order; a row with any error is reported, never half-kept. */
	rows: Row[];
	/** The editor line each row starts on, parallel to `rows`. */
	lines: number[];
	/** 1-based header position of each schema field present in the file. */
	columns: Map<string, number>;
	issues: DataIssue[];
	encoding: Encoding;
	delimiter: Delimiter;
	/** Data rows read, valid or not. */
	rowsRead: number;
}

function checkHeader(header: string[], resource: Resource, file: string): { columns: Map<string, number>; issues: DataIssue[] } {
	const columns = new Map<string, number>();
	const issues: DataIssue[] = [];
	const known = new Set(resource.schema.fields.map((f) => f.name));
	header.forEach((rawName, i) => {
		const name = rawName.trim();
		const column = i + 1;
		if (name === '') {
			issues.push(issueAt({ file, line: 1, column }, { code: 'header.unnamed', params: { letter: columnLetter(column) } }));
		} else if (!known.has(name)) {
			issues.push(issueAt({ file, line: 1, column }, { code: 'header.unknown', params: { name, resource: resource.name, expected: [...known].join(', ') } }));
		} else if (columns.has(name)) {
			issues.push(issueAt({ file, line: 1, column }, { code: 'header.repeated', params: { name, first: columnLetter(columns.get(name)!) } }));
		} else {
			columns.set(name, column);
		}
	});
	for (const field of resource.schema.fields) {
		if (!columns.has(field.name) && field.constraints?.required) {
			issues.push(issueAt({ file, line: 1 }, { code: 'header.missing', params: { name: field.name } }));
		}
	}
	return { columns, issues };
}

/** A record's key cells as written, kept for every row, valid or not, so repeats are found either way. */
interface KeyedRecord {
	line: number;
	cells: Map<string, string>;
	/** Index into `rows` when the row is valid. */
	rowIndex: number | null;
}

/** Reports repeated values of each unique field and of the primary key, and drops the repeats from `rows`. */
function checkUniqueness(table: ValidTable, keyed: KeyedRecord[], file: string): void {
	const { schema } = table.resource;
	const keys: string[][] = schema.fields.filter((f) => f.constraints?.unique).map((f) => [f.name]);
	const pk = schema.primaryKey;
	if (pk && pk.length > 1) keys.push(pk);
	const repeated = new Set<number>();
	for (const key of keys) {
		const firstLine = new Map<string, number>();
		for (const record of keyed) {
			const parts = key.map((name) => record.cells.get(name) ?? '');
			if (parts.some((p) => p === '')) continue;
			const value = parts.join(' | ');
			const seen = firstLine.get(value);
			if (seen === undefined) {
				firstLine.set(value, record.line);
				continue;
			}
			if (record.rowIndex !== null) repeated.add(record.rowIndex);
			table.issues.push(issueAt({ file, line: record.line, column: table.columns.get(key[0]!) }, { code: 'key.repeated', params: { key: key.join(' + '), value, line: seen } }));
		}
	}
	if (repeated.size > 0) {
		table.rows = table.rows.filter((_, i) => !repeated.has(i));
		table.lines = table.lines.filter((_, i) => !repeated.has(i));
	}
}

/** `onProgress` hears how much of the text has been read (0 to 1), for a progress bar on large files. */
export function validateTableText(text: string, resource: Resource, file: string, encoding: Encoding = 'utf-8', onProgress?: (fraction: number) => void): ValidTable {
	const { delimiter, records, issues } = readCsvRecords(text, file, onProgress);
	const table: ValidTable = { resource, rows: [], lines: [], columns: new Map(), issues, encoding, delimiter, rowsRead: 0 };
	const [headerRecord, ...dataRecords] = records;
	if (!headerRecord) {
		issues.push(issueAt({ file, line: 1 }, { code: 'file.empty', params: { fields: resource.schema.fields.map((f) => f.name).join(', ') } }));
		return table;
	}
	const header = checkHeader(headerRecord.cells, resource, file);
	table.columns = header.columns;
	issues.push(...header.issues);
	table.rowsRead = dataRecords.length;
	// Without a required column every row would repeat the same complaint; the header error says it once.
	if (header.issues.some((i) => i.column === undefined)) return table;
	const width = headerRecord.cells.length;
	const keyNames = resource.schema.fields.filter((f) => f.constraints?.unique || resource.schema.primaryKey?.includes(f.name)).map((f) => f.name);
	const keyed: KeyedRecord[] = [];
	for (const record of dataRecords) {
		if (record.cells.length !== width) {
			issues.push(issueAt({ file, line: record.line }, { code: 'row.width', params: { cells: record.cells.length, columns: width, delimiter } }));
			continue;
		}
		const row: Row = {};
		let rowOk = true;
		for (const field of resource.schema.fields) {
			const column = table.columns.get(field.name);
			const result = checkCell(field, column === undefined ? '' : record.cells[column - 1]!);
			if (result.ok) {
				row[field.name] = result.value;
			} else {
				rowOk = false;
				issues.push(issueAt({ file, line: record.line, column }, { ...result.problem, field: field.name }));
			}
		}
		// Cross-field rules run on rows whose cells are each valid, so their messages are about the facts, not the format.
		if (rowOk) {
			for (const problem of ROW_RULES[resource.name]?.(row) ?? []) {
				rowOk = false;
				issues.push(issueAt({ file, line: record.line, column: table.columns.get(problem.field) }, problem));
			}
		}
		const cells = new Map(keyNames.map((name) => [name, (record.cells[(table.columns.get(name) ?? 0) - 1] ?? '').trim()]));
		keyed.push({ line: record.line, cells, rowIndex: rowOk ? table.rows.length : null });
		if (rowOk) {
			table.rows.push(row);
			table.lines.push(record.line);
		}
	}
	checkUniqueness(table, keyed, file);
	return table;
}

export function validateTableBytes(bytes: Uint8Array, resource: Resource, file: string, onProgress?: (fraction: number) => void): ValidTable {
	const { text, encoding } = decodeCsvBytes(bytes);
	return validateTableText(text, resource, file, encoding, onProgress);
}

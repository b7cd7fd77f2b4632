// Writes validated rows back as canonical CSV: UTF-8, comma, LF, schema column order, ISO dates, `;` lists.
import Papa from 'papaparse';
import type { Resource, Row } from '../schema/types';

export function canonicalCsv(resource: Resource, rows: Row[]): string {
	const fields = resource.schema.fields;
	const data = rows.map((row) =>
		fields.map((f) => {
			const v = row[f.name];
			if (v === null || v === undefined) return '';
			return Array.isArray(v) ? v.join(f.delimiter ?? ',') : String(v);
		})
	);
	return Papa.unparse({ fields: fields.map((f) => f.name), data }, { newline: '\n' }) + '\n';
}

// Validates a whole data package: every resource's file, then the links between them (foreign keys).
import type { DataPackage, Resource } from '../schema/types';
import { closestValues } from '../text/distance';
import { issueAt, type DataIssue } from './issues';
import { validateTableBytes, type ValidTable } from './table';

export interface PackageCheck {
	tables: Map<string, ValidTable>;
	issues: DataIssue[];
}

/** Reports every value that points at a code the referenced table does not have. */
export function checkForeignKeys(table: ValidTable, tables: Map<string, ValidTable>): DataIssue[] {
	const issues: DataIssue[] = [];
	const file = table.resource.path;
	const bad = new Set<number>();
	for (const fk of table.resource.schema.foreignKeys ?? []) {
		const [fieldName] = fk.fields;
		const [refField] = fk.reference.fields;
		const target = tables.get(fk.reference.resource);
		if (!fieldName || !refField || !target) continue;
		const codes = new Set(target.rows.map((r) => String(r[refField])));
		table.rows.forEach((row, i) => {
			const value = row[fieldName];
			const items = value === null || value === undefined ? [] : Array.isArray(value) ? value : [String(value)];
			for (const item of items) {
				if (codes.has(item)) continue;
				bad.add(i);
				const params = { value: item, refField, reference: target.resource.path };
				const closest = closestValues(item, codes).map((c) => `"${c}"`);
				issues.push(
					issueAt(
						{ file, line: table.lines[i]!, column: table.columns.get(fieldName) },
						closest.length > 0
							? { code: 'reference.unknownNear', field: fieldName, params: { ...params, closest: closest.join(', ') } }
							: { code: 'reference.unknown', field: fieldName, params }
					)
				);
			}
		});
	}
	if (bad.size > 0) {
		table.rows = table.rows.filter((_, i) => !bad.has(i));
		table.lines = table.lines.filter((_, i) => !bad.has(i));
	}
	return issues;
}

/**
 * `readFile` returns a resource file's bytes or null when it is absent. Foreign keys are checked against the
 * valid rows only, so a row pointing at a broken reference row is reported too, not silently accepted.
 */
export function validatePackage(pkg: DataPackage, readFile: (resource: Resource) => Uint8Array | null, onProgress?: (resource: Resource, fraction: number) => void): PackageCheck {
	const tables = new Map<string, ValidTable>();
	const issues: DataIssue[] = [];
	for (const resource of pkg.resources) {
		const bytes = readFile(resource);
		if (!bytes) {
			issues.push(issueAt({ file: resource.path, line: 1 }, { code: 'file.missing', params: { resource: resource.name } }));
			continue;
		}
		const table = validateTableBytes(bytes, resource, resource.path, onProgress && ((f) => onProgress(resource, f)));
		tables.set(resource.name, table);
		issues.push(...table.issues);
	}
	for (const table of tables.values()) issues.push(...checkForeignKeys(table, tables));
	return { tables, issues };
}

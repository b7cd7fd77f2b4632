// `npm run data:check [-- FILE...] [--data DIR]`: validates data/ (or DIR, or the named CSV files) against the
// directory's datapackage.json.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkFile } from '../src/lib/ingest/checkFile';
import { byPlace, formatIssue } from '../src/lib/ingest/issues';
import { validatePackage } from '../src/lib/ingest/package';
import type { ValidTable } from '../src/lib/ingest/table';
import type { DataPackage, Resource } from '../src/lib/schema/types';

const { values, positionals } = parseArgs({ options: { data: { type: 'string' } }, allowPositionals: true });
const dataDir = path.resolve(values.data ?? path.join(import.meta.dirname, '..', 'data'));
const dataPackage = JSON.parse(readFileSync(path.join(dataDir, 'datapackage.json'), 'utf8')) as DataPackage;
const bundled = (r: Resource) => {
	const file = path.join(dataDir, r.path);
	return existsSync(file) ? readFileSync(file) : null;
};
const shown = (file: string) => path.relative(process.cwd(), path.join(dataDir, file));

function summary(name: string, table: ValidTable): string {
	const bad = table.rowsRead - table.rows.length;
	return `${name}: ${table.rows.length} valid rows${bad > 0 ? `, ${bad} with errors` : ''} (${table.encoding}, "${table.delimiter}")`;
}

function main(files: string[]): number {
	let errors = 0;
	// Private fields are checked like the others and published nowhere; a key cannot be private: pages and links name rows by it.
	const hidden = dataPackage.resources.flatMap((r) => r.schema.fields.filter((f) => f.private === true).map((f) => ({ r, f })));
	if (hidden.length > 0) console.error(`private fields (checked, never published): ${hidden.map(({ r, f }) => `${r.name}.${f.name}`).join(', ')}`);
	for (const { r, f } of hidden) {
		const keys = [...(r.schema.primaryKey ?? []), ...(r.schema.foreignKeys ?? []).flatMap((fk) => fk.fields)];
		const referenced = dataPackage.resources.some((o) => (o.schema.foreignKeys ?? []).some((fk) => fk.reference.resource === r.name && fk.reference.fields.includes(f.name)));
		if (!keys.includes(f.name) && !referenced) continue;
		console.log(`${shown('datapackage.json')}:1: ${r.name}.${f.name}: a key cannot be private (rows are named and linked by it); remove "private": true or the key`);
		errors++;
	}
	if (files.length === 0) {
		const check = validatePackage(dataPackage, bundled);
		for (const issue of [...check.issues].sort(byPlace)) console.log(formatIssue({ ...issue, file: shown(issue.file) }));
		for (const table of check.tables.values()) console.error(summary(shown(table.resource.path), table));
		errors += check.issues.length;
	} else {
		// A named file is checked against the package's own files for the codes it points to.
		for (const file of files) {
			if (!existsSync(file)) {
				console.log(`${file}:1: no such file`);
				errors++;
				continue;
			}
			const check = checkFile(file, readFileSync(file), bundled);
			for (const issue of check.issues) console.log(formatIssue(issue));
			if (check.table) console.error(summary(file, check.table));
			errors += check.issues.length;
		}
	}
	console.error(errors === 0 ? 'data:check: no errors' : `data:check: ${errors} error${errors === 1 ? '' : 's'}; fix them and run again`);
	return errors === 0 ? 0 : 1;
}

process.exitCode = main(positionals);

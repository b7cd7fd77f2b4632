// `npm run data:check [-- FILE...]`: validates data/ (or the named CSV files) against data/datapackage.json.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { dataPackage, resourceForFile } from '../src/lib/schema/package';
import { validatePackage } from '../src/lib/ingest/package';
import { byPlace, formatIssue } from '../src/lib/ingest/issues';
import type { Resource } from '../src/lib/schema/types';

const dataDir = path.resolve(import.meta.dirname, '..', 'data');

function main(args: string[]): number {
	// Files named on the command line stand in for the package's own file of the same name.
	const replacements = new Map<string, string>();
	for (const arg of args) {
		const resource = resourceForFile(arg);
		if (!resource) {
			console.error(`${arg}:1: the file name does not match any resource; name it after one of: ${dataPackage.resources.map((r) => r.path).join(', ')}`);
			return 1;
		}
		if (!existsSync(arg)) {
			console.error(`${arg}:1: no such file`);
			return 1;
		}
		replacements.set(resource.name, arg);
	}
	const fileFor = (r: Resource) => replacements.get(r.name) ?? path.join(dataDir, r.path);
	const check = validatePackage(dataPackage, (r) => (existsSync(fileFor(r)) ? readFileSync(fileFor(r)) : null));

	// With files named, report on those files only: the package's own files are the reference.
	const shown = replacements.size === 0 ? check.issues : check.issues.filter((i) => [...replacements.keys()].some((n) => resourceForFile(i.file)?.name === n));
	const named = (file: string) => replacements.get(resourceForFile(file)?.name ?? '') ?? path.join('data', file);
	for (const issue of [...shown].sort(byPlace)) console.log(formatIssue({ ...issue, file: named(issue.file) }));

	for (const [name, table] of check.tables) {
		if (replacements.size > 0 && !replacements.has(name)) continue;
		const bad = table.rowsRead - table.rows.length;
		const how = `${table.encoding}, "${table.delimiter}"`;
		console.error(`${named(table.resource.path)}: ${table.rows.length} valid rows${bad > 0 ? `, ${bad} with errors` : ''} (${how})`);
	}
	console.error(shown.length === 0 ? 'data:check: no errors' : `data:check: ${shown.length} error${shown.length === 1 ? '' : 's'}; fix them and run again`);
	return shown.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));

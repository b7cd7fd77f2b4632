// `npm run data:merge -- FILE... --out FILE`: merges imports of one table (detentions.csv or prisoners.csv, from
// several exports) into one file. Each input is validated first; colliding ids stop the merge; rows that look like the
// same event (same day, place and count) or person in a later file are left out and listed in a report beside OUT.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { checkFile } from '../src/lib/ingest/checkFile';
import { formatIssue } from '../src/lib/ingest/issues';
import { canonicalCsv } from '../src/lib/ingest/serialize';
import { mergeRows, type SourceRows } from '../src/lib/import/merge';
import type { Resource } from '../src/lib/schema/types';

const USAGE = 'usage: npm run data:merge -- FILE.csv FILE.csv... --out OUT.csv   (files named after their table, e.g. 2012/detentions.csv 2013/detentions.csv)';

class UsageError extends Error {}

function run(argv: string[]): number {
	const { values, positionals } = parseArgs({ args: argv, options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	if (!values.out) throw new UsageError('--out OUT.csv is missing');
	if (positionals.length < 2) throw new UsageError('give at least two files to merge');
	const dataDir = path.resolve(import.meta.dirname, '..', 'data');
	const reference = (r: Resource) => (existsSync(path.join(dataDir, r.path)) ? readFileSync(path.join(dataDir, r.path)) : null);
	let resource: Resource | null = null;
	const sources: SourceRows[] = [];
	for (const file of positionals) {
		if (!existsSync(file)) throw new UsageError(`${file}: no such file`);
		const check = checkFile(file, readFileSync(file), reference);
		if (!check.resource || !check.table) throw new UsageError(check.issues.map(formatIssue).join('\n'));
		if (resource && check.resource.name !== resource.name) throw new UsageError(`${file} is ${check.resource.path}, the others ${resource.path}: merge one table at a time`);
		resource = check.resource;
		if (check.issues.length > 0) {
			for (const issue of check.issues) console.error(formatIssue(issue));
			console.error(`data:merge: ${file} has ${check.issues.length} errors; fix them (npm run data:check -- ${file}) and merge again`);
			return 1;
		}
		sources.push({ file, rows: check.table.rows, lines: check.table.lines });
	}
	const merged = mergeRows(resource!.name, sources);
	if (merged.collisions.length > 0) {
		for (const c of merged.collisions) console.error(`${c.second.file}:${c.second.line}: id "${c.second.id}" is already used in ${c.first.file}:${c.first.line}`);
		console.error('data:merge: ids collide; import each export with its own --id-prefix (e.g. --id-prefix ovd2013-) and merge again');
		return 1;
	}
	writeFileSync(values.out, canonicalCsv(resource!, merged.rows));
	const report = values.out.replace(/\.csv$/i, '') + '-likely-duplicates.csv';
	const total = sources.reduce((n, s) => n + s.rows.length, 0);
	console.log(`${sources.map((s) => `${s.file}: ${s.rows.length}`).join(', ')} → ${values.out}: ${merged.rows.length} rows`);
	if (merged.likelyDuplicates.length > 0) {
		const rows = merged.likelyDuplicates.map((d) => [d.dropped.file, String(d.dropped.line), d.dropped.id, d.kept.file, String(d.kept.line), d.kept.id, d.key]);
		writeFileSync(report, Papa.unparse({ fields: ['left_out_file', 'left_out_line', 'left_out_id', 'kept_file', 'kept_line', 'kept_id', 'same'], data: rows }, { newline: '\n' }) + '\n');
		console.log(`${merged.likelyDuplicates.length} of ${total} rows look like rows of an earlier file (same ${resource!.name === 'detentions' ? 'day, place and count' : 'name and birth year'}) and were left out: see ${report}; if they are distinct, make them differ and merge again`);
	}
	return 0;
}

try {
	process.exitCode = run(process.argv.slice(2));
} catch (error) {
	const known = error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
	if (!known) throw error;
	console.error(`data:merge: ${error.message}\n${USAGE}`);
	process.exitCode = 2;
}

// `npm run data:import -- --from ovdinfo|prisoners FILE --out DIR [options]`: converts an export into our detentions.csv
// or prisoners.csv, lists every row it could not take in DIR/rejected.csv with its line and reason, and prints what
// came in, what went out and what it inferred. Bad arguments get one line and the usage, never a stack trace.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { decodeCsvBytes } from '../src/lib/ingest/decode';
import { formatIssue } from '../src/lib/ingest/issues';
import { canonicalCsv } from '../src/lib/ingest/serialize';
import { validateTableBytes } from '../src/lib/ingest/table';
import { changesBetween, changesSummary } from '../src/lib/import/changes';
import { parseSourceDate } from '../src/lib/import/dates';
import type { ImportResult } from '../src/lib/import/exportFile';
import { importPrisonerList, PRISONER_LIST_COLUMNS } from '../src/lib/import/prisonerList';
import { EVENT_COLUMNS, importOvdInfo } from '../src/lib/import/ovdinfo';
import { placeMatcher } from '../src/lib/import/places';
import { readReferenceTables } from '../src/lib/import/reference';
import { resourceByName } from '../src/lib/schema/package';

const USAGE = `usage: npm run data:import -- --from ovdinfo FILE --out DIR [--region NAME_OR_CODE] [--map THEIRS=OURS]... [--id-prefix P]
       npm run data:import -- --from prisoners FILE --out DIR --as-of YYYY-MM-DD [--recognized-by NAME] [--region NAME_OR_CODE] [--map THEIRS=OURS]... [--previous DIR]`;

class UsageError extends Error {}

const OPTIONS = {
	from: { type: 'string' },
	out: { type: 'string' },
	region: { type: 'string' },
	map: { type: 'string', multiple: true },
	'id-prefix': { type: 'string' },
	'as-of': { type: 'string' },
	'recognized-by': { type: 'string' },
	previous: { type: 'string' },
	help: { type: 'boolean', short: 'h' }
} as const;

/** --map theirs=ours, each checked against the columns the importer reads. */
function columnMap(pairs: string[], columns: readonly string[]): Record<string, string> {
	const map: Record<string, string> = {};
	for (const pair of pairs) {
		const [theirs, ours] = pair.split('=').map((s) => s.trim());
		if (!theirs || !ours) throw new UsageError(`--map ${pair}: write it as THEIRS=OURS, e.g. --map total=number_of_detentions`);
		if (!columns.includes(ours)) throw new UsageError(`--map ${pair}: "${ours}" is not a column this importer reads; it reads ${columns.join(', ')}`);
		map[theirs] = ours;
	}
	return map;
}

const asOfOf = (raw: string | undefined) => (raw === undefined ? '' : (parseSourceDate(raw) ?? ''));

/** A table of the published data (DIR/prisoners.csv…), valid rows only; none when the file is not there yet. */
function publishedRows(dir: string, name: string) {
	const resource = resourceByName(name)!;
	const file = path.join(dir, resource.path);
	if (!existsSync(file)) return { resource, rows: [] };
	const table = validateTableBytes(readFileSync(file), resource, file);
	if (table.issues.length > 0) throw new UsageError(`${file} has errors; run npm run data:check first`);
	return { resource, rows: table.rows };
}

/**
 * DIR/changes.csv: the published change log with what this import changes appended, dated --as-of, so that the feeds
 * announce each new person, sentence and release once. Copy it into data/ with prisoners.csv.
 */
function appendChanges(previousDir: string, out: string, result: ImportResult, asOf: string): void {
	const before = publishedRows(previousDir, 'prisoners');
	const log = publishedRows(previousDir, 'changes');
	const appended = changesBetween(before.rows, result.rows, asOf);
	writeFileSync(path.join(out, log.resource.path), canonicalCsv(log.resource, [...log.rows, ...appended]));
	console.log(`changes against ${path.join(previousDir, before.resource.path)}: ${changesSummary(appended)}; wrote ${path.join(out, log.resource.path)} (the change log with them appended)`);
}

function run(argv: string[]): number {
	const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	const { from, out } = values;
	if (from !== 'ovdinfo' && from !== 'prisoners') throw new UsageError(from ? `--from ${from}: the importers are ovdinfo and prisoners` : '--from is missing');
	if (!out) throw new UsageError('--out DIR is missing');
	if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'FILE is missing' : `one FILE at a time (got ${positionals.join(', ')}); merge imports with npm run data:merge`);
	const file = positionals[0]!;
	if (!existsSync(file)) throw new UsageError(`${file}: no such file`);

	const dataDir = path.resolve(import.meta.dirname, '..', 'data');
	const references = readReferenceTables((p) => readFileSync(path.join(dataDir, p)));
	const matchPlace = placeMatcher(references.regions, references.places);
	let defaultRegion: string | null = null;
	if (values.region !== undefined) {
		const match = matchPlace(values.region);
		if (!match.ok) throw new UsageError(`--region ${values.region}: not a region or place we know${match.suggestions.length ? `; closest: ${match.suggestions.join(', ')}` : ''}`);
		defaultRegion = match.region;
	}
	const { text, encoding } = decodeCsvBytes(readFileSync(file));

	let result: ImportResult;
	let detained: { in: number; out: number } | null = null;
	if (from === 'ovdinfo') {
		const events = importOvdInfo(text, file, { references, matchPlace, defaultRegion, map: columnMap(values.map ?? [], EVENT_COLUMNS), idPrefix: values['id-prefix'] ?? 'ovd-' });
		result = events;
		detained = events.detained;
	} else {
		const asOf = values['as-of'] === undefined ? null : parseSourceDate(values['as-of']);
		if (!asOf) throw new UsageError(values['as-of'] === undefined ? '--as-of YYYY-MM-DD is missing: the date the list is as of (each profile says "information as of")' : `--as-of ${values['as-of']}: not a date`);
		result = importPrisonerList(text, file, { references, matchPlace, asOf, recognizedBy: values['recognized-by'] ?? null, defaultRegion, map: columnMap(values.map ?? [], PRISONER_LIST_COLUMNS) });
	}
	if (result.fileIssues.length > 0) {
		for (const issue of result.fileIssues) console.error(formatIssue(issue));
		return 1;
	}
	const target = from === 'ovdinfo' ? 'detentions' : 'prisoners';
	mkdirSync(out, { recursive: true });
	writeFileSync(path.join(out, `${target}.csv`), canonicalCsv(resourceByName(target)!, result.rows));
	const rejected = Papa.unparse({ fields: ['line', 'reason', ...result.header], data: result.rejected.map((r) => [String(r.line), r.reason, ...r.cells]) }, { newline: '\n' });
	writeFileSync(path.join(out, 'rejected.csv'), `${rejected}\n`);
	const s = result.summary;
	console.log(`${file} (${encoding}): ${s.rowsIn} rows in, ${s.rowsOut} out, ${s.rejected} rejected${s.rejected > 0 ? ` (see ${path.join(out, 'rejected.csv')})` : ''}`);
	if (detained) console.log(`detained: ${detained.in} in, ${detained.out} out${detained.in !== detained.out ? ' (the difference is in rejected rows)' : ''}`);
	for (const note of result.notes) console.log(note);
	console.log(`wrote ${path.join(out, `${target}.csv`)}; check it with npm run data:check -- ${path.join(out, `${target}.csv`)}`);
	if (target === 'prisoners') appendChanges(values.previous ?? dataDir, out, result, asOfOf(values['as-of']));
	return 0;
}

try {
	process.exitCode = run(process.argv.slice(2));
} catch (error) {
	// parseArgs throws TypeErrors with a code for unknown options and missing values: those are the reader's to fix.
	const known = error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
	if (!known) throw error;
	console.error(`data:import: ${error.message}\n${USAGE}`);
	process.exitCode = 2;
}

// `npm run data:import -- --from ovdinfo|memorial FILE --out DIR`: converts an export into our detentions.csv or
// prisoners.csv, and lists every row it could not take in DIR/rejected.csv with its line and reason.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { decodeCsvBytes } from '../src/lib/ingest/decode';
import { formatIssue } from '../src/lib/ingest/issues';
import { canonicalCsv } from '../src/lib/ingest/serialize';
import { importMemorial } from '../src/lib/import/memorial';
import { importOvdInfo } from '../src/lib/import/ovdinfo';
import { resourceByName } from '../src/lib/schema/package';

function option(args: string[], name: string): string | undefined {
	const i = args.indexOf(name);
	return i === -1 ? undefined : args[i + 1];
}

function readData(file: string): Record<string, string>[] {
	const { data } = Papa.parse<Record<string, string>>(readFileSync(path.resolve(import.meta.dirname, '..', 'data', file), 'utf8'), { header: true, skipEmptyLines: true });
	return data;
}

const regions = () => readData('regions.csv').map((r) => ({ code: r.code ?? '', nameRu: r.name_ru ?? '', nameEn: r.name_en ?? '' }));
const articles = () => readData('articles.csv').map((a) => ({ code: a.code ?? '', chargeType: a.charge_type ?? '' }));

function main(args: string[]): number {
	const from = option(args, '--from');
	const out = option(args, '--out');
	const valued = ['--from', '--out', '--as-of', '--recognized-by'];
	const file = args.find((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1] ?? ''));
	if ((from !== 'ovdinfo' && from !== 'memorial') || !out || !file) {
		console.error('usage: npm run data:import -- --from ovdinfo|memorial FILE --out DIR [--as-of YYYY-MM-DD] [--recognized-by NAME]');
		return 2;
	}
	const { text, encoding } = decodeCsvBytes(readFileSync(file));
	const asOf = option(args, '--as-of') ?? new Date().toISOString().slice(0, 10);
	const result =
		from === 'ovdinfo'
			? importOvdInfo(text, file, regions())
			: importMemorial(text, file, regions(), articles(), { asOf, recognizedBy: option(args, '--recognized-by') ?? null });
	const target = from === 'ovdinfo' ? 'detentions' : 'prisoners';
	if (result.fileIssues.length > 0) {
		for (const issue of result.fileIssues) console.error(formatIssue(issue));
		return 1;
	}
	mkdirSync(out, { recursive: true });
	writeFileSync(path.join(out, `${target}.csv`), canonicalCsv(resourceByName(target)!, result.rows));
	const rejected = Papa.unparse({ fields: ['line', 'reason', ...result.header], data: result.rejected.map((r) => [String(r.line), r.reason, ...r.cells]) }, { newline: '\n' });
	writeFileSync(path.join(out, 'rejected.csv'), `${rejected}\n`);
	const s = result.summary;
	console.log(`${file} (${encoding}): ${s.rowsIn} rows in, ${s.rowsOut} out, ${s.rejected} rejected (see ${path.join(out, 'rejected.csv')})`);
	if (from === 'ovdinfo') console.log(`detained: ${s.detainedIn} in, ${s.detainedOut} out${s.detainedIn !== s.detainedOut ? ` (the difference is in rejected rows)` : ''}`);
	if (s.eventTypesAsOther > 0) console.log(`${s.eventTypesAsOther} rows had an event type we do not recognise and were filed as "other"`);
	return 0;
}

process.exitCode = main(process.argv.slice(2));

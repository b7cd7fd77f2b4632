// Importing an OVD-Info export: rows land in our schema or are rejected with line and reason; totals add up.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../src/lib/ingest/decode';
import { validatePackage } from '../../src/lib/ingest/package';
import { canonicalCsv } from '../../src/lib/ingest/serialize';
import { importOvdInfo } from '../../src/lib/import/ovdinfo';
import { dataPackage, resourceByName } from '../../src/lib/schema/package';
import { readCsv } from '../csvTotals';
import { encode1251 } from './encode1251';

const FIXTURE = 'tests/fixtures/import/ovdinfo.csv';
const text = readFileSync(FIXTURE, 'utf8');
const regions = readCsv('data/regions.csv').map((r) => ({ code: r.code!, nameRu: r.name_ru!, nameEn: r.name_en! }));

describe('importOvdInfo', () => {
	const result = importOvdInfo(text, FIXTURE, regions);

	it('maps rows to our schema: codes, ISO dates, event types, topics, unknown counts kept unknown', () => {
		expect(result.rows.map((r) => [r.id, r.date, r.region, r.event_type, r.topic, r.detained])).toEqual([
			['ovd-101', '2022-02-24', 'RU-MOW', 'rally', 'antiwar', 120],
			['ovd-102', '2022-02-24', 'RU-SPE', 'rally', 'antiwar', 45],
			['ovd-103', '2022-03-06', 'RU-SA', 'picket', 'antiwar', null],
			['ovd-104', '2022-09-21', 'RU-DA', 'rally', 'mobilisation', 101],
			['ovd-107', '2024-03-17', 'RU-KEM', 'other', 'elections', 2]
		]);
		expect(result.rows[0]!.source_url).toBe('https://example.org/a');
		expect(result.rows[1]!.description_ru).toBe('Многострочное\nописание');
	});

	it('rejects what it cannot take, each with its editor line and reason', () => {
		expect(result.rejected.map((r) => [r.line, r.reason.split(' ')[0]])).toEqual([
			[7, 'date'],
			[8, 'region'],
			[10, 'Id'],
			[11, 'number_of_detentions']
		]);
	});

	it('accounts for every row and every detention', () => {
		expect(result.summary).toEqual({ rowsIn: 9, rowsOut: 5, rejected: 4, detainedIn: 287, detainedOut: 268, eventTypesAsOther: 1 });
		const rejectedCounts = result.rejected.map((r) => Number(r.cells[15])).filter((n) => Number.isInteger(n) && n >= 0);
		expect(result.summary.detainedOut + rejectedCounts.reduce((a, b) => a + b, 0)).toBe(result.summary.detainedIn);
	});

	it('writes a file that passes data:check against the bundled reference tables', () => {
		const csv = new TextEncoder().encode(canonicalCsv(resourceByName('detentions')!, result.rows));
		const check = validatePackage(dataPackage, (r) => (r.name === 'detentions' ? csv : readFileSync(`data/${r.path}`)));
		expect(check.issues).toEqual([]);
		expect(check.tables.get('detentions')!.rows).toHaveLength(5);
	});

	it('gives the same rows from Windows-1251, ";" and CRLF', () => {
		const semicolons = Papa.unparse(Papa.parse<string[]>(text.trim()).data, { delimiter: ';', newline: '\r\n' });
		const decoded = decodeCsvBytes(encode1251(semicolons));
		expect(decoded.encoding).toBe('windows-1251');
		const again = importOvdInfo(decoded.text, FIXTURE, regions);
		const plain = (rows: typeof result.rows) => rows.map((r) => ({ ...r, description_ru: String(r.description_ru).replace(/\r\n/g, '\n') }));
		expect(plain(again.rows)).toEqual(plain(result.rows));
		expect(again.summary).toEqual(result.summary);
	});

	it('refuses a file that is not an OVD-Info export', () => {
		expect(importOvdInfo('id,date\n1,2022-01-01\n', 'x.csv', regions).fileIssues[0]!.message).toMatch(/not an OVD-Info export/);
	});
});

describe('npm run data:import', () => {
	it('writes detentions.csv and rejected.csv and prints the totals', () => {
		const out = mkdtempSync(path.join(tmpdir(), 'import-'));
		const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data-import.ts', '--from', 'ovdinfo', FIXTURE, '--out', out], { encoding: 'utf8' });
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('9 rows in, 5 out, 4 rejected');
		expect(run.stdout).toContain('detained: 287 in, 268 out');
		expect(readCsv(path.join(out, 'detentions.csv'))).toHaveLength(5);
		const rejected = readCsv(path.join(out, 'rejected.csv'));
		expect(rejected.map((r) => r.line)).toEqual(['7', '8', '10', '11']);
		expect(rejected[1]!.region).toBe('Нарния');
	});
});

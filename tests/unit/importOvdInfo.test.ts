// Importing OVD-Info event exports in their real layouts (the 2013 Russia-wide file with cities in "region", the
// 2011–2012 Moscow file without a region column): every row lands or is rejected with its line and reason, every
// detention is accounted for, and what the source wrote is kept beside what it was mapped to.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../src/lib/ingest/decode';
import { validatePackage } from '../../src/lib/ingest/package';
import { canonicalCsv } from '../../src/lib/ingest/serialize';
import { importOvdInfo, type EventExportOptions } from '../../src/lib/import/ovdinfo';
import { placeMatcher } from '../../src/lib/import/places';
import { readReferenceTables } from '../../src/lib/import/reference';
import { dataPackage, resourceByName } from '../../src/lib/schema/package';
import type { Row } from '../../src/lib/schema/types';
import { readCsv } from '../csvTotals';
import { encode1251 } from './encode1251';

const RUSSIA = 'tests/fixtures/import/ovdinfo-russia.csv';
const MOSCOW = 'tests/fixtures/import/ovdinfo-moscow.csv';
const references = readReferenceTables((p) => readFileSync(`data/${p}`));
const options: EventExportOptions = { references, matchPlace: placeMatcher(references.regions, references.places), defaultRegion: null, map: {}, idPrefix: 'ovd-' };
const russiaText = readFileSync(RUSSIA, 'utf8');
const russia = importOvdInfo(russiaText, RUSSIA, options);

/** The rows pass the same check as data/detentions.csv, against the bundled reference tables. */
function validate(rows: Row[]) {
	const csv = new TextEncoder().encode(canonicalCsv(resourceByName('detentions')!, rows));
	return validatePackage(dataPackage, (r) => (r.name === 'detentions' ? csv : readFileSync(`data/${r.path}`)));
}

describe('an OVD-Info export of all Russia, 2013 layout', () => {
	it('places cities written in the region column, in either language and their short forms, in their regions', () => {
		expect(russia.rows.map((r) => [r.id, r.region, r.city])).toEqual([
			['ovd-1', 'RU-MOW', 'Москва'],
			['ovd-2', 'RU-MOW', 'Москва'],
			['ovd-3', 'RU-MOW', 'Москва'],
			['ovd-4', 'RU-SPE', 'Санкт-Петербург'],
			['ovd-5', 'RU-MOW', 'Москва'],
			['ovd-6', 'RU-NIZ', 'Нижний Новгород'],
			['ovd-7', 'RU-VOR', 'Воронеж'],
			['ovd-8', 'RU-SVE', 'Екатеринбург'],
			['ovd-9', 'RU-TA', 'Казань'],
			['ovd-10', 'RU-SPE', 'Санкт-Петербург'],
			['ovd-11', 'RU-NIZ', 'Нижний Новгород'],
			['ovd-12', 'RU-MOS', null],
			['ovd-13', 'RU-SVE', null],
			['ovd-14', 'RU-KEM', null],
			['ovd-15', 'RU-KHM', null],
			['ovd-16', 'RU-MOW', 'Москва'],
			['ovd-19', 'RU-NIZ', 'Нижний Новгород'],
			['ovd-21', 'RU-SA', null]
		]);
	});

	it('keeps group and single pickets apart and gives every type and subject a code that means the same', () => {
		expect(russia.rows.map((r) => [r.event_type, r.topic])).toEqual([
			['direct_action', 'social'],
			['single_picket', 'political_prisoners'],
			['picket', 'political_prisoners'],
			['picket', 'lgbt'],
			['rally', 'freedom_of_assembly'],
			['march', 'freedom_of_assembly'],
			['agitation', 'elections'],
			['stroll', 'political_prisoners'],
			['occupy', 'social'],
			['single_picket', 'dima_yakovlev_law'],
			['picket', 'anti_putin'],
			['eco_camp', 'environment'],
			['activist', 'other'],
			['other', 'social'],
			['flashmob', 'antifascism'],
			['other', 'other'],
			['picket', 'pussy_riot'],
			[null, null]
		]);
	});

	it('keeps what the source wrote: the raw type and subject, the place, police station, agreement and organiser', () => {
		const row = russia.rows.find((r) => r.id === 'ovd-16')!;
		expect([row.event_type_raw, row.topic_raw]).toEqual(['перекрытие дороги', 'двойные стандарты']);
		const first = russia.rows[0]!;
		expect([first.place, first.police_station, first.agreement, first.organizer]).toEqual(['Тверская, 14', 'ОВД Тверское', 'не согласовано', 'другое']);
		expect(russia.rows.find((r) => r.id === 'ovd-11')!.description_ru).toBeNull();
		expect(russia.rows.find((r) => r.id === 'ovd-11')!.description_en).toBe('Picket against the president (English-only row)');
		expect(russia.rows.find((r) => r.id === 'ovd-14')!.detained).toBeNull();
		expect(russia.rows[1]!.source_url).toBe('http://example.org/ovd/2');
	});

	it('rejects only what it cannot take, with the line and what to do', () => {
		expect(russia.rejected.map((r) => [r.line, r.reason.split(' ')[0]])).toEqual([
			[18, 'date'],
			[19, 'region'],
			[21, 'id'],
			[22, 'number_of_detentions']
		]);
		expect(russia.rejected[1]!.reason).toContain('add the name to data/places.csv');
		expect(russia.rejected[2]!.reason).toBe('id 5 already appears on line 6');
	});

	it('accounts for every row and every detention', () => {
		expect(russia.summary).toEqual({ rowsIn: 22, rowsOut: 18, rejected: 4 });
		expect(russia.detained).toEqual({ in: 139, out: 120 });
		const rejectedCounts = russia.rejected.map((r) => Number(r.cells[18])).filter((n) => Number.isInteger(n) && n >= 0);
		expect(russia.detained.out + rejectedCounts.reduce((a, b) => a + b, 0)).toBe(russia.detained.in);
	});

	it('says what it filed as "other" and why, and which columns it left out', () => {
		expect(russia.notes).toContain('event type "other": 2 of 18 rows (11.1 %)');
		expect(russia.notes).toContain('event types no row of data/event_types.csv names, filed as "other" (add them as aliases): 1 × «перекрытие дороги / Road block»');
		expect(russia.notes).toContain('subjects no row of data/topics.csv names, filed as "other" (add them as aliases): 1 × «двойные стандарты / Double standards»');
		expect(russia.notes).toContain('cities in the region column, placed in their regions: 1 × «Nizhny Novgorod», 1 × «Воронеж», 1 × «Екатеринбург», 1 × «Казань», 1 × «Н. Новгород», 1 × «Нижний Новгород»');
		expect(russia.notes).toContain('columns not imported: empty_line, ovd_id, ovd_value, empty_line_2, ovd_address, lon, lat, place_address, place_lon, place_lat');
	});

	it('writes rows that pass data:check', () => {
		const check = validate(russia.rows);
		expect(check.issues).toEqual([]);
		expect(check.tables.get('detentions')!.rows).toHaveLength(18);
	});

	it('gives the same rows from Windows-1251, ";" and CRLF', () => {
		const semicolons = Papa.unparse(Papa.parse<string[]>(russiaText.trim()).data, { delimiter: ';', newline: '\r\n' });
		const decoded = decodeCsvBytes(encode1251(semicolons));
		expect(decoded.encoding).toBe('windows-1251');
		const again = importOvdInfo(decoded.text, RUSSIA, options);
		expect(again.rows).toEqual(russia.rows);
		expect(again.summary).toEqual(russia.summary);
	});
});

describe('an OVD-Info export of one city, without a region column', () => {
	const text = readFileSync(MOSCOW, 'utf8');

	it('is refused without --region, saying how to give it', () => {
		const result = importOvdInfo(text, MOSCOW, options);
		expect(result.fileIssues[0]!.message).toContain('the header lacks region');
		expect(result.fileIssues[0]!.message).toContain('--region NAME_OR_CODE');
	});

	it('imports whole with --region, every row in that region and its city', () => {
		const result = importOvdInfo(text, MOSCOW, { ...options, defaultRegion: 'RU-MOW', idPrefix: 'moscow-' });
		expect(result.summary).toEqual({ rowsIn: 10, rowsOut: 10, rejected: 0 });
		expect(result.detained).toEqual({ in: 721, out: 721 });
		expect(new Set(result.rows.map((r) => `${r.region} ${r.city}`))).toEqual(new Set(['RU-MOW Москва']));
		expect(result.rows.map((r) => r.event_type)).toEqual(['rally', 'rally', 'single_picket', 'direct_action', 'agitation', 'stroll_occupy', 'march', 'picket', 'march', 'rally']);
		expect(result.rows[5]!.event_type_raw).toBe('прогулка\\оккупай');
		expect(result.rows[0]!.place).toBe('Триумфальная, площадь Революции');
		expect(result.rows[0]!.source_url).toBe('http://example.org/moscow/1');
		expect(result.rows.map((r) => r.id).slice(0, 2)).toEqual(['moscow-1', 'moscow-2']);
		expect(result.notes[0]).toBe('no region column: every row is in RU-MOW (--region)');
		expect(validate(result.rows).issues).toEqual([]);
	});

	it('reads another team\'s header: any case, and names mapped with --map', () => {
		const [header, ...lines] = text.split('\n');
		const theirs = [header!.replace('Id', 'ID').replace('number_of_detentions', 'Total').replace('event_type,', 'Type,').replace('description,', ' Comment ,'), ...lines].join('\n');
		const result = importOvdInfo(theirs, MOSCOW, { ...options, defaultRegion: 'RU-MOW', map: { total: 'number_of_detentions', type: 'event_type', comment: 'description' } });
		expect(result.summary.rowsOut).toBe(10);
		expect(result.detained.out).toBe(721);
		expect(result.rows[0]!.event_type).toBe('rally');
		expect(result.rows[0]!.description_ru).toBe('Сход против итогов выборов (вымышленный)');
	});
});

const cli = (script: string, args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8' });

describe('npm run data:import', () => {
	it('writes detentions.csv and rejected.csv and prints the totals and notes', () => {
		const out = mkdtempSync(path.join(tmpdir(), 'import-'));
		const run = cli('scripts/data-import.ts', ['--from', 'ovdinfo', RUSSIA, '--out', out]);
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('22 rows in, 18 out, 4 rejected');
		expect(run.stdout).toContain('detained: 139 in, 120 out');
		expect(run.stdout).toContain('event type "other": 2 of 18 rows (11.1 %)');
		expect(readCsv(path.join(out, 'detentions.csv'))).toHaveLength(18);
		const rejected = readCsv(path.join(out, 'rejected.csv'));
		expect(rejected.map((r) => r.line)).toEqual(['18', '19', '21', '22']);
		expect(rejected[1]!.region).toBe('Нарния');
	});

	it('takes --region before or after the file, by name or code', () => {
		for (const args of [['--region', 'Москва', MOSCOW], [MOSCOW, '--region', 'RU-MOW'], [MOSCOW, '--region=г. Москва']]) {
			const out = mkdtempSync(path.join(tmpdir(), 'import-'));
			const run = cli('scripts/data-import.ts', ['--from', 'ovdinfo', ...args, '--out', out]);
			expect(run.status, run.stderr).toBe(0);
			expect(run.stdout).toContain('10 rows in, 10 out, 0 rejected');
		}
	});

	it('answers a mistake with one line and the usage, never a stack trace', () => {
		const cases: [string[], string][] = [
			[['--from', 'ovdinfo', RUSSIA, '--out'], "data:import: Option '--out <value>' argument missing"],
			[['--from', 'ovdinfo', RUSSIA, '--out', 'x', '--colour', 'red'], "data:import: Unknown option '--colour'"],
			[['--from', 'ovdinfo', 'no/such.csv', '--out', 'x'], 'data:import: no/such.csv: no such file'],
			[['--from', 'ovdinfo', MOSCOW, '--out', 'x', '--region', 'Нарния'], 'data:import: --region Нарния: not a region or place we know'],
			[['--from', 'ovdinfo', MOSCOW, '--out', 'x', '--map', 'total'], 'data:import: --map total: write it as THEIRS=OURS'],
			[['--from', 'prisoners', 'tests/fixtures/import/prisoner-list.csv', '--out', 'x'], 'data:import: --as-of YYYY-MM-DD is missing'],
			[['--from', 'excel', RUSSIA, '--out', 'x'], 'data:import: --from excel: the importers are ovdinfo and prisoners']
		];
		for (const [args, message] of cases) {
			const run = cli('scripts/data-import.ts', args);
			expect(run.status, args.join(' ')).toBe(2);
			expect(run.stderr.split('\n')[0]).toContain(message);
			expect(run.stderr).toContain('usage: npm run data:import');
			expect(run.stderr).not.toMatch(/\n\s+at /);
		}
	});
});

describe('npm run data:merge', () => {
	it('merges two exports into one detentions.csv, refusing colliding ids and leaving out likely duplicates', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'merge-'));
		const imports: [string, string[]][] = [
			['2012', ['--from', 'ovdinfo', MOSCOW, '--region', 'Москва', '--id-prefix', 'ovd2012-']],
			['2013', ['--from', 'ovdinfo', RUSSIA, '--id-prefix', 'ovd2013-']],
			['2012-again', ['--from', 'ovdinfo', MOSCOW, '--region', 'Москва', '--id-prefix', 'again-']],
			['2012-same-ids', ['--from', 'ovdinfo', MOSCOW, '--region', 'Москва', '--id-prefix', 'ovd2012-']]
		];
		for (const [name, args] of imports) expect(cli('scripts/data-import.ts', [...args, '--out', path.join(dir, name)]).status).toBe(0);
		const file = (name: string) => path.join(dir, name, 'detentions.csv');

		const merged = path.join(dir, 'detentions.csv');
		const run = cli('scripts/data-merge.ts', [file('2012'), file('2013'), '--out', merged]);
		expect(run.status, run.stderr).toBe(0);
		const rows = readCsv(merged);
		expect(rows).toHaveLength(28);
		expect(rows.reduce((n, r) => n + Number(r.detained || 0), 0)).toBe(721 + 120);

		// The same export imported twice under other ids: every row of the second copy that has a place and a count is left out and listed.
		const twice = cli('scripts/data-merge.ts', [file('2012'), file('2012-again'), '--out', path.join(dir, 'twice.csv')]);
		expect(twice.status, twice.stderr).toBe(0);
		expect(twice.stdout).toContain('9 of 20 rows look like rows of an earlier file (same day, place and count) and were left out');
		expect(readCsv(path.join(dir, 'twice.csv'))).toHaveLength(11);
		expect(readCsv(path.join(dir, 'twice-likely-duplicates.csv'))).toHaveLength(9);

		const collide = cli('scripts/data-merge.ts', [file('2012'), file('2012-same-ids'), '--out', path.join(dir, 'collide.csv')]);
		expect(collide.status).toBe(1);
		expect(collide.stderr).toContain('id "ovd2012-1" is already used in');
		expect(collide.stderr).toContain('--id-prefix');
	});
});

// The workbench's engine on DuckDB-WASM's blocking bindings in Node: answers equal to the CSV, pages and sorts without
// drawing more than a page, refuses to reach outside or change anything, and says where an error is.
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbenchError } from '../../../src/lib/db/engineError';
import { WorkbenchFailure } from '../../../src/lib/db/engineError';
import { LOCK_DOWN_SQL } from '../../../src/lib/db/load';
import { openDataDirectory, type NodeDatabase } from '../../../src/lib/db/node';
import type { Workbench, WorkbenchConnection } from '../../../src/lib/db/workbench';
import { nodeWorkbench } from '../../../src/lib/db/workbenchNode';
import { EXAMPLES } from '../../../src/lib/workbench/examples';
import { detentionTotals, readCsv } from '../../csvTotals';

let source: NodeDatabase;
let workbench: Workbench;
let connection: WorkbenchConnection;

beforeAll(async () => {
	source = await openDataDirectory('data');
	({ workbench, connection } = await nodeWorkbench(source));
});

const first = { offset: 0, limit: 50, sort: null };

/** The error a query ends with; fails the test if it answers. */
async function failure(sql: string): Promise<WorkbenchError> {
	try {
		await workbench.page(sql, first);
	} catch (e) {
		if (e instanceof WorkbenchFailure) return e.error;
		throw e;
	}
	throw new Error(`answered: ${sql}`);
}

describe('the workbench engine', () => {
	it('answers the issue’s question with the sums the CSV gives', async () => {
		const example = EXAMPLES.find((e) => e.id === 'moscow-pickets')!;
		const answer = await workbench.page(example.sql.en, first);
		const expected = new Map<string, number>();
		for (const r of readCsv('data/detentions.csv')) {
			if (r.region === 'RU-MOW' && r.event_type === 'single_picket' && r.article === 'koap-20.3.3' && r.date! >= '2022-01-01' && r.detained !== '') {
				const month = `${r.date!.slice(0, 7)}-01`;
				expected.set(month, (expected.get(month) ?? 0) + Number(r.detained));
			}
		}
		expect(answer.columns.map((c) => [c.name, c.kind])).toEqual([['month', 'date'], ['detained', 'number']]);
		expect(new Map(answer.rows.map(([m, d]) => [m as string, d as number]))).toEqual(expected);
		expect(answer.total).toBe(answer.rows.length);
	});

	it('loads only the tables a query names', async () => {
		const { workbench: fresh } = await nodeWorkbench(source);
		await fresh.page('SELECT count(*) AS n FROM regions', first);
		expect(fresh.loaded).toEqual(['regions']);
		await fresh.page('SELECT 1 AS one', first);
		expect(fresh.loaded).toEqual(['regions']);
	});

	it('keeps the types the data package gives, and sorts and joins as the CSV says', async () => {
		const types = await workbench.page("SELECT column_name, column_type FROM (DESCRIBE detentions) WHERE column_name IN ('region', 'date', 'detained')", first);
		expect(Object.fromEntries(types.rows)).toEqual({ date: 'DATE', region: 'VARCHAR', detained: 'BIGINT' });
		const regions = [...new Set(readCsv('data/detentions.csv').map((r) => r.region!))].sort();
		const sorted = await workbench.page('SELECT DISTINCT region FROM detentions ORDER BY region', { offset: 0, limit: 500, sort: null });
		expect(sorted.rows.map(([r]) => r)).toEqual(regions);
		const joined = await workbench.page('SELECT count(*) FROM detentions d JOIN regions r ON r.code = d.region', first);
		expect(joined.rows).toEqual([[readCsv('data/detentions.csv').length]]);
	});

	it('runs every example in both languages', async () => {
		for (const example of EXAMPLES) {
			for (const sql of Object.values(example.sql)) {
				const answer = await workbench.page(sql, first);
				expect(answer.total, example.id).toBeGreaterThan(0);
			}
		}
	});

	it('gives 10 million rows a page at a time, sorted either way, and counts them', async () => {
		const sql = 'SELECT range AS n, range % 7 AS r FROM range(10000000);';
		const last = await workbench.page(sql, { offset: 9_999_950, limit: 50, sort: null });
		expect(last.total).toBe(10_000_000);
		expect(last.rows).toHaveLength(50);
		expect(last.rows.at(-1)).toEqual([9_999_999, 9_999_999 % 7]);
		const descending = await workbench.page(sql, { offset: 0, limit: 50, sort: { column: 0, descending: true } }, 10_000_000);
		expect(descending.rows[0]).toEqual([9_999_999, 9_999_999 % 7]);
		const ascending = await workbench.page(sql, { offset: 50, limit: 50, sort: { column: 0, descending: false } }, 10_000_000);
		expect(ascending.rows[0]![0]).toBe(50);
	}, 60_000);

	it('counts an answer when a link asks for a page past its end', async () => {
		const past = await workbench.page('SELECT * FROM range(60)', { offset: 200, limit: 50, sort: null });
		expect(past).toMatchObject({ rows: [], total: 60 });
	});

	it('streams a download in batches, no more than asked for', async () => {
		const batches: number[] = [];
		const count = await workbench.stream('SELECT * FROM range(250000)', null, 100_000, (_, rows) => batches.push(rows.length));
		expect(count).toBe(100_000);
		expect(Math.max(...batches)).toBeLessThan(100_000);
	});

	it('sums detentions as the CSV does, with unknown counts left out', async () => {
		const totals = detentionTotals();
		const answer = await workbench.page('SELECT sum(detained) AS detained, count(*) FILTER (WHERE detained IS NULL) AS unknown FROM detentions', first);
		expect(answer.rows).toEqual([[totals.detained, totals.unknownEvents]]);
	});

	it.each([
		["SELECT * FROM read_csv('http://example.com/x.csv')", 'external'],
		["SELECT * FROM read_csv('/etc/passwd')", 'external'],
		["SELECT * FROM read_text('/etc/hostname')", 'external'],
		["COPY detentions TO '/tmp/out.csv'", 'notQuestion'],
		['INSTALL httpfs', 'notQuestion'],
		['LOAD httpfs', 'notQuestion'],
		["ATTACH '/tmp/x.db' AS x", 'notQuestion'],
		["SET memory_limit = '10GB'", 'notQuestion'],
		['DROP TABLE regions', 'notQuestion'],
		['SELECT 1; DROP TABLE regions', 'multiple'],
		['SELECT 1) AS a; DROP TABLE regions; SELECT (1', 'multiple'],
		["SELECT * FROM query('DROP TABLE regions')", 'syntax'],
		['', 'empty'],
		['  -- nothing but a comment\n', 'empty']
	] as const)('refuses %j (%s)', async (sql, kind) => {
		expect((await failure(sql)).kind).toBe(kind);
		// Nothing was dropped or changed.
		expect((await workbench.page('SELECT count(*) AS n FROM regions', first)).rows[0]![0]).toBe(readCsv('data/regions.csv').length);
	});

	it('is locked down at the engine itself, beneath the statement check', async () => {
		await workbench.page('SELECT 1', first);
		const raw = async (sql: string) => {
			try {
				await connection.query(sql);
				return 'ran';
			} catch (e) {
				return e instanceof Error ? e.message : String(e);
			}
		};
		expect(await raw("COPY regions TO '/tmp/wb-out.csv'")).toMatch(/disabled by configuration/);
		expect(await raw("SELECT * FROM read_csv('http://example.com/x.csv')")).toMatch(/disabled by configuration/);
		expect(await raw('LOAD httpfs')).toMatch(/disabled through configuration/);
		expect(await raw("ATTACH '/tmp/wb.db' AS x")).toMatch(/disabled by configuration/);
		expect(await raw("SET memory_limit = '10GB'")).toMatch(/configuration has been locked/);
		expect(await raw('SET enable_external_access = true')).toMatch(/configuration has been locked/);
		expect(LOCK_DOWN_SQL.at(-1)).toBe('SET lock_configuration = true');
	});

	it('ends a runaway query at the memory limit', async () => {
		const error = await failure('SELECT list(i) FROM range(400000000) t(i)');
		expect(error.kind).toBe('memory');
		// The engine is still there for the next question.
		expect((await workbench.page('SELECT 2 AS two', first)).rows).toEqual([[2]]);
	}, 60_000);

	it('says on which line and column of the reader’s SQL an error is', async () => {
		expect(await failure('SELECT date,\n  nope\nFROM detentions')).toMatchObject({ kind: 'query', line: 2, column: 3 });
		expect(await failure('SELECT *\nFROM detentions\nWHERE date >> 3 AND')).toMatchObject({ kind: 'syntax', line: 3 });
		const long = `SELECT ${'date, '.repeat(30)}nope FROM detentions`;
		expect(await failure(long)).toMatchObject({ line: 1, column: long.indexOf('nope') + 1 });
	});
});

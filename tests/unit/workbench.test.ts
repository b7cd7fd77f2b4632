// The workbench's parts that need no engine: a query as a link (long, cut, damaged), the reader's SQL read as text,
// the chart an answer gets, and the CSV it downloads as.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { hasSemicolon, isBlank, leadingWord, namedTables, withoutFinalSemicolons } from '../../src/lib/db/readerSql';
import { chartOf, granularityOf } from '../../src/lib/workbench/chart';
import { answerCsv } from '../../src/lib/workbench/download';
import { decodeQuery, encodeQuery, readLink, writeLink } from '../../src/lib/workbench/link';
import { tableDocs, TABLE_NAMES } from '../../src/lib/workbench/tableDocs';
import type { AnswerColumn } from '../../src/lib/db/workbench';

/** A query of `length` characters, Cyrillic, quotes and line breaks included. */
function longQuery(length: number): string {
	const line = "SELECT region, count(*) AS n FROM detentions WHERE description_ru LIKE '%пикет «Нет войне»%' -- 20.3.3\n";
	return line.repeat(Math.ceil(length / line.length)).slice(0, length);
}

describe('a query as a link', () => {
	it('carries a 10,000-character query there and back', () => {
		const sql = longQuery(10_000);
		const href = writeLink({ sql, view: 'chart', page: 3, sort: { column: 1, descending: true } });
		const link = readLink(new URL(`https://mirror.example/some/path/data/sql/${href}`).searchParams);
		expect(link).toEqual({ query: { kind: 'valid', sql }, view: 'chart', page: 3, sort: { column: 1, descending: true }, invalid: [] });
		// Much shorter than the text: a link stays shareable.
		expect(href.length).toBeLessThan(sql.length);
	});

	it('keeps the query when "+" arrives as a space (form encoding)', () => {
		const sql = longQuery(3000);
		const q = encodeQuery(sql);
		expect(decodeQuery(q.replace(/\+/g, ' '))).toEqual({ kind: 'valid', sql });
	});

	it('gives back what it can of a link cut short, and says how long the query was', () => {
		const sql = longQuery(4500);
		const q = encodeQuery(sql);
		const cut = decodeQuery(q.slice(0, Math.floor(q.length * 0.6)));
		expect(cut.kind).toBe('damaged');
		if (cut.kind !== 'damaged') return;
		expect(cut.expected).toBe(4500);
		expect(cut.sql.length).toBeGreaterThan(0);
		expect(sql.startsWith(cut.sql)).toBe(true);
	});

	it('stops at a damaged chunk rather than giving back garbage', () => {
		const sql = longQuery(2500);
		const q = encodeQuery(sql);
		const at = q.indexOf('.', q.indexOf('.', 2) + 1) + 20;
		const damaged = decodeQuery(q.slice(0, at) + (q[at] === 'A' ? 'B' : 'A') + q.slice(at + 1));
		expect(damaged.kind).toBe('damaged');
		if (damaged.kind === 'damaged') expect(sql.startsWith(damaged.sql)).toBe(true);
		expect(decodeQuery('not-a-query')).toEqual({ kind: 'damaged', sql: '', expected: null });
	});

	it('falls back to the defaults for what it cannot use, and names it', () => {
		const link = readLink(new URLSearchParams('view=pie&page=-2&sort=x'));
		expect(link).toMatchObject({ query: { kind: 'missing' }, view: 'table', page: 1, sort: null, invalid: ['view', 'page', 'sort'] });
	});
});

describe('the reader’s SQL as text', () => {
	it('finds the tables a query names, not those in strings or comments', () => {
		const sql = `SELECT * FROM detentions d JOIN "regions" r ON r.code = d.region -- prisoners\nWHERE d.place <> 'events'`;
		expect(namedTables(sql, TABLE_NAMES)).toEqual(['regions', 'detentions']);
	});

	it('reads blank queries, first words and semicolons outside strings', () => {
		expect(isBlank(' /* a /* nested */ comment */ -- and a line\n')).toBe(true);
		expect(leadingWord('  -- why\n  copy x to y')).toBe('COPY');
		expect(hasSemicolon("SELECT ';' AS a, $$;$$ AS b, E'\\';' AS c")).toBe(false);
		expect(hasSemicolon('SELECT 1; SELECT 2')).toBe(true);
		expect(withoutFinalSemicolons('SELECT 1;\n; -- done')).toBe('SELECT 1 \n  -- done');
	});
});

describe('the chart of an answer', () => {
	const columns = (...kinds: AnswerColumn['kind'][]) => kinds.map((kind, i) => ({ name: `c${i}`, kind, type: '' }));

	it('draws dates and numbers over time, with periods the answer lacks as gaps', () => {
		const chart = chartOf(columns('date', 'number'), [['2022-01-01', 5], ['2022-03-01', 7]]);
		expect(chart).toMatchObject({ kind: 'series', granularity: 'month' });
		if (chart.kind === 'series') expect(chart.points).toEqual([{ period: '2022-01-01', value: 5 }, { period: '2022-02-01', value: null }, { period: '2022-03-01', value: 7 }]);
		expect(granularityOf(['2022-01-03', '2022-01-10'])).toBe('week');
		expect(granularityOf(['2022-01-01', '2023-01-01'])).toBe('year');
		expect(granularityOf(['2022-01-04'])).toBe('day');
	});

	it('draws text and numbers as bars, and refuses what no chart can show', () => {
		expect(chartOf(columns('text', 'number'), [['a', 1], ['b', 2]])).toMatchObject({ kind: 'bars', items: [{ key: 'a', value: 1 }, { key: 'b', value: 2 }] });
		expect(chartOf(columns('text', 'number'), [['a', 1], ['a', 2]])).toEqual({ kind: 'none' });
		expect(chartOf(columns('text', 'text'), [['a', 'b']])).toEqual({ kind: 'none' });
	});
});

describe('the CSV of an answer', () => {
	it('holds the rows, the data version and the query, with formulas escaped', () => {
		const csv = answerCsv("SELECT '=1+1' AS f", 'abc123def456');
		const cols = [{ name: 'f', kind: 'text', type: 'Utf8' }] as AnswerColumn[];
		csv.add(cols, [['=1+1'], ['x']]);
		csv.add(cols, [['y']]);
		const text = csv.parts().join('');
		const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
		expect(rows).toEqual([
			['f', 'data_version', 'query'],
			["'=1+1", 'abc123def456', "SELECT '=1+1' AS f"],
			['x', '', ''],
			['y', '', '']
		]);
	});
});

describe('the tables a reader can query', () => {
	it('describes every table of the data package with its columns, in Russian where the package says it', () => {
		const en = tableDocs('en');
		expect(en.map((t) => t.name)).toEqual(TABLE_NAMES);
		const detentions = en.find((t) => t.name === 'detentions')!;
		expect(detentions.columns.find((c) => c.name === 'date')).toMatchObject({ sqlType: 'DATE' });
		const ru = tableDocs('ru', [{ name: 't', path: 't.csv', title: 'T', description: 'English', description_ru: 'По-русски', schema: { fields: [] } } as never]);
		expect(ru[0]!.description).toBe('По-русски');
		// The data package gives every table and every described column in Russian.
		for (const table of tableDocs('ru')) {
			expect(table.description, table.name).toMatch(/[а-яё]/i);
			for (const column of table.columns.filter((c) => c.description)) expect(column.description, `${table.name}.${column.name}`).toMatch(/[а-яё]/i);
		}
	});
});

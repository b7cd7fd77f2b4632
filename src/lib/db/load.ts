// Loads data into DuckDB. At build time: canonical CSV text (see ingest/serialize) into tables typed from the Table
// Schema, and the detentions cube derived from them. In the browser: only that cube, as the Arrow stream the build wrote.
import { DETENTION_DIMENSIONS } from '../datasets/detentions';
import type { Field, Resource } from '../schema/types';
import type { ArrowDatabase, CsvDatabase, Database } from './types';

const SQL_TYPES: Record<Field['type'], string> = {
	string: 'VARCHAR',
	integer: 'BIGINT',
	number: 'DOUBLE',
	date: 'DATE',
	list: 'VARCHAR'
};

/** Resource and field names come from datapackage.json, which we control, but they are checked anyway. */
function identifier(name: string): string {
	if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe SQL identifier in datapackage.json: ${name}`);
	return `"${name}"`;
}

/**
 * The table of a resource from its canonical CSV, which holds its public fields only: a private field (schema/package.ts)
 * is a column of nulls, so the queries that name it still run and read "unknown".
 */
export function createTableSql(resource: Resource, fileName: string): string {
	const fields = resource.schema.fields;
	const columns = fields.filter((f) => !f.private).map((f) => `'${f.name}': '${SQL_TYPES[f.type]}'`).join(', ');
	const select = fields
		.map((f) =>
			f.private
				? `NULL::${SQL_TYPES[f.type]}${f.type === 'list' ? '[]' : ''} AS ${identifier(f.name)}`
				: f.type === 'list'
					? `string_split(${identifier(f.name)}, '${f.delimiter ?? ','}') AS ${identifier(f.name)}`
					: identifier(f.name)
		)
		.join(', ');
	return `CREATE OR REPLACE TABLE ${identifier(resource.name)} AS SELECT ${select} FROM read_csv('${fileName}', header = true, delim = ',', quote = '"', escape = '"', auto_detect = false, columns = {${columns}})`;
}

/** The cube's dimensions: what the detentions page filters and breaks down by (datasets/detentions.ts). */
const CUBE_DIMENSIONS = DETENTION_DIMENSIONS.map((d) => d.column);
/** The ENUM type of a cube dimension: the values it holds. */
export const enumType = (dimension: string) => `${dimension}_code`;

/**
 * The detentions cube holds one row per distinct date and combination of the dimensions' values (region, event type,
 * topic, article and its charge type…) with its counts: every detentions query reads it instead of the event table, about five times fewer rows and
 * no join (1M events: 198k cube rows). Its dimensions are ENUMs, so queries group and filter on small integers
 * rather than strings: the explorer's query takes half the time (1M events, Node: 51 → 23 ms).
 * CUBE_SQL types `detention_counts` (made here from the CSV tables, or inserted from the build's Arrow stream in the
 * browser) into the cube.
 */
const COUNTS_SQL = `CREATE OR REPLACE TABLE detention_counts AS
		SELECT d.date, ${DETENTION_DIMENSIONS.map((dim) => `${dim.source} AS ${identifier(dim.column)}`).join(', ')},
			count(*)::INTEGER AS events,
			sum(d.detained)::BIGINT AS detained,
			count(*) FILTER (WHERE d.detained IS NULL)::INTEGER AS unknown_events
		FROM detentions d LEFT JOIN articles a ON a.code = d.article
		GROUP BY ALL`;

/**
 * Types the counts into the cube. A dimension's ENUM lists the values the data holds; DuckDB cannot make an ENUM of no
 * values, so a dimension empty in every row (no article recorded anywhere) is typed as plain text instead, and its
 * queries work the same way.
 */
async function typeCube(db: Database): Promise<void> {
	const [filled] = await db.query<Record<string, number>>(
		`SELECT ${CUBE_DIMENSIONS.map((c) => `count(DISTINCT ${c})::INTEGER AS ${c}`).join(', ')} FROM detention_counts`
	);
	for (const c of CUBE_DIMENSIONS) {
		const values = filled?.[c] ? `ENUM (SELECT DISTINCT ${c} FROM detention_counts WHERE ${c} IS NOT NULL ORDER BY 1)` : 'VARCHAR';
		await db.exec(`CREATE TYPE ${enumType(c)} AS ${values}`);
	}
	for (const sql of CUBE_SQL) await db.exec(sql);
}

const CUBE_SQL = [
	`CREATE OR REPLACE TABLE detention_cube AS
		SELECT date, ${CUBE_DIMENSIONS.map((c) => `${c}::${enumType(c)} AS ${c}`).join(', ')}, events, detained, unknown_events
		FROM detention_counts`,
	'DROP TABLE detention_counts',
	// The data's first and last day, which every view's time axis spans: reading them from this one row rather than
	// from min() and max() over the cube takes the explorer's query from 14 to 5 ms (bundled data, Node).
	`CREATE OR REPLACE TABLE detention_bounds AS
		SELECT strftime(min(date), '%Y-%m-%d') AS first, strftime(max(date), '%Y-%m-%d') AS last FROM detention_cube`
];

/** The tables made from others, by the resources they are made from: a query of one reads those. */
export const DERIVED_TABLES: Record<string, string[]> = {
	detention_cube: ['detentions', 'articles'],
	detention_counts: ['detentions', 'articles'],
	detention_bounds: ['detentions']
};

/** Once the tables are in, nothing may reach outside: no files, no network, no extension installs. */
export const LOCK_DOWN_SQL = [
	"SET autoinstall_known_extensions = false",
	"SET autoload_known_extensions = false",
	"SET enable_external_access = false",
	"SET lock_configuration = true"
];

export async function loadTables(db: CsvDatabase, tables: { resource: Resource; csv: Uint8Array }[]): Promise<void> {
	for (const { resource, csv } of tables) {
		const fileName = `${resource.name}.csv`;
		await db.registerFile(fileName, csv);
		await db.exec(createTableSql(resource, fileName));
	}
	await db.exec(COUNTS_SQL);
	await typeCube(db);
	for (const sql of LOCK_DOWN_SQL) await db.exec(sql);
}

/**
 * The cube as the build ships it to the browser (/data/detention-cube.arrow), in a fixed row order. The ENUM columns
 * travel as Arrow dictionaries (1M events: 4.3 MB, 0.4 MB brotli; as strings 14.7 MB, 1 MB). Every browser query
 * reads only this table: no CSV to parse, no join, no grouping there.
 */
export const CUBE_EXPORT_SQL = 'SELECT * FROM detention_cube ORDER BY ALL';

/** A published table with its columns in the data package's order, as the workbench receives it. */
export function tableExportSql(resource: Resource): string {
	const fields = resource.schema.fields.filter((f) => !f.private);
	return `SELECT ${fields.map((f) => identifier(f.name)).join(', ')} FROM ${identifier(resource.name)}`;
}

export async function loadCube(db: ArrowDatabase, stream: Uint8Array): Promise<void> {
	// DuckDB reads Arrow dictionaries back as strings: the cube is typed again as the build typed it.
	await db.insertArrow('detention_counts', stream);
	await typeCube(db);
	for (const sql of LOCK_DOWN_SQL) await db.exec(sql);
}

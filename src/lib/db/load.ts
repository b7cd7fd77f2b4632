// Loads canonical CSV text (see ingest/serialize) into DuckDB tables typed from the Table Schema.
import type { Field, Resource } from '../schema/types';
import type { Database } from './types';

const SQL_TYPES: Record<Field['type'], string> = {
	string: 'VARCHAR',
	integer: 'INTEGER',
	number: 'DOUBLE',
	date: 'DATE',
	list: 'VARCHAR'
};

/** Resource and field names come from datapackage.json, which we control, but they are checked anyway. */
function identifier(name: string): string {
	if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe SQL identifier in datapackage.json: ${name}`);
	return `"${name}"`;
}

export function createTableSql(resource: Resource, fileName: string): string {
	const fields = resource.schema.fields;
	const columns = fields.map((f) => `'${f.name}': '${SQL_TYPES[f.type]}'`).join(', ');
	const select = fields
		.map((f) => (f.type === 'list' ? `string_split(${identifier(f.name)}, '${f.delimiter ?? ','}') AS ${identifier(f.name)}` : identifier(f.name)))
		.join(', ');
	return `CREATE OR REPLACE TABLE ${identifier(resource.name)} AS SELECT ${select} FROM read_csv('${fileName}', header = true, delim = ',', quote = '"', escape = '"', auto_detect = false, columns = {${columns}})`;
}

/**
 * Tables derived from the loaded ones. The detentions cube holds one row per distinct (date, region, event type,
 * topic, article) with its counts and the article's charge type: every detentions query reads it instead of the
 * event table, about five times fewer rows and no join (1M events: 198k cube rows; a filter's queries 240 → 32 ms).
 */
export const DERIVED_SQL = [
	`CREATE OR REPLACE TABLE detention_cube AS
		SELECT d.date, d.region, d.event_type, d.topic, d.article, a.charge_type,
			count(*)::INTEGER AS events,
			sum(d.detained)::INTEGER AS detained,
			count(*) FILTER (WHERE d.detained IS NULL)::INTEGER AS unknown_events
		FROM detentions d LEFT JOIN articles a ON a.code = d.article
		GROUP BY ALL`
];

/** Once the tables are in, nothing may reach outside: no files, no network, no extension installs. */
export const LOCK_DOWN_SQL = [
	"SET autoinstall_known_extensions = false",
	"SET autoload_known_extensions = false",
	"SET enable_external_access = false",
	"SET lock_configuration = true"
];

export async function loadTables(db: Database, tables: { resource: Resource; csv: Uint8Array }[]): Promise<void> {
	for (const { resource, csv } of tables) {
		const fileName = `${resource.name}.csv`;
		await db.registerFile(fileName, csv);
		await db.exec(createTableSql(resource, fileName));
	}
	for (const sql of [...DERIVED_SQL, ...LOCK_DOWN_SQL]) await db.exec(sql);
}

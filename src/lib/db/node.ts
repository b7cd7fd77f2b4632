// DuckDB for Node (build-time prerender, tests, scripts): the wasm package's blocking bindings, started once.
import { createDuckDB, NODE_RUNTIME, VoidLogger, type DuckDBBindings, type DuckDBConfig } from '@duckdb/duckdb-wasm/blocking';
import { tableFromIPC, tableToIPC, type Table } from 'apache-arrow';
import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { validatePackage } from '../ingest/package';
import { formatIssue } from '../ingest/issues';
import { canonicalCsv } from '../ingest/serialize';
import { dataPackage, publicResource, publicRow } from '../schema/package';
import { noteReads, type Read } from '../build/reads.server';
import { CUBE_EXPORT_SQL, DERIVED_TABLES, loadTables, tableExportSql } from './load';
import { arrowToRows, type ArrowLike } from './rows';
import type { ArrowDatabase, CsvDatabase, SqlParam } from './types';
import type { Resource } from '../schema/types';

/**
 * Engines given back by a database's close(), emptied: starting an engine takes about 0.7 s (instantiating the
 * WebAssembly module), emptying one and opening it again about 30 ms. A process that makes many small databases (the
 * data-layer tests, one per generated table) starts each engine once.
 */
const idleBindings: DuckDBBindings[] = [];

export async function startBindings(config: DuckDBConfig = {}): Promise<DuckDBBindings> {
	const idle = idleBindings.pop();
	if (idle) {
		idle.open(config);
		return idle;
	}
	const require = createRequire(import.meta.url);
	const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
	const bundles = {
		mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
		eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' }
	};
	const bindings = await createDuckDB(bundles, new VoidLogger(), NODE_RUNTIME);
	await bindings.instantiate();
	bindings.open(config);
	return bindings;
}

export interface NodeDatabase extends CsvDatabase, ArrowDatabase {
	/** A query's result as an Arrow IPC stream (the format the browser's DuckDB inserts). */
	arrowStream(sql: string): Uint8Array<ArrayBuffer>;
	/** Empties the database and gives its engine to the next one this process makes; it answers nothing after. */
	close(): void;
}

export async function createNodeDatabase(): Promise<NodeDatabase> {
	const bindings = await startBindings();
	const conn = bindings.connect();
	return {
		async query<T>(sql: string, params: SqlParam[] = []) {
			const statement = conn.prepare(sql);
			try {
				return arrowToRows<T>(statement.query(...params) as unknown as ArrowLike);
			} finally {
				statement.close();
			}
		},
		async exec(sql: string) {
			conn.query(sql);
		},
		async registerFile(name: string, bytes: Uint8Array) {
			bindings.registerFileBuffer(name, bytes);
		},
		async insertArrow(table: string, stream: Uint8Array) {
			conn.insertArrowFromIPCStream(stream, { name: table, create: true });
		},
		arrowStream(sql: string) {
			// DuckDB answers in the IPC file format; the stream format is what insertArrowFromIPCStream reads.
			const table = tableFromIPC(conn.useUnsafe((b, id) => b.runQuery(id, sql)));
			return new Uint8Array(tableToIPC(withNullSlotsZeroed(table), 'stream'));
		},
		close() {
			conn.close();
			bindings.dropFiles();
			bindings.reset();
			idleBindings.push(bindings);
		}
	};
}

/**
 * The table with the values behind its nulls set to zero. DuckDB leaves whatever was in memory there, which no reader
 * sees but which made the same data give a different file from one build to the next. Read from IPC, every column's
 * data starts at offset 0.
 */
function withNullSlotsZeroed(table: Table): Table {
	for (const field of table.schema.fields) {
		for (const data of table.getChild(field.name)?.data ?? []) {
			const values: unknown = data.values;
			const valid = data.nullBitmap;
			if (data.nullCount === 0 || !valid || !(values instanceof Int32Array || values instanceof BigInt64Array || values instanceof Float64Array)) continue;
			for (let i = 0; i < data.length; i++) if ((valid[i >> 3]! & (1 << (i & 7))) === 0) values[i] = values instanceof BigInt64Array ? 0n : 0;
		}
	}
	return table;
}

export class DataPackageError extends Error {}

export interface CanonicalFile {
	resource: Resource;
	csv: string;
	/** Each row's canonical fields, by its primary key (a single-field key), for reads of one row. */
	rowsByKey: Map<string, string> | null;
}

/**
 * Validates data/ and returns each resource as canonical CSV of its public fields (a private field's values go no
 * further than this); throws with data:check's messages on any error.
 */
export function readDataDirectory(dataDir: string): CanonicalFile[] {
	return validatedFiles((r) => {
		const file = path.join(dataDir, r.path);
		return existsSync(file) ? readFileSync(file) : null;
	});
}

/** Every resource, validated as data:check does, as canonical CSV; `readFile` gives a resource's bytes or null. */
export function validatedFiles(readFile: (resource: Resource) => Uint8Array | null): CanonicalFile[] {
	const check = validatePackage(dataPackage, readFile);
	if (check.issues.length > 0) {
		const shown = check.issues.slice(0, 20).map((issue) => formatIssue(issue, 'en')).join('\n');
		throw new DataPackageError(`data/ has ${check.issues.length} errors (run npm run data:check):\n${shown}`);
	}
	return [...check.tables.values()].map((t) => {
		const rows = t.rows.map((row) => publicRow(t.resource, row));
		const key = t.resource.schema.primaryKey?.length === 1 ? t.resource.schema.primaryKey[0]! : null;
		const rowsByKey = key ? new Map(rows.map((row) => [String(row[key]), JSON.stringify(row)])) : null;
		return { resource: t.resource, csv: canonicalCsv(publicResource(t.resource), rows), rowsByKey };
	});
}

/** DuckDB holding `files` (canonical CSV) and the tables derived from them, locked down. */
export async function databaseOf(files: CanonicalFile[]): Promise<NodeDatabase> {
	const db = await createNodeDatabase();
	const encoder = new TextEncoder();
	await loadTables(db, files.map((f) => ({ resource: f.resource, csv: encoder.encode(f.csv) })));
	return db;
}

export async function openDataDirectory(dataDir: string): Promise<NodeDatabase> {
	return databaseOf(readDataDirectory(dataDir));
}

/** The data the site is built from: data/ of the project being built (a variant's own, see scripts/build-variant.ts). */
const bundledDir = () => path.resolve(process.cwd(), 'data');
let bundledFiles: CanonicalFile[] | undefined;
let bundled: Promise<NodeDatabase> | undefined;

/** The bundled data/ as canonical CSV, read once per process: what /data/*.csv serves and DuckDB loads at build time. */
export function bundledCanonicalFiles(): CanonicalFile[] {
	bundledFiles ??= readDataDirectory(bundledDir());
	noteReads(bundledFiles.map((f) => f.resource.name));
	return bundledFiles;
}

/** One bundled resource's canonical CSV, by its file name; noted as the one read. */
export function bundledCanonicalFile(fileName: string): CanonicalFile | undefined {
	bundledFiles ??= readDataDirectory(bundledDir());
	const file = bundledFiles.find((f) => f.resource.path === fileName);
	if (file) noteReads([file.resource.name]);
	return file;
}

/** One row of a bundled resource whose primary key is one field, as canonical JSON; noted as that row's read. */
export function bundledRow(fileName: string, key: string): string | undefined {
	bundledFiles ??= readDataDirectory(bundledDir());
	const file = bundledFiles.find((f) => f.resource.path === fileName);
	if (file) noteReads([`${file.resource.name}#${key}`]);
	return file?.rowsByKey?.get(key);
}

/**
 * The bundled data/ in DuckDB, loaded once per process and shared by every prerendered page. Each query notes the
 * tables it reads (build/reads.server.ts) and its rows are kept: the data cannot change during a build, and a build
 * asks the same few queries hundreds of times.
 */
export function bundledDatabase(): Promise<NodeDatabase> {
	bundled ??= Promise.resolve().then(async () => {
		bundledFiles ??= readDataDirectory(bundledDir());
		return rememberedQueries(await databaseOf(bundledFiles));
	});
	return bundled;
}

/** The tables a query reads: the names after FROM and JOIN, quoted or not, a table derived from others standing for them. */
function tablesOf(sql: string): Read[] {
	const names = new Set<Read>();
	for (const [, name] of sql.matchAll(/\b(?:FROM|JOIN)\s+"?([a-z_]+)/gi)) for (const table of DERIVED_TABLES[name!] ?? [name!]) names.add(table);
	return [...names];
}

function rememberedQueries(db: NodeDatabase): NodeDatabase {
	const answers = new Map<string, Promise<unknown[]>>();
	return {
		...db,
		// A table's or the cube's Arrow file (/data/tables/, the explorer's cube) is made anew when its tables change.
		arrowStream(sql: string) {
			noteReads(tablesOf(sql));
			return db.arrowStream(sql);
		},
		query<T>(sql: string, params: SqlParam[] = [], reads?: Read[]) {
			noteReads(reads ?? tablesOf(sql));
			const key = `${sql}\u0000${JSON.stringify(params)}`;
			let answer = answers.get(key);
			if (!answer) {
				answer = db.query<T>(sql, params);
				answers.set(key, answer);
			}
			// A copy of the list each time: a caller that sorts its rows must not reorder another's.
			return answer.then((rows) => rows.slice()) as Promise<T[]>;
		}
	};
}

/**
 * A digest of everything a response may read, by read: each resource's canonical CSV, and each row of a resource
 * with a single-field primary key (`prisoners#<id>`). A reused file is one whose reads all have the digests they had.
 */
export function bundledDigests(): Map<Read, string> {
	bundledFiles ??= readDataDirectory(bundledDir());
	const digest = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);
	const digests = new Map<Read, string>();
	for (const file of bundledFiles) {
		digests.set(file.resource.name, digest(file.csv));
		for (const [key, row] of file.rowsByKey ?? []) digests.set(`${file.resource.name}#${key}`, digest(row));
	}
	return digests;
}

/** The detentions cube of `db` as the Arrow stream the browser loads (see load.ts, CUBE_EXPORT_SQL). */
export function cubeArrowStream(db: NodeDatabase): Uint8Array<ArrayBuffer> {
	return db.arrowStream(CUBE_EXPORT_SQL);
}

/** A published table of `db` as the Arrow stream the workbench loads (/data/tables/<name>.arrow). */
export function tableArrowStream(db: NodeDatabase, resource: Resource): Uint8Array<ArrayBuffer> {
	return db.arrowStream(tableExportSql(resource));
}

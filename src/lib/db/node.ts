// DuckDB for Node (build-time prerender, tests, scripts): the wasm package's blocking bindings, started once.
import { createDuckDB, NODE_RUNTIME, VoidLogger, type DuckDBBindings, type DuckDBConfig } from '@duckdb/duckdb-wasm/blocking';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { validatePackage } from '../ingest/package';
import { formatIssue } from '../ingest/issues';
import { canonicalCsv } from '../ingest/serialize';
import { dataPackage } from '../schema/package';
import { CUBE_EXPORT_SQL, loadTables, tableExportSql } from './load';
import { arrowToRows, type ArrowLike } from './rows';
import type { ArrowDatabase, CsvDatabase, SqlParam } from './types';
import type { Resource } from '../schema/types';

export async function startBindings(config: DuckDBConfig = {}): Promise<DuckDBBindings> {
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
			return new Uint8Array(tableToIPC(tableFromIPC(conn.useUnsafe((b, id) => b.runQuery(id, sql))), 'stream'));
		}
	};
}

export class DataPackageError extends Error {}

export interface CanonicalFile {
	resource: Resource;
	csv: string;
}

/** Validates data/ and returns each resource as canonical CSV; throws with data:check's messages on any error. */
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
	return [...check.tables.values()].map((t) => ({ resource: t.resource, csv: canonicalCsv(t.resource, t.rows) }));
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
	return bundledFiles;
}

/** The bundled data/ in DuckDB, loaded once per process and shared by every prerendered page. */
export function bundledDatabase(): Promise<NodeDatabase> {
	bundled ??= Promise.resolve().then(() => databaseOf(bundledCanonicalFiles()));
	return bundled;
}

/** The detentions cube of `db` as the Arrow stream the browser loads (see load.ts, CUBE_EXPORT_SQL). */
export function cubeArrowStream(db: NodeDatabase): Uint8Array<ArrayBuffer> {
	return db.arrowStream(CUBE_EXPORT_SQL);
}

/** A published table of `db` as the Arrow stream the workbench loads (/data/tables/<name>.arrow). */
export function tableArrowStream(db: NodeDatabase, resource: Resource): Uint8Array<ArrayBuffer> {
	return db.arrowStream(tableExportSql(resource));
}

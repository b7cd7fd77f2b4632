// DuckDB-WASM in the browser: the self-hosted "eh" bundle in a worker, started once, on demand, never from a CDN.
import { AsyncDuckDB, VoidLogger, type AsyncDuckDBConnection, type DuckDBConfig } from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { resolve } from '$app/paths';
import { NO_FILTER } from './detentionFilter';
import { loadCube } from './load';
import { detentionView } from './queries';
import { arrowToRows, type ArrowLike } from './rows';
import { dbStatus } from './status.svelte';
import type { ArrowDatabase, CsvDatabase, Database, SqlParam } from './types';

/** Starts an empty DuckDB in a worker and connects to it; the workbench (workbenchBrowser.ts) uses the connection itself. */
export async function startDuckdb(config: DuckDBConfig = {}): Promise<{ duckdb: AsyncDuckDB; conn: AsyncDuckDBConnection }> {
	dbStatus.phase = 'engine';
	// DuckDB's worker inside ours (static/engine-worker.js), which reports a download that fails.
	const worker = new Worker(`${resolve('/engine-worker.js' as '/')}?src=${encodeURIComponent(new URL(workerUrl, location.href).href)}`);
	const duckdb = new AsyncDuckDB(new VoidLogger(), worker);
	dbStatus.total = __DUCKDB_WASM_BYTES__;
	// A download that breaks off fails inside the worker and DuckDB-WASM's promise never settles: the worker's error
	// event (static/engine-worker.js) is what says so.
	const broken = new Promise<never>((_, reject) =>
		worker.addEventListener('error', (e) => {
			e.preventDefault();
			worker.terminate();
			reject(new Error(e.message || 'the query engine could not be downloaded'));
		})
	);
	await Promise.race([
		duckdb.instantiate(new URL(wasmUrl, location.href).href, null, (p) => {
			// Decompressed bytes so far, against the decompressed size: never over 100 %, whatever the server compressed.
			dbStatus.loaded = Math.min(p.bytesLoaded, __DUCKDB_WASM_BYTES__);
		}),
		broken
	]);
	await duckdb.open(config);
	return { duckdb, conn: await duckdb.connect() };
}

/** Starts an empty DuckDB in a worker. The site loads only the cube into it (browserDatabase); the benchmark's naive page loads the CSVs. */
export async function startEngine(): Promise<ArrowDatabase & CsvDatabase> {
	const { duckdb, conn } = await startDuckdb();
	// Each worker round trip costs about a millisecond: statements are prepared once per SQL text and reused.
	const prepared = new Map<string, Promise<Awaited<ReturnType<typeof conn.prepare>>>>();
	return {
		async query<T>(sql: string, params: SqlParam[] = []) {
			let statement = prepared.get(sql);
			if (!statement) {
				statement = conn.prepare(sql);
				prepared.set(sql, statement);
			}
			return arrowToRows<T>((await (await statement).query(...params)) as unknown as ArrowLike);
		},
		async exec(sql: string) {
			await conn.query(sql);
		},
		async registerFile(name: string, bytes: Uint8Array) {
			await duckdb.registerFileBuffer(name, bytes);
		},
		async insertArrow(table: string, stream: Uint8Array) {
			await conn.insertArrowFromIPCStream(stream, { name: table, create: true });
		}
	};
}

/** Fetches a file the build wrote under /data/. */
export async function fetchData(file: string): Promise<Uint8Array> {
	const response = await fetch(resolve(`/data/${file}` as '/'));
	if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
	return new Uint8Array(await response.arrayBuffer());
}

async function start(): Promise<Database> {
	// The cube downloads while the engine compiles.
	const cube = fetchData('detention-cube.arrow');
	cube.catch(() => {});
	const db = await startEngine();
	dbStatus.phase = 'data';
	await loadCube(db, await cube);
	// The first run of the explorer's query takes ~100 ms, while the engine compiles the code it needs; later runs take
	// a tenth of that. It runs once here, so that a reader's first filter change does not pay for it.
	await detentionView(db, 'week', NO_FILTER);
	dbStatus.phase = 'ready';
	// The benchmark's duckdbReadyMs: time from navigation to here.
	performance.mark('duckdb-ready');
	return db;
}

let started: Promise<Database> | undefined;

/** The page's one DuckDB, holding the detentions cube; the first call starts it, later calls wait for the same instance. */
export function browserDatabase(): Promise<Database> {
	started ??= start().catch((e: unknown) => {
		// The view that waited says why (a prefetch that failed says nothing); the next one starts it again.
		dbStatus.phase = 'idle';
		started = undefined;
		throw e;
	});
	return started;
}

// DuckDB-WASM in the browser: the self-hosted "eh" bundle in a worker, started once, on demand, never from a CDN.
import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { resolve } from '$app/paths';
import { dataPackage } from '../schema/package';
import { loadTables } from './load';
import { arrowToRows, type ArrowLike } from './rows';
import { dbStatus } from './status.svelte';
import type { Database, SqlParam } from './types';

async function start(): Promise<Database> {
	dbStatus.phase = 'engine';
	const worker = new Worker(workerUrl);
	const duckdb = new AsyncDuckDB(new VoidLogger(), worker);
	await duckdb.instantiate(new URL(wasmUrl, location.href).href, null, (p) => {
		dbStatus.loaded = p.bytesLoaded;
		dbStatus.total = p.bytesTotal;
	});
	await duckdb.open({});
	const conn = await duckdb.connect();
	// Each worker round trip costs about a millisecond: statements are prepared once per SQL text and reused.
	const prepared = new Map<string, Promise<Awaited<ReturnType<typeof conn.prepare>>>>();
	const db: Database = {
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
		}
	};
	dbStatus.phase = 'data';
	const files = await Promise.all(
		dataPackage.resources.map(async (resource) => {
			const response = await fetch(resolve(`/data/${resource.path}` as '/'));
			if (!response.ok) throw new Error(`${resource.path}: HTTP ${response.status}`);
			return { resource, csv: new Uint8Array(await response.arrayBuffer()) };
		})
	);
	await loadTables(db, files);
	dbStatus.phase = 'ready';
	return db;
}

let started: Promise<Database> | undefined;

/** The page's one DuckDB; the first call starts it, later calls wait for the same instance. */
export function browserDatabase(): Promise<Database> {
	started ??= start().catch((e: unknown) => {
		dbStatus.phase = 'error';
		dbStatus.message = e instanceof Error ? e.message : String(e);
		started = undefined;
		throw e;
	});
	return started;
}

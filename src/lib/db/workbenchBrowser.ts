// The workbench's DuckDB in the browser: its own engine (not the explorer's, which holds only the cube), started once
// on demand, which loads each published table from /data/tables/ the first time a query names it.
import { fetchData, startDuckdb } from './browser';
import { dbStatus, showFailure } from './status.svelte';
import { Workbench } from './workbench';

let started: Promise<Workbench> | undefined;

/** Fetches a table's Arrow stream while the status line says the data is loading. */
async function fetchTable(name: string): Promise<Uint8Array> {
	dbStatus.phase = 'data';
	try {
		return await fetchData(`tables/${name}.arrow`);
	} finally {
		dbStatus.phase = 'ready';
	}
}

async function start(tables: readonly string[]): Promise<Workbench> {
	// HUGEINT (what sum() of whole numbers gives) and DECIMAL arrive as doubles: numbers a page can show and chart.
	const { conn } = await startDuckdb({ query: { castDecimalToDouble: true } });
	dbStatus.phase = 'ready';
	// The benchmark's engine start-up on the workbench.
	performance.mark('workbench-engine-ready');
	return new Workbench(conn, tables, fetchTable);
}

/** The page's one workbench; the first call starts the engine, while the status line shows its download. */
export async function workbenchEngine(tables: readonly string[]): Promise<Workbench> {
	started ??= start(tables).catch((e: unknown) => {
		started = undefined;
		throw e;
	});
	dbStatus.waiting++;
	try {
		return await started;
	} catch (e) {
		showFailure(e);
		throw e;
	} finally {
		dbStatus.waiting--;
	}
}

// The workbench in Node, on the same DuckDB-WASM package's blocking bindings: for the tests, which check that it
// answers, pages, locks down and refuses what it must, on the engine the browser runs.
import { dataPackage } from '../schema/package';
import { startBindings, tableArrowStream, type NodeDatabase } from './node';
import { Workbench, type WorkbenchConnection } from './workbench';

/** A workbench whose tables come from `source` (a database holding the published tables) as the build writes them. */
export async function nodeWorkbench(source: NodeDatabase): Promise<{ workbench: Workbench; connection: WorkbenchConnection }> {
	const bindings = await startBindings({ query: { castDecimalToDouble: true } });
	const connection = bindings.connect() as unknown as WorkbenchConnection;
	const tables = dataPackage.resources.map((r) => r.name);
	const workbench = new Workbench(connection, tables, async (name) => tableArrowStream(source, dataPackage.resources.find((r) => r.name === name)!));
	return { workbench, connection };
}

// The one interface every DuckDB client offers to the named queries: parameterised SQL in, plain rows out.

export type SqlParam = string | number | boolean | null;

export interface Database {
	/**
	 * Runs one prepared statement; values reach SQL only as `$n` parameters. Rows hold numbers, never BigInt. `reads`
	 * says which rows it reads where that is narrower than its tables (`prisoners#<id>`), for the build's reuse of
	 * files (build/reads.server.ts); other clients ignore it.
	 */
	query<T>(sql: string, params?: SqlParam[], reads?: string[]): Promise<T[]>;
	/** Runs statements that return nothing and take no user values (DDL, settings). */
	exec(sql: string): Promise<void>;
}

/** A database that can read CSV files: the build loads the data package this way (load.ts, loadTables). */
export interface CsvDatabase extends Database {
	/** Makes a file's bytes readable by `read_csv` under `name`. */
	registerFile(name: string, bytes: Uint8Array): Promise<void>;
}

/** A database that can create a table from an Arrow IPC stream: the browser loads the cube this way (loadCube). */
export interface ArrowDatabase extends Database {
	insertArrow(table: string, stream: Uint8Array): Promise<void>;
}

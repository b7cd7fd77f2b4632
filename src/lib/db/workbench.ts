// The workbench's engine: a reader's question in SQL over the published tables, one at a time, in a DuckDB that can
// read nothing but those tables. The same code runs on the browser's DuckDB-WASM (workbenchBrowser.ts) and, in tests,
// on the same package's blocking bindings in Node.
//
// Safe by construction: the reader's SQL only ever runs inside `SELECT * FROM ( … ) AS answer`, which DuckDB first
// prepares as one statement (a second statement smuggled after a parenthesis is refused), so only a question can run:
// nothing is created, changed or dropped. Before any of it runs, the engine is locked down (load.ts, LOCK_DOWN_SQL):
// no files, no network, no extensions, and no setting can be changed again, the memory limit included.
import type { RecordBatch } from 'apache-arrow';
import { readEngineError, WorkbenchFailure } from './engineError';
import { LOCK_DOWN_SQL } from './load';
import { hasSemicolon, isBlank, leadingWord, namedTables, QUESTION_WORDS, withoutFinalSemicolons } from './readerSql';

/** What the workbench needs of a DuckDB connection: DuckDB-WASM's async one and its blocking one both offer it. */
export interface WorkbenchConnection {
	query(sql: string): unknown;
	prepare(sql: string): unknown;
	send(sql: string, allowStreamResult?: boolean): Promise<unknown>;
	cancelSent(): unknown;
	insertArrowFromIPCStream(buffer: Uint8Array, options: { name: string; create: boolean }): unknown;
}

export type ColumnKind = 'number' | 'date' | 'text' | 'other';
export type Cell = string | number | boolean | null;

export interface AnswerColumn {
	name: string;
	kind: ColumnKind;
	/** The column's type by DuckDB's name for it (BIGINT, DATE, VARCHAR…), from the Arrow type it answered with. */
	type: string;
}

export interface Sort {
	/** Position of the column in the answer, from 0. */
	column: number;
	descending: boolean;
}

export interface PageRequest {
	offset: number;
	limit: number;
	sort: Sort | null;
}

export interface AnswerPage {
	columns: AnswerColumn[];
	rows: Cell[][];
	/** Rows in the whole answer. */
	total: number;
}

/** The reader's SQL goes on the line after this, so its line numbers are DuckDB's minus one. */
const PREFIX = 'SELECT * FROM (\n';
const PREFIX_LINES = 1;
const SUFFIX = '\n) AS answer';
/** The memory DuckDB may use for tables and a query together; a query that needs more ends with an error. */
export const MEMORY_LIMIT = '1GB';

function kindOf(type: string): ColumnKind {
	if (/^(Int|Uint|Float|Decimal)/.test(type)) return 'number';
	if (/^(Date|Timestamp)/.test(type)) return 'date';
	if (/^(Utf8|LargeUtf8)$|^Dictionary<.*Utf8>$/.test(type)) return 'text';
	return 'other';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A date or time as ISO text: the day alone when it is midnight (DATE columns, date_trunc results). */
function isoDateTime(ms: number): string {
	const d = new Date(ms);
	const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
	if (ms % 86_400_000 === 0) return day;
	return `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

const json = (value: unknown) => JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? (Number.isSafeInteger(Number(v)) ? Number(v) : String(v)) : v));

/** One Arrow value as a cell the page shows and the CSV writes. */
function cellOf(value: unknown, kind: ColumnKind): Cell {
	if (value === null || value === undefined) return null;
	if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
	if (kind === 'date' && (typeof value === 'number' || value instanceof Date)) return isoDateTime(Number(value));
	if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
	if (typeof value === 'object' && 'toJSON' in value && typeof value.toJSON === 'function') return json(value.toJSON());
	if (typeof value === 'object' && 'toArray' in value && typeof value.toArray === 'function') return json(Array.from(value.toArray() as ArrayLike<unknown>));
	return json(value);
}

/** DuckDB's name of an Arrow type, as a reader of its SQL knows them: Int64 → BIGINT, Date32<DAY> → DATE. */
const SQL_NAMES: [RegExp, string][] = [
	[/^Int64$/, 'BIGINT'],
	[/^Int32$/, 'INTEGER'],
	[/^Int16$/, 'SMALLINT'],
	[/^Int8$/, 'TINYINT'],
	[/^Uint/, 'UBIGINT'],
	[/^Float64$/, 'DOUBLE'],
	[/^Float32$/, 'FLOAT'],
	[/^Date/, 'DATE'],
	[/^Timestamp/, 'TIMESTAMP'],
	[/^(Large)?Utf8$|^Dictionary<.*Utf8>$/, 'VARCHAR'],
	[/^Bool$/, 'BOOLEAN'],
	[/^List</, 'LIST'],
	[/^Struct</, 'STRUCT']
];
const sqlName = (arrow: string) => SQL_NAMES.find(([pattern]) => pattern.test(arrow))?.[1] ?? arrow;

export function columnsOf(batch: { schema: { fields: { name: string; type: unknown }[] } }): AnswerColumn[] {
	return batch.schema.fields.map((f) => ({ name: f.name, type: sqlName(String(f.type)), kind: kindOf(String(f.type)) }));
}

/** The rows of one batch as cells; only ever a page, or one batch of a download, at a time. */
export function rowsOf(batch: RecordBatch, columns: AnswerColumn[]): Cell[][] {
	const vectors = columns.map((_, i) => batch.getChildAt(i));
	const rows: Cell[][] = new Array(batch.numRows);
	for (let r = 0; r < batch.numRows; r++) rows[r] = columns.map((c, i) => cellOf(vectors[i]?.get(r), c.kind));
	return rows;
}

async function* batchesOf(reader: unknown): AsyncGenerator<RecordBatch> {
	for await (const batch of reader as AsyncIterable<RecordBatch>) yield batch;
}

/** Ordering of the answer by one of its columns: a position and a direction, never a reader's text. */
function orderBy(sort: Sort | null): string {
	if (!sort) return '';
	if (!Number.isSafeInteger(sort.column) || sort.column < 0) throw new Error(`bad sort column ${sort.column}`);
	return ` ORDER BY ${sort.column + 1} ${sort.descending ? 'DESC' : 'ASC'} NULLS LAST`;
}

function whole(n: number, name: string): number {
	if (!Number.isSafeInteger(n) || n < 0) throw new Error(`bad ${name} ${n}`);
	return n;
}

export class Workbench {
	readonly #conn: WorkbenchConnection;
	readonly #tables: readonly string[];
	readonly #fetchTable: (name: string) => Promise<Uint8Array>;
	readonly #loaded = new Set<string>();
	#attached = false;
	#locked = false;
	#canceled = false;
	#running = false;

	/**
	 * @param tables the published tables a query may name; each is loaded from `fetchTable` (an Arrow IPC stream) the
	 *   first time a query names it.
	 */
	constructor(conn: WorkbenchConnection, tables: readonly string[], fetchTable: (name: string) => Promise<Uint8Array>) {
		this.#conn = conn;
		this.#tables = tables;
		this.#fetchTable = fetchTable;
	}

	/** Tables loaded so far. */
	get loaded(): string[] {
		return [...this.#loaded];
	}

	get running(): boolean {
		return this.#running;
	}

	/** The reader's statement, checked for what can be told without DuckDB: something to run, and a question. */
	statement(sql: string): string {
		if (isBlank(sql)) throw new WorkbenchFailure({ kind: 'empty', detail: '' });
		const word = leadingWord(sql);
		if (word && !QUESTION_WORDS.has(word)) throw new WorkbenchFailure({ kind: 'notQuestion', detail: word });
		const statement = withoutFinalSemicolons(sql);
		// A semicolon before the end starts another statement (DuckDB refuses it too, with a less helpful message).
		if (hasSemicolon(statement)) throw new WorkbenchFailure({ kind: 'multiple', detail: '' });
		return statement;
	}

	/** Loads the tables the statement names that are not loaded yet. */
	async #loadTables(statement: string): Promise<void> {
		for (const name of namedTables(statement, this.#tables)) {
			if (this.#loaded.has(name)) continue;
			let bytes: Uint8Array;
			try {
				bytes = await this.#fetchTable(name);
			} catch (e) {
				throw new WorkbenchFailure({ kind: 'load', detail: `${name}: ${e instanceof Error ? e.message : String(e)}` });
			}
			// Inserting the workbench's own bytes is not external access: it works after the lock-down too.
			await this.#conn.insertArrowFromIPCStream(bytes, { name, create: true });
			this.#loaded.add(name);
		}
	}

	/**
	 * Loads the tables the statement names, into a database that compresses what it holds (dictionaries, FSST, RLE…),
	 * then, the first time, locks the engine down before any reader SQL runs. Compressed, 1,000,000 events take 12 MB of
	 * memory instead of 315 MB, and the question over them runs in half the time (Node: 110 → 55 ms), with every
	 * column keeping the type the data package gives it.
	 */
	async #prepareTables(statement: string): Promise<void> {
		if (!this.#attached) {
			await this.#conn.query(`ATTACH ':memory:' AS published (COMPRESS)`);
			await this.#conn.query('USE published');
			this.#attached = true;
		}
		await this.#loadTables(statement);
		if (this.#locked) return;
		await this.#conn.query(`SET memory_limit = '${MEMORY_LIMIT}'`);
		for (const sql of LOCK_DOWN_SQL) await this.#conn.query(sql);
		this.#locked = true;
	}

	/** Runs `task` as the one query of the moment, reading DuckDB's errors about `ran` into the reader's terms. */
	async #exclusive<T>(statement: string, task: () => Promise<T>): Promise<T> {
		if (this.#running) throw new Error('the workbench runs one query at a time');
		this.#running = true;
		this.#canceled = false;
		try {
			await this.#prepareTables(statement);
			return await task();
		} catch (e) {
			if (e instanceof WorkbenchFailure) throw e;
			const message = e instanceof Error ? e.message : String(e);
			const ran = PREFIX + statement + SUFFIX;
			const error = readEngineError(message, ran, PREFIX_LINES, statement);
			throw new WorkbenchFailure(this.#canceled ? { kind: 'canceled', detail: error.detail } : error);
		} finally {
			this.#running = false;
		}
	}

	/** Checks that the SQL is one statement (DuckDB refuses to prepare two), and binds it, without running it. */
	async #check(sql: string): Promise<void> {
		const prepared = (await this.#conn.prepare(sql)) as { close(): unknown };
		await prepared.close();
	}

	async #send(sql: string, stream = false): Promise<AsyncGenerator<RecordBatch>> {
		if (this.#canceled) throw new Error('query was canceled');
		return batchesOf(await this.#conn.send(sql, stream));
	}

	/** One page of the answer (and the answer's size): never more rows than the page holds leave DuckDB. */
	async page(sql: string, request: PageRequest, knownTotal?: number): Promise<AnswerPage> {
		const statement = this.statement(sql);
		const limit = whole(request.limit, 'limit');
		const offset = whole(request.offset, 'offset');
		return this.#exclusive(statement, async () => {
			const inner = PREFIX + statement + SUFFIX;
			// One row more than the page says whether there is more; only then is the answer counted.
			const pageSql = `${inner}${orderBy(request.sort)} LIMIT ${limit + 1} OFFSET ${offset}`;
			await this.#check(pageSql);
			let columns: AnswerColumn[] = [];
			const rows: Cell[][] = [];
			for await (const batch of await this.#send(pageSql)) {
				if (columns.length === 0) columns = columnsOf(batch);
				rows.push(...rowsOf(batch, columns));
			}
			if (columns.length === 0) columns = await this.#columnsOf(inner);
			let total = knownTotal ?? offset + rows.length;
			// Counted when there is more than the page, or when a link asks for a page past the end.
			if (knownTotal === undefined && (rows.length > limit || (rows.length === 0 && offset > 0))) {
				for await (const batch of await this.#send(`SELECT count(*)::DOUBLE AS n FROM (${inner})`)) total = Number(batch.getChildAt(0)?.get(0) ?? total);
			}
			return { columns, rows: rows.slice(0, limit), total };
		});
	}

	/** The columns of an answer without rows. */
	async #columnsOf(inner: string): Promise<AnswerColumn[]> {
		for await (const batch of await this.#send(`${inner} LIMIT 0`)) return columnsOf(batch);
		return [];
	}

	/**
	 * The answer from its first row, in batches as DuckDB streams them, for a download: at most `maxRows` rows, each batch
	 * handed to `onRows` and dropped before the next.
	 */
	async stream(sql: string, sort: Sort | null, maxRows: number, onRows: (columns: AnswerColumn[], rows: Cell[][]) => void): Promise<number> {
		const statement = this.statement(sql);
		return this.#exclusive(statement, async () => {
			const streamSql = `${PREFIX}${statement}${SUFFIX}${orderBy(sort)} LIMIT ${whole(maxRows, 'maxRows')}`;
			await this.#check(streamSql);
			let count = 0;
			let columns: AnswerColumn[] | undefined;
			for await (const batch of await this.#send(streamSql, true)) {
				columns ??= columnsOf(batch);
				const rows = rowsOf(batch, columns);
				count += rows.length;
				onRows(columns, rows);
			}
			if (!columns) onRows(await this.#columnsOf(PREFIX + statement + SUFFIX), []);
			return count;
		});
	}

	/** Stops the running query; it ends with a 'canceled' error. */
	async cancel(): Promise<void> {
		if (!this.#running) return;
		this.#canceled = true;
		await this.#conn.cancelSent();
	}
}

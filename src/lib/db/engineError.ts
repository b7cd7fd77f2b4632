// What went wrong with a reader's query, as a value with a place: the kind of problem (which the page words in its
// language), DuckDB's own words, and the line and column of the reader's SQL where DuckDB gives one.
import { lineAndColumn } from './readerSql';

export type WorkbenchErrorKind =
	/** Nothing but spaces and comments. */
	| 'empty'
	/** A statement that is not a question (SET, COPY, INSTALL, CREATE…). */
	| 'notQuestion'
	/** More than one statement. */
	| 'multiple'
	| 'syntax'
	/** Any other error DuckDB reports: an unknown column, a type that does not fit… */
	| 'query'
	/** Files, the network or extensions, which the lock-down turns off. */
	| 'external'
	/** A setting, which the lock-down freezes. */
	| 'locked'
	| 'memory'
	| 'canceled'
	/** A table file that could not be fetched, or the engine that could not start. */
	| 'load';

export interface WorkbenchError {
	kind: WorkbenchErrorKind;
	/** DuckDB's own message, without its excerpt of the SQL, or the statement's first word for 'notQuestion'. */
	detail: string;
	/** Where in the reader's SQL, both from 1, when DuckDB says. */
	line?: number;
	column?: number;
}

export class WorkbenchFailure extends Error {
	constructor(readonly error: WorkbenchError) {
		super(`${error.kind}: ${error.detail}`);
	}
}

const KINDS: [RegExp, WorkbenchErrorKind][] = [
	[/Out of Memory/i, 'memory'],
	[/query was canceled|interrupt/i, 'canceled'],
	[/disabled (by|through) configuration|external access/i, 'external'],
	[/configuration has been locked/i, 'locked'],
	[/multiple statements/i, 'multiple'],
	[/^Parser Error/i, 'syntax']
];

/** DuckDB sometimes answers with its error as JSON (a parser error inside a subquery), with `position` an offset. */
function unpack(message: string): { text: string; offset?: number } {
	if (!message.startsWith('{')) return { text: message };
	try {
		const json = JSON.parse(message) as { exception_type?: string; exception_message?: string; position?: string };
		const type = json.exception_type ? `${json.exception_type} Error: ` : '';
		const offset = json.position !== undefined ? Number(json.position) : undefined;
		return { text: `${type}${json.exception_message ?? message}`, offset: Number.isFinite(offset) ? offset : undefined };
	} catch {
		return { text: message };
	}
}

/**
 * The line and column in `ran` (the SQL DuckDB ran) that DuckDB's excerpt points at: "LINE 2: SELECT i, nope" over a
 * caret. A long line is shown cut, between "...", so the excerpt is found in the line to place the caret.
 */
function caretPlace(text: string, ran: string): { line: number; column: number } | undefined {
	const m = /LINE (\d+): (.*)\n( *)\^/.exec(text);
	if (!m) return undefined;
	const line = Number(m[1]);
	const caret = m[3]!.length - `LINE ${m[1]}: `.length;
	const shown = m[2]!;
	if (!shown.startsWith('...')) return { line, column: caret + 1 };
	const source = ran.split('\n')[line - 1] ?? '';
	const body = shown.slice(3).replace(/\.\.\.$/, '');
	const at = source.indexOf(body);
	return at === -1 ? undefined : { line, column: at + caret - 3 + 1 };
}

/** The first paragraph of DuckDB's message: without its excerpt of the SQL or its advice on settings the reader cannot change. */
function firstParagraph(text: string): string {
	return text.split(/\n\s*\n/)[0]!.split('\nDatabase is launched')[0]!.trim();
}

/**
 * Reads DuckDB's error about `ran`, the reader's `statement` inside the workbench's own SQL, whose first `prefixLines`
 * lines are the workbench's: a place is given only when it falls inside the reader's lines, or just after them.
 */
export function readEngineError(message: string, ran: string, prefixLines: number, statement: string): WorkbenchError {
	const { text, offset } = unpack(message);
	const kind = KINDS.find(([pattern]) => pattern.test(text))?.[1] ?? 'query';
	const place = offset !== undefined ? lineAndColumn(ran, offset) : caretPlace(text, ran);
	const error: WorkbenchError = { kind, detail: firstParagraph(text) };
	const lines = statement.split('\n');
	if (place && place.line > prefixLines && place.line <= prefixLines + lines.length) {
		error.line = place.line - prefixLines;
		error.column = place.column;
	} else if (place && place.line === prefixLines + lines.length + 1) {
		// At the workbench's closing line: the reader's SQL ended too soon, so the place is its end.
		error.line = lines.length;
		error.column = lines.at(-1)!.length + 1;
	}
	return error;
}

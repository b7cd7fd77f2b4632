// Reads a reader's SQL as text, without running it: where its words, strings and comments are, which published tables
// it names, and its statement without the semicolons that end it. DuckDB decides what the SQL means (workbench.ts).

export interface Token {
	kind: 'word' | 'quoted' | 'string' | 'comment' | 'space' | 'symbol';
	/** Offset of the token's first character in the text. */
	start: number;
	end: number;
}

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD = /[A-Za-z0-9_$\u0080-\uffff]/;

/** Where a quoted run that starts at `from` ends: after its closing `quote` ('' or "" inside stand for one). */
function quotedEnd(text: string, from: number, quote: string, backslash: boolean): number {
	let i = from + 1;
	while (i < text.length) {
		const c = text[i]!;
		if (backslash && c === '\\') i += 2;
		else if (c === quote && text[i + 1] === quote) i += 2;
		else if (c === quote) return i + 1;
		else i++;
	}
	return text.length;
}

/** Where a block comment that starts at `from` ends; DuckDB's parser (PostgreSQL's) lets them nest. */
function blockCommentEnd(text: string, from: number): number {
	let depth = 0;
	let i = from;
	while (i < text.length) {
		if (text.startsWith('/*', i)) {
			depth++;
			i += 2;
		} else if (text.startsWith('*/', i)) {
			depth--;
			i += 2;
			if (depth === 0) return i;
		} else i++;
	}
	return text.length;
}

/** The text cut into tokens; every character belongs to exactly one token. */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	let i = 0;
	while (i < text.length) {
		const c = text[i]!;
		const start = i;
		let kind: Token['kind'];
		if (/\s/.test(c)) {
			while (i < text.length && /\s/.test(text[i]!)) i++;
			kind = 'space';
		} else if (text.startsWith('--', i)) {
			const newline = text.indexOf('\n', i);
			i = newline === -1 ? text.length : newline;
			kind = 'comment';
		} else if (text.startsWith('/*', i)) {
			i = blockCommentEnd(text, i);
			kind = 'comment';
		} else if (c === "'") {
			i = quotedEnd(text, i, "'", /[eE]/.test(text[i - 1] ?? '') && !WORD.test(text[i - 2] ?? ''));
			kind = 'string';
		} else if (c === '"') {
			i = quotedEnd(text, i, '"', false);
			kind = 'quoted';
		} else if (c === '$' && /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.test(text.slice(i, i + 64))) {
			// A dollar-quoted string: $$…$$ or $tag$…$tag$ ($1 is a parameter, not a quote).
			const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i, i + 64))![0];
			const close = text.indexOf(tag, i + tag.length);
			i = close === -1 ? text.length : close + tag.length;
			kind = 'string';
		} else if (WORD_START.test(c)) {
			while (i < text.length && WORD.test(text[i]!)) i++;
			kind = 'word';
		} else {
			i++;
			kind = 'symbol';
		}
		tokens.push({ kind, start, end: i });
	}
	return tokens;
}

const isCode = (t: Token) => t.kind !== 'space' && t.kind !== 'comment';

/** True when the text holds nothing but spaces and comments. */
export function isBlank(text: string): boolean {
	return !tokenize(text).some(isCode);
}

/**
 * The statement without the semicolons that end it, each replaced by a space so that every other character keeps its
 * line and column (DuckDB's error positions are mapped back onto the reader's text).
 */
export function withoutFinalSemicolons(text: string): string {
	const tokens = tokenize(text).filter(isCode);
	let out = text;
	for (let i = tokens.length - 1; i >= 0; i--) {
		const t = tokens[i]!;
		if (t.kind !== 'symbol' || text[t.start] !== ';') break;
		out = out.slice(0, t.start) + ' ' + out.slice(t.end);
	}
	return out;
}

/** True when a semicolon stands outside strings, identifiers and comments: more than one statement. */
export function hasSemicolon(text: string): boolean {
	return tokenize(text).some((t) => t.kind === 'symbol' && text[t.start] === ';');
}

/** The first word of the statement, upper-cased ('SELECT', 'WITH', 'COPY'…), or '' when it starts otherwise. */
export function leadingWord(text: string): string {
	const first = tokenize(text).find(isCode);
	return first?.kind === 'word' ? text.slice(first.start, first.end).toUpperCase() : '';
}

/** Statements that ask a question: the only kind the workbench runs (DuckDB checks it again, see workbench.ts). */
export const QUESTION_WORDS = new Set(['SELECT', 'WITH', 'FROM', 'VALUES', 'TABLE', 'PIVOT', 'UNPIVOT', 'DESCRIBE', 'SUMMARIZE', 'SHOW']);

/** The names among `tables` that the text uses as a word or a quoted identifier, in the order of `tables`. */
export function namedTables(text: string, tables: readonly string[]): string[] {
	const words = new Set<string>();
	for (const t of tokenize(text)) {
		if (t.kind === 'word') words.add(text.slice(t.start, t.end).toLowerCase());
		else if (t.kind === 'quoted') words.add(text.slice(t.start + 1, t.end - 1).replaceAll('""', '"'));
	}
	return tables.filter((name) => words.has(name));
}

/** Line and column (both from 1) of an offset in the text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
	const lines = before.split('\n');
	return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/** The offset of a line and column (both from 1) in the text, kept inside it. */
export function offsetOf(text: string, line: number, column: number): number {
	const lines = text.split('\n');
	let offset = 0;
	for (let i = 0; i < Math.min(line - 1, lines.length - 1); i++) offset += lines[i]!.length + 1;
	const current = lines[Math.min(line, lines.length) - 1] ?? '';
	return offset + Math.max(0, Math.min(column - 1, current.length));
}

// A workbench answer as a link: the query, compressed with lz-string, and the view (table or chart, page, sort) in
// the URL's query string. The query travels in chunks, each with its own checksum, so that a link cut short or
// damaged on its way still gives back every chunk before the damage, and says how much of the query that is.
import lz from 'lz-string';

export type AnswerView = 'table' | 'chart';

export interface LinkState {
	sql: string;
	view: AnswerView;
	/** From 1. */
	page: number;
	/** A column of the answer (from 0) and its direction. */
	sort: { column: number; descending: boolean } | null;
}

export type LinkQuery =
	| { kind: 'missing' }
	| { kind: 'valid'; sql: string }
	/** What could be read, and how long the query was when that is still known. */
	| { kind: 'damaged'; sql: string; expected: number | null };

export interface ReadLink {
	query: LinkQuery;
	view: AnswerView;
	page: number;
	sort: LinkState['sort'];
	/** Parameters present but unusable (they fall back to their defaults). */
	invalid: string[];
}

const FORMAT = '1';
const CHUNK = 1000;

/** FNV-1a over UTF-16 code units: a checksum, not a secret. */
function checksum(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(36);
}

/** The query as the `q` parameter: "1.<length>.<chunk>~<checksum>.<chunk>~<checksum>…", all URL-safe but "+". */
export function encodeQuery(sql: string): string {
	const chunks: string[] = [];
	for (let i = 0; i < sql.length; i += CHUNK) {
		const text = sql.slice(i, i + CHUNK);
		chunks.push(`${lz.compressToEncodedURIComponent(text)}~${checksum(text)}`);
	}
	return [FORMAT, sql.length.toString(36), ...chunks].join('.');
}

export function decodeQuery(raw: string): LinkQuery {
	// A "+" of lz-string's alphabet arrives as a space when the link went through form encoding.
	const parts = raw.replace(/ /g, '+').split('.');
	const expected = parts[0] === FORMAT && /^[0-9a-z]+$/.test(parts[1] ?? '') ? parseInt(parts[1]!, 36) : null;
	let sql = '';
	if (expected !== null) {
		for (const part of parts.slice(2)) {
			const [packed = '', sum] = part.split('~');
			const text = lz.decompressFromEncodedURIComponent(packed);
			if (!text || checksum(text) !== sum) break;
			sql += text;
		}
		if (sql.length === expected && parts.length === 2 + Math.ceil(expected / CHUNK)) return { kind: 'valid', sql };
	}
	return { kind: 'damaged', sql, expected };
}

const VIEWS: readonly AnswerView[] = ['table', 'chart'];

export function readLink(params: URLSearchParams): ReadLink {
	const invalid: string[] = [];
	const q = params.get('q');
	const query: LinkQuery = q === null ? { kind: 'missing' } : decodeQuery(q);
	const rawView = params.get('view');
	const view = VIEWS.find((v) => v === rawView) ?? 'table';
	if (rawView !== null && view !== rawView) invalid.push('view');
	const rawPage = params.get('page');
	const page = rawPage !== null && /^[1-9][0-9]{0,8}$/.test(rawPage) ? Number(rawPage) : 1;
	if (rawPage !== null && String(page) !== rawPage) invalid.push('page');
	const rawSort = params.get('sort');
	const sortMatch = rawSort !== null ? /^(-?)([1-9][0-9]{0,3})$/.exec(rawSort) : null;
	const sort = sortMatch ? { column: Number(sortMatch[2]) - 1, descending: sortMatch[1] === '-' } : null;
	if (rawSort !== null && !sort) invalid.push('sort');
	return { query, view, page, sort, invalid };
}

/** The query string of a state, "?view=chart&page=2&sort=-3&q=…": the query last, so a cut link keeps the rest. */
export function writeLink(state: LinkState): string {
	const parts: string[] = [];
	if (state.view !== 'table') parts.push(`view=${state.view}`);
	if (state.page > 1) parts.push(`page=${state.page}`);
	if (state.sort) parts.push(`sort=${state.sort.descending ? '-' : ''}${state.sort.column + 1}`);
	parts.push(`q=${encodeQuery(state.sql)}`);
	return `?${parts.join('&')}`;
}

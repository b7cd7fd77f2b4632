// Checks a dropped CSV in a worker, off the page's thread, with the same code as `npm run data:check FILE`.
import type { Locale } from '../i18n/locales';
import { checkFile } from './checkFile';
import { formatIssue } from './issues';

export interface CheckRequest {
	fileName: string;
	bytes: Uint8Array;
	/** The site's own validated files, by resource name: the reference for codes (regions, articles). */
	references: Record<string, Uint8Array>;
	/** The page's language: the lines come back worded in it, with the same places as data:check's. */
	locale: Locale;
}

export type CheckMessage =
	| { type: 'progress'; fraction: number }
	| { type: 'done'; resource: string | null; lines: string[]; rowsRead: number; validRows: number; columns: string[]; preview: string[][]; encoding: string; delimiter: string };

const post = (message: CheckMessage) => postMessage(message);
const text = (v: unknown) => (v === null || v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v));

onmessage = (event: MessageEvent<CheckRequest>) => {
	const { fileName, bytes, references, locale } = event.data;
	const check = checkFile(fileName, bytes, (r) => references[r.name] ?? null, (fraction) => post({ type: 'progress', fraction }));
	const columns = check.resource?.schema.fields.map((f) => f.name) ?? [];
	post({
		type: 'done',
		resource: check.resource?.name ?? null,
		lines: check.issues.map((issue) => formatIssue(issue, locale)),
		rowsRead: check.table?.rowsRead ?? 0,
		validRows: check.table?.rows.length ?? 0,
		columns,
		preview: (check.table?.rows ?? []).slice(0, 20).map((row) => columns.map((c) => text(row[c]))),
		encoding: check.table?.encoding ?? '',
		delimiter: check.table?.delimiter ?? ''
	});
};

// /data/excel/<table>.csv: the same canonical CSV with a byte-order mark, so Excel reads Cyrillic as UTF-8.
import { error } from '@sveltejs/kit';
import { bundledCanonicalFile } from '$lib/db/node';
import { fileEntries } from '$lib/site/manifest.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => fileEntries('tableExcel');

export const GET: RequestHandler = ({ params }) => {
	const file = bundledCanonicalFile(params.file);
	if (!file) error(404, `no dataset ${params.file}`);
	return new Response(`\uFEFF${file.csv}`, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};

// /data/<resource>.csv: each validated resource as canonical CSV, prerendered, for readers to download.
import { error } from '@sveltejs/kit';
import { bundledCanonicalFile } from '$lib/db/node';
import { fileEntries } from '$lib/site/manifest.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () => fileEntries('table');

export const GET: RequestHandler = ({ params }) => {
	const file = bundledCanonicalFile(params.file);
	if (!file) error(404, `no dataset ${params.file}`);
	return new Response(file.csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};

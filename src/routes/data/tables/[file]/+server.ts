// /data/tables/<resource>.arrow: each published table as an Arrow IPC stream, prerendered from the validated CSVs, for
// the workbench (/data/sql/), whose DuckDB-WASM loads only the tables a query names (it reads Arrow without extensions).
import { error } from '@sveltejs/kit';
import { bundledDatabase, tableArrowStream } from '$lib/db/node';
import { dataPackage } from '$lib/schema/package';
import { fileEntries } from '$lib/site/manifest.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () => fileEntries('tableArrow');

export const GET: RequestHandler = async ({ params }) => {
	const resource = dataPackage.resources.find((r) => `${r.name}.arrow` === params.file);
	if (!resource) error(404, `no table ${params.file}`);
	return new Response(tableArrowStream(await bundledDatabase(), resource), { headers: { 'content-type': 'application/vnd.apache.arrow.stream' } });
};

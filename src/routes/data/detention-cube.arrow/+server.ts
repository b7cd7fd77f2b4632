// /data/detention-cube.arrow: the pre-counted detentions cube as an Arrow IPC stream, prerendered from the CSVs.
// It is all the browser's DuckDB loads: smaller than the CSVs it comes from, and nothing left to parse or group.
import { bundledDatabase, cubeArrowStream } from '$lib/db/node';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = async () =>
	new Response(cubeArrowStream(await bundledDatabase()), { headers: { 'content-type': 'application/vnd.apache.arrow.stream' } });

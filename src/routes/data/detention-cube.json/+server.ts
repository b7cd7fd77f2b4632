// /data/detention-cube.json: the pre-counted detentions cube as compact columnar JSON, prerendered from the CSVs. The
// explorer counts a view of one or two filter values from it in plain TypeScript, without the query engine.
import { bundledDatabase } from '$lib/db/node';
import { cubeFileText } from '$lib/detentions/cubeFile.server';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = async () => new Response((await cubeFileText(await bundledDatabase())).text, { headers: { 'content-type': 'application/json' } });

// /data/api/prisoners/<id>.json: one person's published record (api/files.ts); private fields are never in it.
import { profileResponse } from '$lib/api/view.server';
import { fileEntries } from '$lib/site/manifest.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => fileEntries('apiProfile');

export const GET: RequestHandler = ({ params }) => profileResponse(params.id);

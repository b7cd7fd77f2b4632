// /data/api/detentions/all/<file>: the whole explorer's numbers by month (data.csv, data.json) and metadata.json (api/files.ts).
import { error } from '@sveltejs/kit';
import { isViewFile } from '$lib/api/files';
import { viewFileResponse } from '$lib/api/view.server';
import { fileEntries } from '$lib/site/manifest.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => fileEntries('apiAll');

export const GET: RequestHandler = ({ params }) => {
	if (!isViewFile(params.file)) error(404, 'No such file');
	return viewFileResponse(null, params.file);
};

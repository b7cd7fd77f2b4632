// /data/api/detentions/<dimension>/<value>/<file>: one single-value view's numbers by month (data.csv, data.json) and
// metadata.json (api/files.ts). A view the data does not have is a 404, never an empty file.
import { error } from '@sveltejs/kit';
import { isViewFile } from '$lib/api/files';
import { viewFileResponse } from '$lib/api/view.server';
import { singleViewOfParams } from '$lib/detentions/viewResults.server';
import { fileEntries } from '$lib/site/manifest.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => fileEntries('apiView');

export const GET: RequestHandler = async ({ params }) => {
	const view = await singleViewOfParams(params.dimension, params.value);
	if (!view || !isViewFile(params.file)) error(404, 'No such view');
	return viewFileResponse(view, params.file);
};

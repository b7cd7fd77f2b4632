// /data/views/<dimension>/<value>/month.json: one single-value view's results by month (views.ts).
import { error } from '@sveltejs/kit';
import { singleViewOfParams, viewResultsResponse } from '$lib/detentions/viewResults.server';
import { fileEntries } from '$lib/site/manifest.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => fileEntries('viewResults');

export const GET: RequestHandler = async ({ params }) => {
	const view = await singleViewOfParams(params.dimension, params.value);
	if (!view) error(404, 'No such view');
	return viewResultsResponse(view, 'month');
};

// /data/views/<dimension>/<value>/month.json: one single-value view's results by month (views.ts).
import { error } from '@sveltejs/kit';
import { singleViewEntries, viewResultsResponse } from '$lib/detentions/viewResults.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = async () => (await singleViewEntries()).map(({ key, value }) => ({ dimension: key, value }));

export const GET: RequestHandler = async ({ params }) => {
	const view = (await singleViewEntries()).find((v) => v.key === params.dimension && v.value === params.value);
	if (!view) error(404, 'No such view');
	return viewResultsResponse(view, 'month');
};

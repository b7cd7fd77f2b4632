// /data/views/all/<granularity>.json: the unfiltered view's results at each granularity (views.ts).
import { error } from '@sveltejs/kit';
import { viewResultsResponse } from '$lib/detentions/viewResults.server';
import { PRERENDERED_GRANULARITIES } from '$lib/detentions/views';
import type { Granularity } from '$lib/time/days';
import { fileEntries } from '$lib/site/manifest.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => fileEntries('allResults');

export const GET: RequestHandler = ({ params }) => {
	if (!PRERENDERED_GRANULARITIES.includes(params.granularity as Granularity)) error(404, 'No such granularity');
	return viewResultsResponse(null, params.granularity as Granularity);
};

// A collection's slideshow: prerendered for each collection and language from the same page data.
import { error } from '@sveltejs/kit';
import { collectionPageData } from '$lib/collections/pageData';
import { bundledDatabase } from '$lib/db/node';
import { pageEntries } from '$lib/site/manifest.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => pageEntries('collectionShow');

export const load: PageServerLoad = async ({ params }) => {
	const data = await collectionPageData(await bundledDatabase(), params.slug);
	if (!data) error(404, 'No such collection');
	return data;
};

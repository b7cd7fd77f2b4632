// A collection as a light embed, for a campaign's own site: its people and what they add up to.
import { error } from '@sveltejs/kit';
import { collectionPageData } from '$lib/collections/pageData';
import { bundledDatabase } from '$lib/db/node';
import { pageEntries } from '$lib/site/manifest.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => pageEntries('collectionEmbed');

export const load: PageServerLoad = async ({ params }) => {
	const data = await collectionPageData(await bundledDatabase(), params.slug);
	if (!data) error(404, 'No such collection');
	return data;
};

// One page per value of each paged dimension (views.ts): the explorer prerendered with that single filter, by the
// same named query the browser runs, so a click on a bar, a tile or a filter box needs no database in the browser.
import { error } from '@sveltejs/kit';
import { viewApiData } from '$lib/api/view.server';
import { bundledDatabase } from '$lib/db/node';
import { detentionPageData } from '$lib/detentions/pageData';
import { singleViewOfParams } from '$lib/detentions/viewResults.server';
import { pageEntries } from '$lib/site/manifest.server';
import { localeFromParam } from '$lib/i18n/locales';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => pageEntries('detentionsView');

export const load: PageServerLoad = async ({ params }) => {
	const view = await singleViewOfParams(params.dimension, params.value);
	if (!view) error(404, 'No such view');
	const db = await bundledDatabase();
	return { ...(await detentionPageData(db, view)), api: await viewApiData(db, view, localeFromParam(params.lang)) };
};

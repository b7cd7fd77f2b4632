// The detentions explorer's unfiltered view, computed at build time by the queries the browser runs for filters.
import { viewApiData } from '$lib/api/view.server';
import { bundledDatabase } from '$lib/db/node';
import { detentionPageData } from '$lib/detentions/pageData';
import { localeFromParam } from '$lib/i18n/locales';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const db = await bundledDatabase();
	return { ...(await detentionPageData(db)), api: await viewApiData(db, null, localeFromParam(params.lang)) };
};

// The prisoners page's unfiltered view, computed at build time; the browser filters the compact index later.
import { bundledDatabase } from '$lib/db/node';
import { prisonerPageData } from '$lib/prisoners/pageData';
import { PAGE_SIZE, sortPrisoners } from '$lib/prisoners/prisonerFilters';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const { page, entries } = await prisonerPageData(await bundledDatabase());
	return { firstPage: sortPrisoners(entries, 'arrested').slice(0, PAGE_SIZE), page };
};

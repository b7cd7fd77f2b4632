// The detentions explorer's unfiltered view, computed at build time by the queries the browser runs for filters.
import { bundledDatabase } from '$lib/db/node';
import { detentionPageData } from '$lib/detentions/pageData';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => detentionPageData(await bundledDatabase());

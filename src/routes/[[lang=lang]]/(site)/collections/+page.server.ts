// Every collection, with how many people each names.
import { collectionList } from '$lib/db/collections';
import { bundledDatabase } from '$lib/db/node';
import { isDemo } from '$lib/schema/package';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ collections: await collectionList(await bundledDatabase()), demo: isDemo('collections') });

// Home page data, computed at build time by the same named queries the browser runs later.
import { bundledDatabase } from '$lib/db/node';
import { homeData } from '$lib/home/homeData';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => homeData(await bundledDatabase());

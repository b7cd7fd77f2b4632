// /embed/[chart]/live/: the same chart, hydrated, for links with filters and for readers who change them.
import { embedData } from '$lib/embed/load.server';
import { pageEntries } from '$lib/site/manifest.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => pageEntries('embedLive');
export const load: PageServerLoad = ({ params }) => embedData(params.chart);

// /embed/[chart]/live/: the same chart, hydrated, for links with filters and for readers who change them.
import { embedData, embedEntries } from '$lib/embed/load.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = embedEntries;
export const load: PageServerLoad = ({ params }) => embedData(params.chart);

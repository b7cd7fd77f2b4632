// One light embed page per embeddable chart and language, prerendered.
import { embedData, embedEntries } from '$lib/embed/load.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = embedEntries;
export const load: PageServerLoad = ({ params }) => embedData(params.chart);

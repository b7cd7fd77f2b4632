// One light embed page per embeddable chart and language, prerendered.
import { embedData } from '$lib/embed/load.server';
import { pageEntries } from '$lib/site/manifest.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => pageEntries('embed');
export const load: PageServerLoad = ({ params }) => embedData(params.chart);

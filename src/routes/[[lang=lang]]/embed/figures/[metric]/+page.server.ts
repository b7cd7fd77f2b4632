// One light embed per series of published figures and language, prerendered: real, sourced numbers to put in articles.
import { error } from '@sveltejs/kit';
import { bundledDatabase } from '$lib/db/node';
import { figuresHomeData } from '$lib/figures/pageData';
import { pageEntries } from '$lib/site/manifest.server';
import type { EntryGenerator, PageServerLoad } from './$types';

const allSeries = async () => (await figuresHomeData(await bundledDatabase())).series;

export const entries: EntryGenerator = () => pageEntries('figuresEmbed');

export const load: PageServerLoad = async ({ params }) => {
	const series = (await allSeries()).find((s) => s.metric.code === params.metric);
	if (!series) error(404, 'No such series');
	return { series };
};

// What an embed page loads at build time, shared by the light and the live embed routes.
import { error } from '@sveltejs/kit';
import { bundledDatabase } from '../db/node';
import { detentionPageData } from '../detentions/pageData';
import { prisonerPageData } from '../prisoners/pageData';
import { embeddableChart } from './charts';

/** The data an embed page draws: the chart's family's unfiltered view, as the site pages compute it. */
export async function embedData(id: string) {
	const chart = embeddableChart(id);
	if (!chart) error(404, 'No such chart');
	const db = await bundledDatabase();
	if (chart.family === 'detentions') return { chart, detentions: await detentionPageData(db) };
	return { chart, prisoners: (await prisonerPageData(db)).page };
}

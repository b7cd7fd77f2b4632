// What an embed page loads at build time, shared by the light and the live embed routes.
import { error } from '@sveltejs/kit';
import { bundledDatabase } from '../db/node';
import { annotationEvents, articleList, detentionView, detentionsCoverage, prisonerList, regionList } from '../db/queries';
import { EMBEDDABLE_CHARTS, embeddableChart } from './charts';
import { prisonerCharts } from '../prisoners/charts';
import { toEntry } from '../prisoners/entries';
import { isDemo } from '../schema/package';

/** Every embeddable chart in both languages, for prerendering. */
export const embedEntries = () => EMBEDDABLE_CHARTS.flatMap((c) => [{ chart: c.id }, { lang: 'ru', chart: c.id }]);

/** The data an embed page draws: the chart's family's unfiltered view, as the site pages compute it. */
export async function embedData(id: string) {
	const chart = embeddableChart(id);
	if (!chart) error(404, 'No such chart');
	const db = await bundledDatabase();
	const [regions, articles] = await Promise.all([regionList(db), articleList(db)]);
	if (chart.family === 'detentions') {
		const [view, coverage, events] = await Promise.all([detentionView(db, 'month'), detentionsCoverage(db), annotationEvents(db)]);
		return {
			chart,
			detentions: { monthly: view.series, breakdowns: view.breakdowns, events, regions, articles, first: coverage.first ?? '', last: coverage.last ?? '', demo: isDemo('detentions') }
		};
	}
	const people = await prisonerList(db);
	const entries = people.map(toEntry);
	const asOf = people.reduce((latest, p) => (p.updatedOn > latest ? p.updatedOn : latest), '');
	const arrests = entries.map((p) => p.arrestedOn).filter((d): d is string => d !== null).sort();
	return {
		chart,
		prisoners: { charts: prisonerCharts(entries, asOf), regions, articles, asOf, first: arrests[0] ?? asOf, last: arrests.at(-1) ?? asOf, demo: isDemo('prisoners') }
	};
}

// The detentions explorer's unfiltered view, computed at build time by the queries the browser runs for filters.
import { bundledDatabase } from '$lib/db/node';
import { annotationEvents, articleList, detentionBreakdowns, detentionsCoverage, detentionsOverTime, regionList } from '$lib/db/queries';
import { isDemo } from '$lib/schema/package';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const db = await bundledDatabase();
	const [monthly, breakdowns, coverage, events, regions, articles] = await Promise.all([
		detentionsOverTime(db, 'month'),
		detentionBreakdowns(db),
		detentionsCoverage(db),
		annotationEvents(db),
		regionList(db),
		articleList(db)
	]);
	return { monthly, breakdowns, events, regions, articles, first: coverage.first ?? '', last: coverage.last ?? '', demo: isDemo('detentions') };
};

// Home page data, computed at build time by the same named queries the browser runs later.
import { bundledDatabase } from '$lib/db/node';
import { annotationEvents, detentionBreakdowns, detentionsCoverage, detentionsOverTime, latestFigures } from '$lib/db/queries';
import { isDemo } from '$lib/schema/package';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const db = await bundledDatabase();
	const [figures, monthly, breakdowns, coverage, events] = await Promise.all([
		latestFigures(db),
		detentionsOverTime(db, 'month'),
		detentionBreakdowns(db),
		detentionsCoverage(db),
		annotationEvents(db)
	]);
	// The home page shows only the total of the breakdowns; the lists stay out of its HTML.
	const total = { region: [], event: [], topic: [], article: [], charge: [], total: breakdowns.total };
	return { figures, monthly, breakdowns: total, coverage, events, demo: isDemo('detentions') };
};

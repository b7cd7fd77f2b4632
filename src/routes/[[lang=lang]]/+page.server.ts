// Home page data, computed at build time by the same named queries the browser runs later.
import { bundledDatabase } from '$lib/db/node';
import { annotationEvents, detentionsCoverage, detentionsOverTime, latestFigures } from '$lib/db/queries';
import { isDemo } from '$lib/schema/package';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const db = await bundledDatabase();
	const [figures, monthly, coverage, events] = await Promise.all([
		latestFigures(db),
		detentionsOverTime(db, 'month'),
		detentionsCoverage(db),
		annotationEvents(db)
	]);
	return { figures, monthly, coverage, events, demo: isDemo('detentions') };
};

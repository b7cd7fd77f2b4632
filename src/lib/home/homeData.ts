// What the home page shows, from any database holding the data package: the build prerenders it with Node's DuckDB
// (the site), the benchmark's naive page computes it in the browser after loading DuckDB (bench/naive).
import { annotationEvents, detentionsCoverage, detentionView, latestFigures } from '../db/queries';
import { creditOf } from '../schema/credit';
import { isDemo } from '../schema/package';
import type { Database } from '../db/types';

export async function homeData(db: Database) {
	const [figures, view, coverage, events] = await Promise.all([latestFigures(db), detentionView(db, 'month'), detentionsCoverage(db), annotationEvents(db)]);
	// The home page shows only the total of the breakdowns; the lists stay out of its HTML.
	const breakdowns = { region: [], event: [], topic: [], article: [], charge: [], total: view.breakdowns.total };
	return { figures, monthly: view.series, breakdowns, coverage, events, demo: isDemo('detentions'), credit: creditOf('detentions') };
}

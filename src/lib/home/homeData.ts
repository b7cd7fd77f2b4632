// What the home page shows, from any database holding the data package: the build prerenders it with Node's DuckDB
// (the site), the benchmark's naive page computes it in the browser after loading DuckDB (bench/naive).
import { byDimension, type DimensionValue } from '../datasets/detentions';
import { detentionsCoverage, emptyBreakdowns } from '../db/queries';
import type { Database } from '../db/types';
import { detentionPageData } from '../detentions/pageData';
import { figuresHomeData } from '../figures/pageData';

export async function homeData(db: Database) {
	const [figures, coverage, detentions] = await Promise.all([figuresHomeData(db), detentionsCoverage(db), detentionPageData(db)]);
	// The home page draws only the time series: the breakdowns, value lists and regions stay out of its HTML.
	const values = byDimension((): DimensionValue[] => []);
	return { figures, coverage, detentions: { ...detentions, breakdowns: emptyBreakdowns(detentions.breakdowns.total), values, regions: [] } };
}

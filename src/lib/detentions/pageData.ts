// What the detentions pages and embeds are prerendered with: the page's view (everything, or one value), and every dimension's values with
// their labels, as the dimension registry (datasets/detentions.ts) says where they come from.
import { byDimension, DETENTION_DIMENSIONS, type DimensionKey, type DimensionValue } from '../datasets/detentions';
import { valueLists } from '../datasets/values';
import { annotationEvents, detentionsCoverage, detentionView, regionList, type AnnotationEvent, type Breakdowns, type PeriodCount, type Region } from '../db/queries';
import type { Database } from '../db/types';
import type { DetentionDomain } from '../filters/detentionFilters';
import type { Credit } from '../schema/credit';
import { creditOf, isDemo } from '../schema/package';
import { filterOf, type SingleView } from './views';

export interface DetentionPageData {
	/** The view the page is prerendered with: null for everything, or one value of one dimension (views.ts). */
	view: SingleView | null;
	/** Its results, per month. */
	monthly: PeriodCount[];
	breakdowns: Breakdowns;
	events: AnnotationEvent[];
	/** Regions with their places on the tile map. */
	regions: Region[];
	/** Each dimension's values with their labels in both languages. */
	values: Record<DimensionKey, DimensionValue[]>;
	/** First and last detention dates in the data. */
	first: string;
	last: string;
	demo: boolean;
	credit: Credit;
}

/** The page data from the data package; the explorer's pages, the home page and the detentions embeds load it. */
export async function detentionPageData(db: Database, single: SingleView | null = null): Promise<DetentionPageData> {
	const [view, coverage, events, regions, values] = await Promise.all([
		detentionView(db, 'month', filterOf(single)),
		detentionsCoverage(db),
		annotationEvents(db),
		regionList(db),
		valueLists(db, DETENTION_DIMENSIONS)
	]);
	return { view: single, monthly: view.series, breakdowns: view.breakdowns, events, regions, values, first: coverage.first ?? '', last: coverage.last ?? '', demo: isDemo('detentions'), credit: creditOf('detentions') };
}

/** The values the page's URL may name: the codes of each dimension and the data's first and last day. */
export function detentionDomain(data: Pick<DetentionPageData, 'values' | 'first' | 'last'>): DetentionDomain {
	return { ...byDimension((d) => data.values[d.key].map((v) => v.code)), first: data.first, last: data.last };
}

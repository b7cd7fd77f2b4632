// What the detentions pages and embeds are prerendered with: the unfiltered view and the lists it is labelled by.
import { annotationEvents, articleList, detentionsCoverage, detentionView, regionList, type AnnotationEvent, type Article, type Breakdowns, type PeriodCount, type Region } from '../db/queries';
import type { Database } from '../db/types';
import { isDemo } from '../schema/package';

export interface DetentionPageData {
	/** Prerendered results for the unfiltered view, per month. */
	monthly: PeriodCount[];
	breakdowns: Breakdowns;
	events: AnnotationEvent[];
	regions: Region[];
	articles: Article[];
	/** First and last detention dates in the data. */
	first: string;
	last: string;
	demo: boolean;
}

/** The page data from the data package; the explorer page and the detentions embeds both load it. */
export async function detentionPageData(db: Database): Promise<DetentionPageData> {
	const [view, coverage, events, regions, articles] = await Promise.all([detentionView(db, 'month'), detentionsCoverage(db), annotationEvents(db), regionList(db), articleList(db)]);
	return { monthly: view.series, breakdowns: view.breakdowns, events, regions, articles, first: coverage.first ?? '', last: coverage.last ?? '', demo: isDemo('detentions') };
}

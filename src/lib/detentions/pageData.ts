// What the detentions pages and embeds are prerendered with: the unfiltered view and the lists it is labelled by.
import { annotationEvents, articleList, detentionsCoverage, detentionView, eventTypeList, regionList, topicList, type AnnotationEvent, type Article, type Breakdowns, type PeriodCount, type Region, type VocabularyEntry } from '../db/queries';
import type { Database } from '../db/types';
import type { DetentionDomain } from '../filters/detentionFilters';
import { creditOf, type Credit } from '../schema/credit';
import { isDemo } from '../schema/package';

export interface DetentionPageData {
	/** Prerendered results for the unfiltered view, per month. */
	monthly: PeriodCount[];
	breakdowns: Breakdowns;
	events: AnnotationEvent[];
	regions: Region[];
	articles: Article[];
	eventTypes: VocabularyEntry[];
	topics: VocabularyEntry[];
	/** First and last detention dates in the data. */
	first: string;
	last: string;
	demo: boolean;
	credit: Credit;
}

/** The page data from the data package; the explorer page and the detentions embeds both load it. */
export async function detentionPageData(db: Database): Promise<DetentionPageData> {
	const [view, coverage, events, regions, articles, eventTypes, topics] = await Promise.all([
		detentionView(db, 'month'),
		detentionsCoverage(db),
		annotationEvents(db),
		regionList(db),
		articleList(db),
		eventTypeList(db),
		topicList(db)
	]);
	return { monthly: view.series, breakdowns: view.breakdowns, events, regions, articles, eventTypes, topics, first: coverage.first ?? '', last: coverage.last ?? '', demo: isDemo('detentions'), credit: creditOf('detentions') };
}

/** The values the page's URL may name: the codes of its reference lists and its first and last day. */
export function detentionDomain(data: DetentionPageData): DetentionDomain {
	return {
		regions: data.regions.map((r) => r.code),
		articles: data.articles.map((a) => a.code),
		eventTypes: data.eventTypes.map((e) => e.code),
		topics: data.topics.map((t) => t.code),
		first: data.first,
		last: data.last
	};
}

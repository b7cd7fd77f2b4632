// What the detentions pages and embeds are prerendered with: the unfiltered view and the lists it is labelled by.
import type { AnnotationEvent, Article, Breakdowns, PeriodCount, Region } from '../db/queries';

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

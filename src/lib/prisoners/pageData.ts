// What the prisoners page and embeds are prerendered with: everyone's charts and the lists they are labelled by.
import type { Article, Region } from '../db/queries';
import type { PrisonerCharts } from './charts';

export interface PrisonerPageData {
	charts: PrisonerCharts;
	regions: Region[];
	articles: Article[];
	/** Date the information is as of (ages and the custody series run to it). */
	asOf: string;
	/** Earliest and latest arrest dates in the data. */
	first: string;
	last: string;
	demo: boolean;
}

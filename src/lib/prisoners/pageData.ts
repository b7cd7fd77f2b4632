// What the prisoners pages and embeds are prerendered with: everyone's charts, each dimension's values with their
// labels, and the regions and articles cards and profiles are labelled by.
import { byPrisonerDimension, PRISONER_DIMENSIONS, type PrisonerKey } from '../datasets/prisoners';
import type { DimensionValue } from '../datasets/types';
import { valueLists } from '../datasets/values';
import { articleList, prisonerList, regionList, type Article, type Region } from '../db/queries';
import type { Database } from '../db/types';
import type { Credit } from '../schema/credit';
import { creditOf, isDemo } from '../schema/package';
import { prisonerCharts, type PrisonerCharts } from './charts';
import { toEntry, type PrisonerEntry } from './entries';
import type { PrisonerDomain } from './prisonerFilters';

export interface PrisonerPageData {
	charts: PrisonerCharts;
	/** Each dimension's values with their labels in both languages. */
	values: Record<PrisonerKey, DimensionValue[]>;
	regions: Region[];
	articles: Article[];
	/** Date the information is as of (ages and the custody series run to it). */
	asOf: string;
	/** Earliest and latest arrest dates in the data. */
	first: string;
	last: string;
	demo: boolean;
	credit: Credit;
}

/** The page data from the data package, with everyone as compact entries (the page lists its first page of them). */
export async function prisonerPageData(db: Database): Promise<{ page: PrisonerPageData; entries: PrisonerEntry[] }> {
	const [people, regions, articles, values] = await Promise.all([prisonerList(db), regionList(db), articleList(db), valueLists(db, PRISONER_DIMENSIONS)]);
	const entries = people.map(toEntry);
	const asOf = people.reduce((latest, p) => (p.updatedOn > latest ? p.updatedOn : latest), '');
	const arrests = entries.map((p) => p.arrestedOn).filter((d): d is string => d !== null).sort();
	const page = { charts: prisonerCharts(entries, asOf), values, regions, articles, asOf, first: arrests[0] ?? asOf, last: arrests.at(-1) ?? asOf, demo: isDemo('prisoners'), credit: creditOf('prisoners') };
	return { page, entries };
}

/** The values the page's URL may name. */
export function prisonerDomain(data: Pick<PrisonerPageData, 'values' | 'first' | 'last'>): PrisonerDomain {
	return { ...byPrisonerDimension((d) => data.values[d.key].map((v) => v.code)), first: data.first, last: data.last };
}

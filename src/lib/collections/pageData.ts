// What a collection's pages (list, posters, slideshow, embed) and its card are drawn from, read at build time.
import { collectionBySlug, collectionMembers, type Collection, type CollectionMember } from '../db/collections';
import { articleList, regionList, type Article, type Region } from '../db/queries';
import type { Database } from '../db/types';
import { isDemo } from '../schema/package';
import { collectionSummary, type CollectionSummary } from './summary';

export interface CollectionPageData {
	collection: Collection;
	members: CollectionMember[];
	summary: CollectionSummary;
	/** The articles and regions its people's cases name, for labels. */
	articles: Article[];
	regions: Region[];
	/** The people are fictional demo profiles. */
	demo: boolean;
}

export async function collectionPageData(db: Database, slug: string): Promise<CollectionPageData | null> {
	const collection = await collectionBySlug(db, slug);
	if (!collection) return null;
	const [members, articles, regions] = await Promise.all([collectionMembers(db, slug), articleList(db), regionList(db)]);
	const summary = collectionSummary(members.map((m) => m.person));
	const codes = new Set(members.flatMap((m) => m.person.articles));
	const regionCodes = new Set(members.map((m) => m.person.region));
	return {
		collection,
		members,
		summary,
		articles: articles.filter((a) => codes.has(a.code)),
		regions: regions.filter((r) => regionCodes.has(r.code)),
		demo: isDemo('prisoners') || isDemo('collections')
	};
}

// Which detentions views are prerendered, and where: the unfiltered view at /detentions/, and each single value of
// each dimension whose values are codes (every charge type, region, event type, article, topic) at
// /detentions/<key>/<code>/, in both languages, with its results as a small JSON file beside the data. A reader's
// click on one value is a page; only combinations and date ranges need the browser's DuckDB. Free-text dimensions
// (an organiser's name as the source wrote it) have no pages: their values are unbounded and not path-safe.
import { DETENTION_DIMENSIONS, type DimensionKey } from '../datasets/detentions';
import { NO_FILTER, type DetentionFilter } from '../db/detentionFilter';
import { fileType, fillRoute, pagePath } from '../site/pages';
import type { Granularity } from '../time/days';

/** One value of one dimension: the view a bar, a tile or a filter box leads to. */
export interface SingleView {
	key: DimensionKey;
	value: string;
}

/** The dimensions that have a page per value. */
export const PAGED_DIMENSIONS = DETENTION_DIMENSIONS.filter((d) => d.values.kind !== 'text').map((d) => d.key as DimensionKey);

const PAGED = new Set<string>(PAGED_DIMENSIONS);

/** The granularities prerendered for the unfiltered view (single values have their months prerendered). */
export const PRERENDERED_GRANULARITIES: readonly Granularity[] = ['day', 'week', 'month', 'year'];

/** The single value a filter narrows to, or null when it is unfiltered, a combination, a date range or free text. */
export function singleViewOf(filter: DetentionFilter): SingleView | null {
	if (filter.from || filter.to) return null;
	const chosen = DETENTION_DIMENSIONS.filter((d) => filter[d.key].length > 0);
	if (chosen.length !== 1) return null;
	const key = chosen[0]!.key as DimensionKey;
	const values = filter[key];
	return values.length === 1 && PAGED.has(key) ? { key, value: values[0]! } : null;
}

export function filterOf(view: SingleView | null): DetentionFilter {
	return view ? { ...NO_FILTER, [view.key]: [view.value] } : NO_FILTER;
}

/** A view's parameters in the manifest's routes (site/pages.ts): its dimension and value name its page and files. */
const paramsOf = (view: SingleView) => ({ dimension: view.key, value: view.value });

/** The page of a view, after the language prefix: '/detentions/' or '/detentions/charge/antiwar_speech/'. */
export function viewPagePath(view: SingleView | null): string {
	return view ? pagePath('detentionsView', paramsOf(view)) : pagePath('detentions');
}

/** The prerendered results of a view at a granularity, as a path from the site's root; null where none is made. */
export function viewResultsPath(view: SingleView | null, granularity: Granularity): string | null {
	if (view === null) return fillRoute(fileType('allResults').route, { granularity });
	return granularity === 'month' ? fillRoute(fileType('viewResults').route, paramsOf(view)) : null;
}

/** Every single-value view of the data's value lists, in registry order. */
export function singleViews(values: Record<DimensionKey, { code: string }[]>): SingleView[] {
	return PAGED_DIMENSIONS.flatMap((key) => values[key].map((v) => ({ key, value: v.code })));
}

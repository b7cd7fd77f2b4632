// The prerendered results of a view (views.ts), as the JSON the browser's view model reads instead of starting
// DuckDB: the same named query (detentionView) the page was rendered with.
import { json } from '@sveltejs/kit';
import { DETENTION_DIMENSIONS } from '../datasets/detentions';
import { valueLists } from '../datasets/values';
import { bundledDatabase } from '../db/node';
import { detentionView } from '../db/queries';
import type { Granularity } from '../time/days';
import { filterOf, singleViews, type SingleView } from './views';

export async function viewResultsResponse(view: SingleView | null, granularity: Granularity): Promise<Response> {
	const { series, breakdowns } = await detentionView(await bundledDatabase(), granularity, filterOf(view));
	return json({ series, breakdowns });
}

let entries: Promise<SingleView[]> | undefined;

/** Every single-value view of the bundled data, for prerendering its pages and files (read once per build). */
export function singleViewEntries(): Promise<SingleView[]> {
	entries ??= bundledDatabase().then((db) => valueLists(db, DETENTION_DIMENSIONS)).then(singleViews);
	return entries;
}

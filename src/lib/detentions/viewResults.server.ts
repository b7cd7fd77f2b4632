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

/** The single-value view a page or file names, if the data has it (read from the values alone, not the whole site's data). */
export async function singleViewOfParams(dimension: string, value: string): Promise<SingleView | null> {
	const views = singleViews(await valueLists(await bundledDatabase(), DETENTION_DIMENSIONS));
	return views.find((v) => v.key === dimension && v.value === value) ?? null;
}

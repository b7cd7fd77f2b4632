// The prerendered results of a view (views.ts), as the JSON the browser's view model reads instead of starting
// DuckDB: the same named query (detentionView) the page was rendered with.
import { json } from '@sveltejs/kit';
import { bundledDatabase } from '../db/node';
import { detentionView } from '../db/queries';
import { siteData } from '../site/manifest.server';
import type { Granularity } from '../time/days';
import { filterOf, type SingleView } from './views';

export async function viewResultsResponse(view: SingleView | null, granularity: Granularity): Promise<Response> {
	const { series, breakdowns } = await detentionView(await bundledDatabase(), granularity, filterOf(view));
	return json({ series, breakdowns });
}

/** The single-value view a page or file names, if the data has it. */
export async function singleViewOfParams(dimension: string, value: string): Promise<SingleView | null> {
	const views = (await siteData(await bundledDatabase())).views as SingleView[];
	return views.find((v) => v.key === dimension && v.value === value) ?? null;
}

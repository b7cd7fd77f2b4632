// Every HTML page the build writes for readers and search engines (embeds and 404 aside), as paths after the
// language prefix: the sitemap's list. Each is written in both languages.
import { DETENTION_DIMENSIONS } from '../datasets/detentions';
import { valueLists } from '../datasets/values';
import { prisonerList } from '../db/queries';
import type { Database } from '../db/types';
import { singleViews, viewPagePath } from '../detentions/views';

export async function sitePages(db: Database): Promise<string[]> {
	const [values, people] = await Promise.all([valueLists(db, DETENTION_DIMENSIONS), prisonerList(db)]);
	return [
		'/',
		'/detentions/',
		...singleViews(values).map(viewPagePath),
		'/prisoners/',
		...people.map((p) => `/prisoners/${encodeURIComponent(p.id)}/`),
		'/data/'
	];
}

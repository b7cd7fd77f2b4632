// /data/api/: the data API's documentation, with examples read from the data (a real view and a real person).
import { dataFacts } from '$lib/api/view.server';
import type { DimensionKey } from '$lib/datasets/detentions';
import { viewFilePath, profileFilePath } from '$lib/api/files';
import { bundledDatabase } from '$lib/db/node';
import { siteData } from '$lib/site/manifest.server';
import { buildRoot } from '$lib/meta/site';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const db = await bundledDatabase();
	const site = await siteData(db);
	const found = site.views.find((v) => v.key === 'region') ?? site.views[0];
	const view = found ? { key: found.key as DimensionKey, value: found.value } : null;
	const person = site.people[0] ?? null;
	return {
		/** The site's address for the examples; a placeholder when the build was not told it (SITE_URL). */
		root: buildRoot() ?? 'https://example.org',
		facts: await dataFacts(db),
		example: {
			all: viewFilePath(null, 'data.csv'),
			view: view ? viewFilePath(view, 'data.csv') : null,
			viewMeta: view ? viewFilePath(view, 'metadata.json') : null,
			profile: person ? profileFilePath(person) : null,
			dimension: view?.key ?? 'region',
			table: '/data/detentions.csv'
		}
	};
};

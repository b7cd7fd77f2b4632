// The prisoners page's unfiltered view, computed at build time; the browser filters the compact index later.
import { bundledDatabase } from '$lib/db/node';
import { articleList, prisonerList, regionList } from '$lib/db/queries';
import { prisonerCharts } from '$lib/prisoners/charts';
import { toEntry } from '$lib/prisoners/entries';
import { PAGE_SIZE, sortPrisoners } from '$lib/prisoners/prisonerFilters';
import { isDemo } from '$lib/schema/package';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const db = await bundledDatabase();
	const [people, regions, articles] = await Promise.all([prisonerList(db), regionList(db), articleList(db)]);
	const entries = people.map(toEntry);
	const asOf = people.reduce((latest, p) => (p.updatedOn > latest ? p.updatedOn : latest), '');
	const arrests = entries.map((p) => p.arrestedOn).filter((d): d is string => d !== null).sort();
	return {
		firstPage: sortPrisoners(entries, 'arrested').slice(0, PAGE_SIZE),
		charts: prisonerCharts(entries, asOf),
		regions,
		articles,
		asOf,
		first: arrests[0] ?? asOf,
		last: arrests.at(-1) ?? asOf,
		demo: isDemo('prisoners')
	};
};

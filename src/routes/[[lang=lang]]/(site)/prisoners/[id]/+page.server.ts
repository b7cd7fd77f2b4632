// One profile page per person and language, prerendered.
import { error } from '@sveltejs/kit';
import { profileApiData } from '$lib/api/view.server';
import { collectionsOf } from '$lib/db/collections';
import { bundledDatabase } from '$lib/db/node';
import { articleList, prisonerById, regionList } from '$lib/db/queries';
import { pageEntries } from '$lib/site/manifest.server';
import { isDemo } from '$lib/schema/package';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => pageEntries('profile');

export const load: PageServerLoad = async ({ params }) => {
	const db = await bundledDatabase();
	const person = await prisonerById(db, params.id);
	if (!person) error(404, 'No such person');
	const [regions, articles, collections] = await Promise.all([regionList(db), articleList(db), collectionsOf(db, params.id)]);
	return {
		person,
		region: regions.find((r) => r.code === person.region),
		articles: articles.filter((a) => person.articles.includes(a.code)),
		demo: isDemo('prisoners'),
		api: await profileApiData(db, person.id, { en: person.nameEn, ru: person.nameRu }),
		collections
	};
};

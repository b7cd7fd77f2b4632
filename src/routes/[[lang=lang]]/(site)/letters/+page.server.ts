// The letter evening: everyone who can receive a letter, read at build time; birthdays are placed in the browser.
import { bundledDatabase } from '$lib/db/node';
import { prisonerList } from '$lib/db/queries';
import { recipientsOf } from '$lib/letters/recipients';
import { isDemo } from '$lib/schema/package';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const people = await prisonerList(await bundledDatabase());
	return {
		recipients: recipientsOf(people),
		/** The newest date the information is as of: "today" for a page read without script. */
		asOf: people.reduce((last, p) => (p.updatedOn > last ? p.updatedOn : last), ''),
		demo: isDemo('prisoners')
	};
};

// /data/prisoners-index.json: every person in compact form, prerendered; the prisoners page searches and filters it.
import { json } from '@sveltejs/kit';
import { bundledDatabase } from '$lib/db/node';
import { prisonerList } from '$lib/db/queries';
import { toEntry } from '$lib/prisoners/entries';

export const prerender = true;

export async function GET() {
	return json((await prisonerList(await bundledDatabase())).map(toEntry));
}

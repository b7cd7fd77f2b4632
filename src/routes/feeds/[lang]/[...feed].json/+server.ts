// /feeds/<lang>/<feed>.json: the same feed as its .atom twin, as JSON Feed 1.1.
import { error } from '@sveltejs/kit';
import { feedResponse } from '$lib/feeds/feeds.server';
import { fileEntries } from '$lib/site/manifest.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => fileEntries('feedJson');

export const GET: RequestHandler = async ({ params }) => (await feedResponse(params.lang, params.feed, 'json')) ?? error(404, 'No such feed');

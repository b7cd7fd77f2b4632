// /feeds/<lang>/<feed>.atom: what changed in a dataset or a single-value view, newest first, as an Atom feed
// (feeds/feeds.ts decides the entries from the data alone). Which feeds exist: the manifest (site/pages.ts).
import { error } from '@sveltejs/kit';
import { feedResponse } from '$lib/feeds/feeds.server';
import { fileEntries } from '$lib/site/manifest.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => fileEntries('feedAtom');

export const GET: RequestHandler = async ({ params }) => (await feedResponse(params.lang, params.feed, 'atom')) ?? error(404, 'No such feed');

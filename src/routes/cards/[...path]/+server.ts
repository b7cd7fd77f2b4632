// /cards/<lang>/<page>.png: the 1200 × 630 picture each page's link preview shows (og:image), drawn at build time from
// the page's data by the site's own chart plots (cards/Card.svelte) and rasterised with resvg. Which pages have one:
// the manifest (site/pages.ts).
import { error } from '@sveltejs/kit';
import { pageCard } from '$lib/cards/cards.server';
import { renderCard } from '$lib/cards/render.server';
import { bundledDatabase } from '$lib/db/node';
import { fileEntries } from '$lib/site/manifest.server';
import { pageOfCard } from '$lib/site/pages';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () => fileEntries('card');

export const GET: RequestHandler = async ({ params }) => {
	const which = pageOfCard(params.path);
	const card = which && (await pageCard(await bundledDatabase(), which.locale, which.path));
	if (!card) error(404, 'No such card');
	return new Response(new Uint8Array((await renderCard(card)).png), { headers: { 'content-type': 'image/png' } });
};

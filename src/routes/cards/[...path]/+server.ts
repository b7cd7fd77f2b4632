// /cards/<lang>/<page>.png: the 1200 × 630 picture each page's link preview shows (og:image), drawn at build time
// from the page's data and rasterised with resvg. Which page shows which card: cardPath in $lib/meta/paths.ts.
import { error } from '@sveltejs/kit';
import { bundledDatabase } from '$lib/db/node';
import { LOCALES } from '$lib/i18n/locales';
import { pageCard, cardPages } from '$lib/meta/cards.server';
import { cardOf, cardPath } from '$lib/meta/paths';
import { renderCard } from '$lib/meta/render.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = async () => {
	const pages = await cardPages(await bundledDatabase());
	return LOCALES.flatMap((locale) => pages.map((page) => ({ path: cardPath(locale, page).replace(/^\/cards\//, '') })));
};

export const GET: RequestHandler = async ({ params }) => {
	const which = cardOf(params.path);
	const card = which && (await pageCard(await bundledDatabase(), which.locale, which.pagePath));
	if (!card) error(404, 'No such card');
	return new Response(new Uint8Array((await renderCard(card)).png), { headers: { 'content-type': 'image/png' } });
};

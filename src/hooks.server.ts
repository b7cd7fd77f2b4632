// Sets <html lang> from the route: Russian pages live under /ru/, everything else is English; preloads the page's
// texts in that language (i18n/preload.server.ts). While the site is being built, reuses what an earlier build made
// from the same code and data (lib/build/cache.server.ts), notes what each response read, and tells the build's
// progress line what was prerendered (scripts/prerender-report.ts).
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { openBuildCache, type BuildCache } from '$lib/build/cache.server';
import { withReads } from '$lib/build/reads.server';
import { bundledDatabase, bundledDigests } from '$lib/db/node';
import { localeFromParam } from '$lib/i18n/locales';
import { withMessagesPreload } from '$lib/i18n/preload.server';
import { siteTotals } from '$lib/site/manifest.server';
import { notePrerendered, noteTotals } from '../scripts/prerender-report';

let cache: BuildCache | undefined;

export const handle: Handle = async ({ event, resolve }) => {
	const locale = localeFromParam(event.params.lang);
	const render = () =>
		resolve(event, { transformPageChunk: ({ html }) => withMessagesPreload(html.replace('%lang%', locale), locale, event.url.pathname, process.env.BASE_PATH ?? '') });
	if (!building) return render();
	if (!cache) {
		cache = openBuildCache(process.cwd(), bundledDigests, process.env.BASE_PATH ?? '');
		noteTotals(await siteTotals(await bundledDatabase()));
	}
	const path = event.url.pathname;
	const reused = cache.reuse(path);
	if (reused) {
		notePrerendered(event.route.id, path, reused, true);
		return reused;
	}
	const { result: response, reads } = await withReads(render);
	await cache.keep(path, response, reads);
	notePrerendered(event.route.id, path, response, false);
	return response;
};

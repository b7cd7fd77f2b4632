// Sets <html lang> from the route: Russian pages live under /ru/, everything else is English. While the site is being
// built, also tells the build's progress line what was prerendered (scripts/prerender-report.ts).
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { localeFromParam } from '$lib/i18n/locales';
import { notePrerendered } from '../scripts/prerender-report';

export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', localeFromParam(event.params.lang)) });
	if (building) notePrerendered(event.route.id, event.url.pathname, response);
	return response;
};

// Sets <html lang> from the route: Russian pages live under /ru/, everything else is English.
import type { Handle } from '@sveltejs/kit';
import { localeFromParam } from '$lib/i18n/locales';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', localeFromParam(event.params.lang)) });

// Every page is prerendered to static HTML; URLs end with a slash so /ru/ and /ru/detentions/ are folders.
import { localeFromParam } from '$lib/i18n/locales';
import { loadMessages } from '$lib/i18n/messages';
import type { LayoutLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'always';

// The page's texts in its language, before it renders: the browser downloads only that language's table. The load reads
// `params.lang`, so SvelteKit runs it again when a link changes the language.
export const load: LayoutLoad = async ({ params }) => {
	await loadMessages(localeFromParam(params.lang));
};

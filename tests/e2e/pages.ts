// Which pages the end-to-end tests visit, from the manifest (src/lib/site/pages.ts): one page of each kind the site
// publishes, made from the same data as build/, in every language. A new kind of page is visited without a line here.
import { bundledDatabase } from '../../src/lib/db/node';
import { LOCALES } from '../../src/lib/i18n/locales';
import { sitePages } from '../../src/lib/site/manifest.server';
import { localizedPath, type PageTypeId } from '../../src/lib/site/pages';

/** The first page of each kind, as a path after the language prefix, by kind. */
export async function onePageOfEachKind(): Promise<Map<PageTypeId, string>> {
	const kinds = new Map<PageTypeId, string>();
	for (const page of await sitePages(await bundledDatabase())) if (!kinds.has(page.type.id as PageTypeId)) kinds.set(page.type.id as PageTypeId, page.path);
	return kinds;
}

/** Those pages in every language: '/', '/ru/', '/detentions/', '/ru/detentions/', … */
export async function pagesToVisit(): Promise<string[]> {
	return [...(await onePageOfEachKind()).values()].flatMap((path) => LOCALES.map((locale) => localizedPath(locale, path)));
}

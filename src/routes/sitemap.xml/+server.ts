// /sitemap.xml: every page in both languages with its hreflang alternates, when the build knows the site's address
// (SITE_URL); without it, a sitemap that lists none (README, "The site's address: SITE_URL").
import { bundledDatabase } from '$lib/db/node';
import { sitePages } from '$lib/meta/pages.server';
import { buildRoot } from '$lib/meta/site';
import { sitemapXml } from '$lib/meta/sitemap';

export const prerender = true;

export async function GET() {
	return new Response(sitemapXml(buildRoot(), await sitePages(await bundledDatabase())), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}

// /sitemap.xml: every page in both languages with its hreflang alternates, when the build knows the site's address
// (SITE_URL); without it, a sitemap that lists none (README, "The site's address: SITE_URL").
import { bundledDatabase } from '$lib/db/node';
import { buildRoot } from '$lib/meta/site';
import { sitemapXml } from '$lib/meta/sitemap';
import { sitePages } from '$lib/site/manifest.server';

export const prerender = true;

export async function GET() {
	const pages = (await sitePages(await bundledDatabase())).filter((p) => p.type.sitemap).map((p) => p.path);
	return new Response(sitemapXml(buildRoot(), pages), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}

// /robots.txt: every crawler may read every page; the sitemap is named when the build knows the site's address.
import { buildRoot } from '$lib/meta/site';
import { robotsTxt } from '$lib/meta/sitemap';

export const prerender = true;

export function GET() {
	return new Response(robotsTxt(buildRoot()), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

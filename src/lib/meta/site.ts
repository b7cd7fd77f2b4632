// The site's public address, a build setting: `SITE_URL=https://example.org npm run build`. Tags that must be
// absolute (canonical, hreflang, og:url, og:image), the sitemap and robots.txt's Sitemap line need it; without it
// they are left out rather than guessed. BASE_PATH (svelte.config.js) is added when SITE_URL does not end with it.
import { browser } from '$app/environment';

/** The address of the site's home, without its trailing slash: 'https://example.org' or 'https://example.org/repo'. */
export function rootFrom(siteUrl: string | undefined, basePath: string | undefined): string | null {
	const site = siteUrl?.trim().replace(/\/+$/, '');
	if (!site) return null;
	if (!/^https?:\/\/[^/\s]+(\/\S*)?$/.test(site)) throw new Error(`SITE_URL must be an http(s) address such as https://example.org; got "${siteUrl}"`);
	const base = (basePath ?? '').replace(/\/+$/, '');
	return base && !site.endsWith(base) ? `${site}${base}` : site;
}

/** The root the build was given (SITE_URL and BASE_PATH); for the build's own files (sitemap, robots.txt). */
export const buildRoot = () => rootFrom(process.env.SITE_URL, process.env.BASE_PATH);

let pageRoot: string | null | undefined;

/**
 * The site's root for the page being drawn. At build time it comes from the environment. In the browser a page
 * must draw the very tags it was prerendered with (or hydration would replace them), so the root is read back from
 * the canonical link the build wrote, whose address is the root followed by the page's own path.
 */
export function siteRoot(pageHref: string): string | null {
	if (!browser) return buildRoot();
	if (pageRoot === undefined) {
		const canonical = document.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
		pageRoot = canonical.endsWith(pageHref) ? canonical.slice(0, canonical.length - pageHref.length) || null : null;
	}
	return pageRoot;
}

// sitemap.xml and robots.txt. A sitemap lists absolute addresses only (sitemaps.org), so without the site's address
// (SITE_URL) it lists none and robots.txt does not point to it.
import { LOCALES } from '../i18n/locales';
import { alternates, localizedPath } from '../site/pages';

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Every page in every language, each with its alternates in the others and x-default (English). */
export function sitemapXml(root: string | null, pagePaths: string[]): string {
	const urls = root
		? pagePaths.flatMap((pagePath) => {
				const links = [...alternates(pagePath), { locale: 'x-default', path: localizedPath('en', pagePath) }]
					.map((a) => `\n\t\t<xhtml:link rel="alternate" hreflang="${a.locale}" href="${escapeXml(root + a.path)}"/>`)
					.join('');
				return LOCALES.map((locale) => `\n\t<url>\n\t\t<loc>${escapeXml(root + localizedPath(locale, pagePath))}</loc>${links}\n\t</url>`);
			})
		: [];
	const note = root ? '' : '\n<!-- Built without SITE_URL: a sitemap holds absolute addresses only, so it lists no page. Build with SITE_URL=https://… -->';
	return `<?xml version="1.0" encoding="UTF-8"?>${note}\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls.join('')}\n</urlset>\n`;
}

/** Every crawler may read everything; the sitemap is named when its address is known. */
export function robotsTxt(root: string | null): string {
	return `User-agent: *\nAllow: /\n${root ? `\nSitemap: ${root}/sitemap.xml\n` : ''}`;
}

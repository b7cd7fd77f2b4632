// A feed written as Atom (RFC 4287) and as JSON Feed 1.1: the same entries, ids and dates in both. Addresses are
// absolute when the build knows the site's address (SITE_URL) and otherwise relative to the feed file, so a mirror's
// copy works where it is served; ids do not depend on either, so a subscriber of both never sees an entry twice.
import { translate } from '../i18n/i18n';
import type { Feed } from './feeds';

export const FEED_TYPES = { atom: 'application/atom+xml', json: 'application/feed+json' } as const;

/** Where the feed is and what makes its ids. */
export interface FeedAddress {
	/** The site's root without a trailing slash (SITE_URL), or null. */
	root: string | null;
	/** This feed's file, and the same feed's other format, from the site's root. */
	atom: string;
	json: string;
	/** A stable id (an IRI) for a key: the feed's own when the key is ''. */
	idOf: (key: string) => string;
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
/** Characters XML 1.0 does not allow at all (control characters from a pasted spreadsheet): left out, not escaped. */
// eslint-disable-next-line no-control-regex
const xmlText = (text: string) => escapeXml(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''));

/** A path from the site's root as the feed file names it: absolute with the root, else relative to `from`. */
export function addressFrom(root: string | null, from: string, to: string): string {
	if (root) return `${root}${to}`;
	const up = from.split('/').length - 2;
	return `${up > 0 ? '../'.repeat(up) : './'}${to.replace(/^\//, '')}`;
}

/** Dates in the data are days; feeds want instants: the day's start in UTC, the same on any machine. */
const instant = (day: string) => `${day}T00:00:00Z`;

export function atomXml(feed: Feed, address: FeedAddress, asOf: string): string {
	const href = (to: string) => xmlText(addressFrom(address.root, address.atom, to));
	const entries = feed.entries.map(
		(e) => `
	<entry>
		<id>${xmlText(address.idOf(e.key))}</id>
		<title>${xmlText(e.title)}</title>
		<published>${instant(e.date)}</published>
		<updated>${instant(e.date)}</updated>
		<link rel="alternate" type="text/html" href="${href(e.link)}"/>
		<link rel="enclosure" type="image/png" href="${href(e.card)}"/>
		<media:thumbnail url="${href(e.card)}" width="1200" height="630"/>
		<summary>${xmlText(e.summary)}</summary>
	</entry>`
	);
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:lang="${feed.locale}">
	<id>${xmlText(address.idOf(''))}</id>
	<title>${xmlText(feed.title)}</title>
	<subtitle>${xmlText(feed.subtitle)}</subtitle>
	<updated>${instant(feed.updated ?? asOf)}</updated>
	<author><name>${xmlText(translate(feed.locale, 'site.short'))}</name></author>
	<link rel="self" type="${FEED_TYPES.atom}" href="${href(address.atom)}"/>
	<link rel="alternate" type="text/html" href="${href(feed.page)}"/>
	<link rel="alternate" type="${FEED_TYPES.json}" href="${href(address.json)}"/>${entries.join('')}
</feed>
`;
}

export function jsonFeed(feed: Feed, address: FeedAddress): string {
	const href = (to: string) => addressFrom(address.root, address.json, to);
	const document = {
		version: 'https://jsonfeed.org/version/1.1',
		title: feed.title,
		description: feed.subtitle,
		home_page_url: href(feed.page),
		feed_url: href(address.json),
		language: feed.locale,
		authors: [{ name: translate(feed.locale, 'site.short') }],
		items: feed.entries.map((e) => ({
			id: address.idOf(e.key),
			url: href(e.link),
			title: e.title,
			content_text: e.summary,
			date_published: instant(e.date),
			image: href(e.card)
		}))
	};
	return `${JSON.stringify(document, null, '\t')}\n`;
}

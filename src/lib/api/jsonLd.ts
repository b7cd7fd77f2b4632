// schema.org Dataset as JSON-LD, for search engines (Google Dataset Search reads it): on /data/ for the whole data
// package and on every detentions view page for its numbers. Written into a <script type="application/ld+json">, so
// "<" is escaped: no text in it can close the element.
import type { Credit } from '../schema/credit';

export interface DatasetLd {
	name: string;
	description: string;
	/** The page's address (absolute when the build knows the site's address). */
	url: string;
	credit: Credit;
	/** The data's version and date (ISO day). */
	version: string;
	dateModified: string;
	inLanguage: string;
	isAccessibleForFree?: boolean;
	keywords?: string[];
	distribution: { contentUrl: string; encodingFormat: string; name?: string }[];
}

export function datasetJsonLd(d: DatasetLd): Record<string, unknown> {
	const licenses = d.credit.licenses.map((l) => l.path ?? l.name);
	return {
		'@context': 'https://schema.org',
		'@type': 'Dataset',
		name: d.name,
		description: d.description,
		url: d.url,
		version: d.version,
		...(d.dateModified ? { dateModified: d.dateModified } : {}),
		inLanguage: d.inLanguage,
		isAccessibleForFree: d.isAccessibleForFree ?? true,
		...(d.keywords?.length ? { keywords: d.keywords } : {}),
		creator: d.credit.sources.map((s) => ({ '@type': 'Organization', name: s.title, ...(s.path ? { url: s.path } : {}) })),
		...(licenses.length === 1 ? { license: licenses[0] } : licenses.length > 1 ? { license: licenses } : {}),
		distribution: d.distribution.map((f) => ({ '@type': 'DataDownload', ...(f.name ? { name: f.name } : {}), contentUrl: f.contentUrl, encodingFormat: f.encodingFormat }))
	};
}

/** The element's text: JSON with every "<" escaped, so that no value can end the script element. */
export const jsonLdText = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

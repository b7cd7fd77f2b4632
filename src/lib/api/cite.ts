// How to cite a view or a profile: a text citation in the page's language, BibTeX and CSL-JSON, each naming the data's
// version (a hash of its inputs, workbench/dataVersion.server.ts) and date. The Cite control and metadata.json use it.
import { formatDate } from '../i18n/format';
import type { Locale } from '../i18n/locales';

export interface CiteSource {
	/** The page's title in each language. */
	title: Record<Locale, string>;
	/** Who made the data (the resource's sources), in each language. */
	authors: Record<Locale, string[]>;
	/** The site's name in each language: the publisher. */
	site: Record<Locale, string>;
	/** The page's address in each language: absolute when the build knows the site's address, else from its root. */
	url: Record<Locale, string>;
	/** The data's version and its date (ISO day). */
	version: string;
	date: string;
}

export function citationText(locale: Locale, c: CiteSource): string {
	const authors = c.authors[locale].join(', ');
	const date = c.date ? formatDate(locale, c.date, 'day', locale === 'ru' ? 'genitive' : 'label') : '';
	if (locale === 'ru') {
		return `${authors ? `${authors}. ` : ''}${c.title.ru} [Электронный ресурс] // ${c.site.ru}. — Версия данных ${c.version}${date ? ` от ${date}` : ''}. — URL: ${c.url.ru}`;
	}
	return `${authors ? `${authors}. ` : ''}“${c.title.en}”. ${c.site.en}, data version ${c.version}${date ? `, ${date}` : ''}. ${c.url.en}`;
}

/** BibTeX escapes: braces and backslashes would end a field. */
const bib = (text: string) => text.replace(/[\\{}]/g, (ch) => `\\${ch}`);

export function bibtex(locale: Locale, c: CiteSource): string {
	const key = `data-${c.version}`;
	const [year, month] = c.date.split('-');
	const lines = [
		`author = {${c.authors[locale].map((a) => `{${bib(a)}}`).join(' and ')}}`,
		`title = {${bib(c.title[locale])}}`,
		`publisher = {${bib(c.site[locale])}}`,
		...(year ? [`year = {${year}}`] : []),
		...(month ? [`month = {${Number(month)}}`] : []),
		`version = {${c.version}}`,
		`url = {${bib(c.url[locale])}}`,
		`language = {${locale === 'ru' ? 'russian' : 'english'}}`
	];
	return `@dataset{${key},\n${lines.map((l) => `  ${l}`).join(',\n')}\n}`;
}

/** CSL-JSON (citeproc), the item type for data sets being "dataset". */
export function cslJson(locale: Locale, c: CiteSource): Record<string, unknown> {
	const parts = c.date.split('-').map(Number).filter((n) => Number.isFinite(n) && n > 0);
	return {
		id: `data-${c.version}`,
		type: 'dataset',
		title: c.title[locale],
		author: c.authors[locale].map((literal) => ({ literal })),
		publisher: c.site[locale],
		version: c.version,
		...(parts.length > 0 ? { issued: { 'date-parts': [parts] } } : {}),
		URL: c.url[locale],
		language: locale
	};
}

/** All three forms of one citation in one language. */
export function citations(locale: Locale, c: CiteSource) {
	return { text: citationText(locale, c), bibtex: bibtex(locale, c), csl: JSON.stringify(cslJson(locale, c), null, 2) };
}

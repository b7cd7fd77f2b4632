// Who made a resource's data and under which licence, as data/datapackage.json says (package.ts, creditOf): what every
// chart, embed, download and the data page credit. Nothing else in the site names a data maker. This module does not
// import the data package, so a page that shows a credit does not download the package with it.
import type { Locale } from '../i18n/locales';
import { packageText } from './text';
import type { License, Source } from './types';

export interface Credit {
	sources: Source[];
	licenses: License[];
}

/** A source's name in the page's language: its Russian title on Russian pages where the package gives one. */
export function sourceTitle(source: Source, locale: Locale): string {
	return packageText(source, 'title', locale);
}

/** The licences as one line in the page's language: their titles, or their SPDX names. */
export function licenseText(credit: Credit, locale: Locale): string {
	return credit.licenses.map((l) => packageText(l, 'title', locale) || l.name).join(', ');
}

// What the list says about each person, in the page's language: the card, the printed list and the CSV download all
// take it from here, so the three never disagree.
import type { Article, Region } from '../db/queries';
import type { CsvCell } from '../export/csv';
import type { I18n } from '../i18n/i18n';
import { articleShortName, regionName } from '../i18n/labels';
import type { MessageKey } from '../i18n/messages';
import { aboutPerson, type PrisonerEntry } from './entries';
import { sentenceText } from './sentenceText';

export interface PersonFacts {
	/** The name in the page's language, and in the other script. */
	name: string;
	otherName: string;
	region: string;
	articles: string;
	status: string;
	/** The sentence in words; null before one is passed. */
	sentence: string | null;
	address: string | null;
}

export interface Lookups {
	regions: Map<string, Region>;
	articles: Map<string, Article>;
}

export function personFacts(i18n: I18n, person: PrisonerEntry, { regions, articles }: Lookups): PersonFacts {
	const region = regions.get(person.region);
	return {
		name: i18n.locale === 'ru' ? person.nameRu || person.nameEn : person.nameEn || person.nameRu,
		otherName: i18n.locale === 'ru' ? person.nameEn : person.nameRu,
		region: region ? regionName(i18n, region) : person.region,
		articles: person.articles.map((code) => { const a = articles.get(code); return a ? articleShortName(i18n, a) : code; }).join(', '),
		status: aboutPerson(i18n, `status.${person.status}` as MessageKey, person.gender),
		sentence: sentenceText(i18n, person),
		address: person.letterAddress
	};
}

/**
 * The list as a table to download: one row per person, in the list's order, with a link to each profile and the
 * data's credit on every row (a row copied elsewhere keeps it). Dates stay ISO, for spreadsheets to sort.
 */
export function prisonerListTable(i18n: I18n, people: PrisonerEntry[], lookups: Lookups, profileUrl: (id: string) => string, credit: string): { columns: string[]; rows: CsvCell[][] } {
	const columns = ['prisoners.csv.name', 'prisoners.csv.otherName', 'profile.region', 'profile.charges', 'profile.status', 'profile.punishment', 'profile.arrested', 'prisoners.letterAddress', 'prisoners.csv.profile', 'table.source'];
	const rows = people.map((p) => {
		const f = personFacts(i18n, p, lookups);
		return [f.name, f.otherName, f.region, f.articles, f.status, f.sentence ?? '', p.arrestedOn ?? '', f.address ?? '', profileUrl(p.id), credit];
	});
	return { columns: columns.map((key) => i18n.t(key as MessageKey)), rows };
}

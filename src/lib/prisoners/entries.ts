// The compact form of a person that lists, search and charts work on (no biography), and what cards and profiles share
// to show one person: age, initials, words in the person's grammatical gender.
import type { Prisoner } from '../db/queries';
import type { I18n, Params } from '../i18n/i18n';
import { messagesOf, type MessageKey } from '../i18n/messages';

export type PrisonerEntry = Pick<
	Prisoner,
	'id' | 'nameRu' | 'nameEn' | 'birthYear' | 'gender' | 'region' | 'articles' | 'caseCategory' | 'arrestedOn' | 'sentenceYears' | 'punishment' | 'status' | 'releasedOn' | 'photo'
> & {
	/** Whether a letter address is known: what the letter filter asks. */
	hasLetterAddress: boolean;
	/** Where to send a letter, as the source wrote it: the list shows it, prints it and downloads it for volunteers. */
	letterAddress: string | null;
	/** Both names folded for search (see search.ts); filled in once in the browser, not shipped in the index. */
	searchKey?: string;
};

export function toEntry(p: Prisoner): PrisonerEntry {
	return {
		id: p.id,
		nameRu: p.nameRu,
		nameEn: p.nameEn,
		birthYear: p.birthYear,
		gender: p.gender,
		region: p.region,
		articles: p.articles,
		caseCategory: p.caseCategory,
		arrestedOn: p.arrestedOn,
		sentenceYears: p.sentenceYears,
		punishment: p.punishment,
		status: p.status,
		releasedOn: p.releasedOn,
		photo: p.photo,
		hasLetterAddress: p.letterAddress !== null && p.letterAddress.trim() !== '',
		letterAddress: p.letterAddress?.trim() || null
	};
}

/** Statuses in which the person is held (custody or compulsory psychiatric treatment). */
export const HELD_STATUSES: ReadonlySet<string> = new Set(['pretrial_detention', 'imprisoned', 'compulsory_treatment']);

/** Age in whole years as of a date, from the birth year only: it may be one year more than the true age. */
export function ageOn(birthYear: number | null, isoDate: string): number | null {
	return birthYear === null ? null : Number(isoDate.slice(0, 4)) - birthYear;
}

/** Initials for an avatar, from the name in the page's language: first letters of the first and last words. */
export function initials(name: string): string {
	const words = name.trim().split(/\s+/).filter(Boolean);
	const first = words[0]?.[0] ?? '';
	const last = words.length > 1 ? (words.at(-1)?.[0] ?? '') : '';
	return (first + last).toUpperCase();
}

/** The name a page in this language shows first, or the other one when it is empty. */
export function nameIn(locale: string, person: Pick<Prisoner, 'nameRu' | 'nameEn'>): string {
	return locale === 'ru' ? person.nameRu || person.nameEn : person.nameEn || person.nameRu;
}

/**
 * A message about one person. Russian words agree with the person's gender («Освобождена при обмене», «Признан
 * политзаключённым»), so a message with forms `${key}.female` and `${key}.male` gives the one that fits; the "(а)"
 * form of `key` itself is only for an unknown gender. Other messages are the same for everyone.
 */
export function aboutPerson(i18n: I18n, key: MessageKey, gender: string | null, params?: Params): string {
	const specific = gender === 'female' || gender === 'male' ? `${key}.${gender}` : null;
	return i18n.t(specific !== null && specific in messagesOf(i18n.locale) ? (specific as MessageKey) : key, params);
}

// The compact form of a person that lists, search and charts work on (no biography or letter address).
import type { Prisoner } from '../db/queries';

export type PrisonerEntry = Pick<
	Prisoner,
	'id' | 'nameRu' | 'nameEn' | 'birthYear' | 'gender' | 'region' | 'articles' | 'caseCategory' | 'arrestedOn' | 'sentenceYears' | 'punishment' | 'status' | 'releasedOn' | 'photo'
> & {
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
		photo: p.photo
	};
}

/** Statuses in which the person is held (custody or compulsory psychiatric treatment). */
export const HELD_STATUSES: ReadonlySet<string> = new Set(['pretrial_detention', 'imprisoned', 'compulsory_treatment']);

/** Age in whole years as of a date, from the birth year only: it may be one year more than the true age. */
export function ageOn(birthYear: number | null, isoDate: string): number | null {
	return birthYear === null ? null : Number(isoDate.slice(0, 4)) - birthYear;
}

/** Initials for an avatar: first letters of the first and last words. */
export function initials(name: string): string {
	const words = name.trim().split(/\s+/).filter(Boolean);
	const first = words[0]?.[0] ?? '';
	const last = words.length > 1 ? (words.at(-1)?.[0] ?? '') : '';
	return (first + last).toUpperCase();
}

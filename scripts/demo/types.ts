// Shapes shared by the demo generators: the options they take and the CSV rows they return.
import type { Punishment } from '../../src/lib/import/sentence';

export type EventType = 'rally' | 'single_picket' | 'online' | 'symbols' | 'memorial' | 'performance' | 'other';
export type Topic = 'antiwar' | 'mobilisation' | 'navalny' | 'elections' | 'other';
export type PrisonerStatus =
	| 'pretrial_detention'
	| 'house_arrest'
	| 'imprisoned'
	| 'compulsory_treatment'
	| 'non_custodial'
	| 'released'
	| 'exchanged'
	| 'died';
export type Gender = 'female' | 'male';
export type { Punishment };

/** The part of an articles.csv row the generator needs. */
export interface ArticleRef {
	code: string;
	charge_type: string;
	law: string;
}

export interface GenerateOptions {
	seed: number;
	/** Region codes from regions.csv. */
	regions: string[];
	articles: ArticleRef[];
	/** 1 gives the bundled size; the row count grows roughly linearly with it. */
	scale?: number;
}

export interface DetentionRow {
	id: string;
	date: string;
	region: string;
	city: string;
	event_type: EventType;
	topic: Topic;
	article: string;
	/** null = unknown, which is not the same as 0. */
	detained: number | null;
	description_ru: string;
	description_en: string;
	/** Who organised the event; '' when not known. */
	organizer: string;
	source_url: string;
}

export interface PrisonerRow {
	id: string;
	name_ru: string;
	name_en: string;
	birth_year: number | null;
	/** Published date of birth (its year is birth_year), or '' when only the year is known. */
	birth_date: string;
	gender: Gender;
	region: string;
	articles: string[];
	/** The charges as a list cites them: «ч. 2 ст. 207.3, ч. 1 ст. 280.3 УК РФ». */
	articles_raw: string;
	case_category: string;
	arrested_on: string;
	sentenced_on: string;
	appeal_on: string;
	sentence_years: number | null;
	/** Empty before a verdict and when the case ended without one. */
	punishment: Punishment | '';
	fine_rub: number | null;
	/** The sentence or measure as a list words it: «5 лет 6 мес. колонии общего режима», «домашний арест». */
	sentence_raw: string;
	status: PrisonerStatus;
	released_on: string;
	facility: string;
	letter_address: string;
	/** Electronic letter services the prison accepts, `;`-separated; '' when none. */
	letter_services: string;
	bio_ru: string;
	bio_en: string;
	photo: string;
	recognized_by: string;
	source_url: string;
	updated_on: string;
}

/** Every text the dashboard shows comes in both languages. */
export interface Description {
	ru: string;
	en: string;
}

/** A list the type system knows has a first element, so `list[0]` needs no check. */
export type NonEmpty<T> = [T, ...T[]];

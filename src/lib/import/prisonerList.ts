// Converts a prisoner list as NGOs keep it (names, articles as cited, a region or a city, a stage, the sentence as
// written) into rows of our prisoners table. What the list wrote is kept beside what it was read as, every inference
// is counted in the notes, and a row that cannot be read is rejected with its line and what to do about it.
import { readCitation } from './articles';
import { parseSourceDate } from './dates';
import { finishImport, openExport, tallyText, type ImportResult } from './exportFile';
import type { PlaceMatch } from './places';
import type { ReferenceTables } from './reference';
import { NON_CUSTODIAL, readSentence, type Punishment, type Sentence } from './sentence';
import { slugify, transliterate, uniqueId } from '../text/transliterate';

/** Our names of the columns a prisoner list may have; others are left out and listed in the notes. */
export const PRISONER_LIST_COLUMNS = [
	'name', 'articles', 'region', 'stage', 'measure', 'biography', 'letter_address', 'name_en', 'birth_year', 'birth_date',
	'gender', 'arrested_on', 'sentenced_on', 'released_on', 'facility', 'source_url'
] as const;
const REQUIRED = ['name', 'articles', 'region'];
const DATE_COLUMNS = ['arrested_on', 'sentenced_on', 'released_on'] as const;
/**
 * Headers lists give the date of birth, read without a --map (matched like every header: case and spaces ignored).
 * A --map of the same name wins.
 */
const BIRTH_DATE_HEADERS = ['дата рождения', 'дата рожд.', 'д. р.', 'д.р.', 'день рождения', 'date of birth', 'birthday', 'dob'];

export interface PrisonerListOptions {
	references: ReferenceTables;
	matchPlace: (name: string) => PlaceMatch;
	/** The date the list is as of: every row's updated_on, never the day of the import. */
	asOf: string;
	/** Who recognises the people on the list as political prisoners, when the list says so. */
	recognizedBy: string | null;
	/** Region for rows whose region cell is empty, and for a list without a region column (from --region). */
	defaultRegion: string | null;
	/** Their column name → ours (from --map theirs=ours). */
	map: Record<string, string>;
}

type Status = 'pretrial_detention' | 'house_arrest' | 'imprisoned' | 'compulsory_treatment' | 'non_custodial' | 'released' | 'exchanged' | 'died';

/**
 * What a stage says, as lists word it; the first pattern that matches wins. `sentenced` and `proceedings` leave the
 * status to the sentence or the measure: «осуждён» does not say whether to a colony or to a fine.
 */
type Stage = Status | 'sentenced' | 'proceedings';
const STAGES: [RegExp, Stage][] = [
	[/умер|скончал|погиб|died|dead/, 'died'],
	[/обмен|exchange/, 'exchanged'],
	[/освобож|на свобод|отбыл|вышел|вышла|released|freed|served/, 'released'],
	[/домашн\S*\s+арест|house\s+arrest/, 'house_arrest'],
	[/принудительн\S*\s+лечени|психиатр|psychiatric|compulsory\s+treatment/, 'compulsory_treatment'],
	[/сизо|под\s+страж|арестован|pre-?trial|custody/, 'pretrial_detention'],
	[/осужд|приговор|отбывает|колони|в\s+заключении|апелляц|кассац|sentenced|convicted|serving|prison|appeal/, 'sentenced'],
	[/следстви|суд|обвин|розыск|investigation|trial|charged/, 'proceedings']
];

/** Measures of restraint that say where a person is before a verdict. */
const HELD_BY_MEASURE: [RegExp, Status][] = [
	[/домашн\S*\s+арест|house\s+arrest/, 'house_arrest'],
	[/под\s+страж|сизо|арест|pre-?trial|custody|detention/, 'pretrial_detention']
];
/** Measures that leave a person at liberty before a verdict: not a political prisoner in the table's sense. */
const AT_LIBERTY_MEASURE = /запрет\S*\s+определ|подписк\S*\s+о\s+невыезд|залог|обязательств\S*\s+о\s+явк|ban\s+on\s+certain|bail|travel\s+ban/;

/** How the notes name a punishment, in the words lists use. */
const PUNISHMENT_WORDS: Record<Punishment, string> = {
	imprisonment: 'лишение свободы',
	life_imprisonment: 'пожизненное лишение свободы',
	suspended: 'условный срок',
	fine: 'штраф',
	forced_labour: 'принудительные работы',
	correctional_labour: 'исправительные работы',
	compulsory_work: 'обязательные работы',
	restricted_freedom: 'ограничение свободы',
	compulsory_treatment: 'принудительное лечение'
};

const STAGE_EXAMPLES = '«СИЗО», «домашний арест», «суд», «осуждён», «освобождён», «обмен», «умер»';
const DATE_FORMS = 'dd.mm.yyyy, yyyy-mm-dd or «5 марта 2022»';
/** A date-shaped cell that parseSourceDate still refused names a day that does not exist. */
const DATE_SHAPED = /^\s*(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s+\p{L}+\.?\s+\d{4}.*)\s*$/u;

/** A status and the words that decided it, for the notes; or why the row cannot be taken. */
type StatusReading = { status: Status; because: string } | { reject: string };

const lower = (text: string) => text.toLowerCase().replace(/ё/g, 'е');

/**
 * Release, exchange and death in the stage are final. Otherwise the punishment decides: one served at liberty is
 * never imprisonment, and a prison term with a release date on or before `asOf` is over (a later one is the end of
 * the term). Without a sentence, the stage or the measure says where the person is held; with neither, the dates
 * are all there is.
 */
function readStatus(stageText: string, measureText: string, sentence: Sentence, dates: Record<string, string | null>, asOf: string): StatusReading {
	const stage = stageText === '' ? null : (STAGES.find(([pattern]) => pattern.test(lower(stageText)))?.[1] ?? 'unknown');
	if (stage === 'unknown') return { reject: `stage "${stageText}" is not a stage we know; write one such as ${STAGE_EXAMPLES}` };
	if (stage === 'died' || stage === 'exchanged' || stage === 'released') return { status: stage, because: stageText };
	const { punishment } = sentence;
	if (punishment === 'compulsory_treatment') return { status: 'compulsory_treatment', because: PUNISHMENT_WORDS[punishment] };
	if (punishment && NON_CUSTODIAL.has(punishment)) {
		const held = stage === 'pretrial_detention' || stage === 'house_arrest' || stage === 'compulsory_treatment';
		return { status: 'non_custodial', because: held ? `${PUNISHMENT_WORDS[punishment]}, though the stage says ${stageText}` : PUNISHMENT_WORDS[punishment] };
	}
	const releasedOn = dates.released_on ?? null;
	if (punishment && releasedOn !== null && releasedOn <= asOf) return { status: 'released', because: `${PUNISHMENT_WORDS[punishment]}, released_on given` };
	if (punishment) return { status: 'imprisoned', because: PUNISHMENT_WORDS[punishment] };
	if (stage === 'house_arrest' || stage === 'pretrial_detention' || stage === 'compulsory_treatment') return { status: stage, because: stageText };
	const measure = lower(measureText);
	const held = HELD_BY_MEASURE.find(([pattern]) => pattern.test(measure))?.[1];
	if (!held && AT_LIBERTY_MEASURE.test(measure)) {
		return { reject: `measure "${measureText}" leaves the person at liberty and names no sentence, which no status of the prisoners table means; write the sentence (e.g. «2 года условно») or the stage if they are held, or leave the row out` };
	}
	// Lists keep the measure of restraint («под стражей») after the verdict: a stage saying sentenced outranks it.
	if (stage === 'sentenced') return { status: 'imprisoned', because: `${stageText}, no sentence given` };
	if (held) return { status: held, because: measureText };
	if (stage === 'proceedings') return { status: 'pretrial_detention', because: `${stageText}, no measure given` };
	if (releasedOn !== null && releasedOn <= asOf) return { status: 'released', because: 'released_on given' };
	if (dates.sentenced_on) return { status: 'imprisoned', because: 'sentenced_on given' };
	return { status: 'pretrial_detention', because: 'nothing says sentenced or released' };
}

/** "4 × «лишение свободы» → imprisoned; 1 × «штраф» → non_custodial": what was read as what, largest groups first. */
function readAsText(pairs: [string, string][]): string {
	const groups = new Map<string, string[]>();
	for (const [from, to] of pairs) groups.set(to, [...(groups.get(to) ?? []), from]);
	return [...groups]
		.sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
		.map(([to, from]) => `${tallyText(from)} → ${to}`)
		.join('; ');
}

const isBirthYear = (year: number) => year >= 1900 && year <= 2015;

/**
 * The year and, where the list publishes it, the date of birth. A birth date cell holding only a year is a year (lists
 * mix the two in one column); a date fills an empty birth_year, and one in another year than birth_year is refused.
 */
function readBirth(yearText: string, dateText: string): { year: number | null; date: string | null } | { reject: string } {
	const stated = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
	if (yearText !== '' && (stated === null || !isBirthYear(stated))) return { reject: `birth_year "${yearText}" is not a year of birth; write four digits between 1900 and 2015, or leave it empty` };
	if (dateText === '') return { year: stated, date: null };
	const yearOnly = /^\d{4}(\s*(г\.?|года?))?$/u.test(dateText) ? Number(dateText.slice(0, 4)) : null;
	const date = yearOnly === null ? parseSourceDate(dateText) : null;
	const year = yearOnly ?? (date === null ? null : Number(date.slice(0, 4)));
	if (year === null) {
		const what = DATE_SHAPED.test(dateText) ? 'is not a day that exists' : `is not a date; write it as ${DATE_FORMS}, or leave it empty`;
		return { reject: `birth_date "${dateText}" ${what}` };
	}
	if (!isBirthYear(year)) return { reject: `birth_date "${dateText}" is not a date of birth between 1900 and 2015; check the year, or leave it empty` };
	if (stated !== null && stated !== year) return { reject: `birth_date "${dateText}" is in ${year} but birth_year says ${stated}; correct one of the two` };
	return { year, date };
}

const genderOf = (text: string) => (/^(f|ж|female|жен)/i.test(text) ? 'female' : /^(m|м|male|муж)/i.test(text) ? 'male' : null);
const years = (n: number) => `${n} ${n === 1 ? 'year' : 'years'}`;

export function importPrisonerList(text: string, file: string, options: PrisonerListOptions): ImportResult {
	const { references, matchPlace, asOf, recognizedBy, defaultRegion } = options;
	const required = defaultRegion ? REQUIRED.filter((c) => c !== 'region') : REQUIRED;
	const { result, data, cell, has, unused } = openExport(text, file, {
		columns: PRISONER_LIST_COLUMNS,
		required,
		map: { ...Object.fromEntries(BIRTH_DATE_HEADERS.map((h) => [h, 'birth_date'])), ...options.map },
		missingMessage: (missing) =>
			`the header lacks ${missing.join(', ')}; a prisoner list needs at least ${REQUIRED.join(', ')} (and reads ${PRISONER_LIST_COLUMNS.join(', ')})` +
			(missing.includes('region') ? '; for a list of one region, give it with --region NAME_OR_CODE' : '') +
			'; map other names with --map theirs=ours'
	});
	const chargeOf = new Map(references.articles.map((a) => [a.code, a.chargeType]));
	const ids = new Set<string>();
	const inferred = {
		status: [] as [string, string][],
		kind: [] as [string, string][],
		termInWords: [] as [string, string][],
		cities: [] as [string, string][],
		defaultRegion: 0,
		generalPart: [] as string[],
		transliterated: 0,
		renamedIds: [] as string[],
		unreadMeasures: [] as string[],
		unreadGenders: [] as string[],
		notLinks: [] as string[],
		birthYearFromDate: 0,
		birthYearOnly: [] as string[]
	};

	for (const record of data) {
		const read = (column: string) => cell(record, column);
		const reject = (reason: string) => result.rejected.push({ line: record.line, reason, cells: record.cells });
		if (record.cells.length !== result.header.length) {
			reject(`the row has ${record.cells.length} cells but the header has ${result.header.length} columns; check for a missing or extra separator`);
			continue;
		}
		const row = readRow(read);
		if ('reject' in row) reject(row.reject);
		else {
			const { status, sentence } = row;
			const nameEn = read('name_en') || transliterate(read('name'));
			const base = slugify(nameEn) || 'person';
			const id = uniqueId(base, ids);
			if (id !== base) inferred.renamedIds.push(id);
			if (!read('name_en')) inferred.transliterated++;
			if (row.place.city) inferred.cities.push([read('region'), row.place.region]);
			if (!read('region')) inferred.defaultRegion++;
			inferred.status.push([status.because, status.status]);
			if (sentence.kindAssumed) inferred.kind.push([read('measure'), 'imprisonment']);
			if (sentence.termInWords && sentence.years !== null) inferred.termInWords.push([read('measure'), years(sentence.years)]);
			if (read('measure') && !sentence.punishment && !HELD_BY_MEASURE.some(([p]) => p.test(lower(read('measure'))))) inferred.unreadMeasures.push(read('measure'));
			inferred.generalPart.push(...row.generalPart);
			const gender = genderOf(read('gender'));
			if (read('gender') && !gender) inferred.unreadGenders.push(read('gender'));
			const link = read('source_url');
			const isLink = /^https?:\/\/\S+$/i.test(link);
			if (link && !isLink) inferred.notLinks.push(link);
			if (row.birth.date !== null && read('birth_year') === '') inferred.birthYearFromDate++;
			if (row.birth.date === null && read('birth_date') !== '') inferred.birthYearOnly.push(read('birth_date'));
			result.rows.push({
				id,
				name_ru: read('name'),
				name_en: nameEn,
				birth_year: row.birth.year,
				birth_date: row.birth.date,
				gender,
				region: row.place.region,
				articles: row.codes,
				articles_raw: read('articles'),
				case_category: chargeOf.get(row.codes[0]!)!,
				arrested_on: row.dates.arrested_on ?? null,
				sentenced_on: row.dates.sentenced_on ?? null,
				appeal_on: null,
				sentence_years: sentence.years,
				punishment: sentence.punishment,
				fine_rub: sentence.fineRub,
				sentence_raw: read('measure') || null,
				status: status.status,
				released_on: row.dates.released_on ?? null,
				facility: read('facility') || null,
				letter_address: read('letter_address') || null,
				bio_ru: read('biography') || null,
				bio_en: null,
				photo: null,
				recognized_by: recognizedBy,
				source_url: isLink ? link : null,
				updated_on: asOf
			});
		}
	}

	/** Everything a row needs read from its cells, or the first reason it cannot be taken. */
	function readRow(read: (column: string) => string) {
		const name = read('name');
		const citation = readCitation(read('articles'));
		const unknown = citation.codes.filter((c) => !chargeOf.has(c));
		const regionCell = read('region');
		const place: PlaceMatch = regionCell ? matchPlace(regionCell) : defaultRegion ? { ok: true, region: defaultRegion, city: null } : { ok: false, suggestions: [] };
		const dates = Object.fromEntries(DATE_COLUMNS.map((c) => [c, read(c) === '' ? null : parseSourceDate(read(c))]));
		const badDate = DATE_COLUMNS.find((c) => read(c) !== '' && dates[c] === null);
		const birth = readBirth(read('birth_year'), read('birth_date'));
		const sentence = readSentence(read('measure'));
		if (!name) return { reject: 'name is empty; fill it in or delete the row' };
		if (citation.codes.length === 0) return { reject: `no article found in "${read('articles')}"; cite them as «ч. 2 ст. 207.3 УК РФ»` };
		if (unknown.length > 0) return { reject: `article ${unknown.join(', ')} (cited as «${read('articles')}») is not in data/articles.csv; add it there or fix the citation` };
		if (!place.ok) {
			if (!regionCell) return { reject: 'region is empty; fill it in, or give the list\'s region with --region NAME_OR_CODE' };
			const closest = place.suggestions.length > 0 ? `; closest: ${place.suggestions.join(', ')}` : '';
			return { reject: `region "${regionCell}" is not a place we know${closest} (add it to data/places.csv or regions.csv aliases)` };
		}
		if (badDate) {
			const what = DATE_SHAPED.test(read(badDate)) ? 'is not a day that exists' : `is not a date; write it as ${DATE_FORMS}`;
			return { reject: `${badDate} "${read(badDate)}" ${what}` };
		}
		if ('reject' in birth) return birth;
		if (sentence.years !== null && sentence.years > 50) return { reject: `measure "${read('measure')}" reads as ${sentence.years} years, more than any sentence; check the cell` };
		const status = readStatus(read('stage'), read('measure'), sentence, dates, asOf);
		if ('reject' in status) return status;
		return { codes: citation.codes, generalPart: citation.generalPart, place, dates, birth, sentence, status };
	}

	const notes = result.notes;
	const count = (list: unknown[], what: string) => `${what} for ${list.length} ${list.length === 1 ? 'row' : 'rows'}`;
	if (!has('stage') && !has('measure')) notes.push('no stage or measure column: status from the dates (released_on → released, sentenced_on → imprisoned, otherwise pretrial_detention); check it');
	else if (!has('stage')) notes.push('no stage column: status from the measure and the dates');
	else if (!has('measure')) notes.push('no measure column: status from the stage and the dates, and no punishment or term');
	if (inferred.status.length > 0) notes.push(`${count(inferred.status, 'status inferred')}: ${readAsText(inferred.status)}`);
	if (inferred.kind.length > 0) notes.push(`${count(inferred.kind, 'punishment assumed from a bare term')}: ${readAsText(inferred.kind)}`);
	if (inferred.termInWords.length > 0) notes.push(`${count(inferred.termInWords, 'term read from words')}: ${readAsText(inferred.termInWords)}`);
	if (inferred.unreadMeasures.length > 0) notes.push(`${count(inferred.unreadMeasures, 'measure read as no sentence')}, so no punishment or term: ${tallyText(inferred.unreadMeasures)}`);
	if (inferred.cities.length > 0) notes.push(`${count(inferred.cities, 'cities in the region column, placed in their regions')}: ${readAsText(inferred.cities)}`);
	if (inferred.defaultRegion > 0) notes.push(`region empty, set to ${defaultRegion} (--region) for ${inferred.defaultRegion} ${inferred.defaultRegion === 1 ? 'row' : 'rows'}`);
	if (inferred.generalPart.length > 0) notes.push(`General Part articles (attempt, complicity) kept in articles_raw but not in articles: ${tallyText(inferred.generalPart)}`);
	if (inferred.transliterated > 0) notes.push(`name_en transliterated from name for ${inferred.transliterated} ${inferred.transliterated === 1 ? 'row' : 'rows'}`);
	if (inferred.renamedIds.length > 0) notes.push(`ids shared by several people, numbered: ${inferred.renamedIds.join(', ')}`);
	if (inferred.unreadGenders.length > 0) notes.push(`gender not read, left empty: ${tallyText(inferred.unreadGenders)}`);
	if (inferred.birthYearFromDate > 0) notes.push(`birth_year taken from birth_date for ${inferred.birthYearFromDate} ${inferred.birthYearFromDate === 1 ? 'row' : 'rows'}`);
	if (inferred.birthYearOnly.length > 0) notes.push(`birth_date holding a year only, kept as birth_year: ${tallyText(inferred.birthYearOnly)}`);
	if (inferred.notLinks.length > 0) notes.push(`source_url not a web link, left empty: ${tallyText(inferred.notLinks)}`);
	if (unused.length > 0) notes.push(`columns not imported: ${unused.join(', ')}`);
	return finishImport(result);
}

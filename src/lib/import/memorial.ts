// Converts a prisoner list with Memorial-style fields (name, articles as cited, region, stage, measure, biography,
// letter address) into rows of our prisoners table; rows that cannot be read are rejected with line and reason.
import { articleCodes } from './articles';
import { finishImport, openExport, type ImportResult } from './exportFile';
import { parseExportDate } from './ovdinfo';
import { regionMatcher, type RegionName } from './regionNames';
import { slugify, transliterate, uniqueId } from './transliterate';

export const MEMORIAL_COLUMNS = ['name', 'articles', 'region', 'stage', 'measure', 'biography', 'letter_address'];
/** Read when present: name_en, birth_year, gender, arrested_on, sentenced_on, released_on, facility, source_url. */

/** Status from the stage and the measure, as lists word them; the first pattern that matches wins. */
const STATUSES: [RegExp, string][] = [
	[/умер|скончал|погиб|died/i, 'died'],
	[/обмен|exchange/i, 'exchanged'],
	[/освобожд|на свободе|released|freed/i, 'released'],
	[/домашн\S* арест|house arrest/i, 'house_arrest'],
	[/принудительн\S* лечени|психиатр|psychiatric/i, 'compulsory_treatment'],
	[/сизо|под страж|следстви|суд идёт|суд идет|pre-?trial|custody/i, 'pretrial_detention'],
	[/лишени\S* свобод|колони|осужд|приговор|заключени|prison|sentenced|colony/i, 'imprisoned']
];

/** "5 лет 6 месяцев", "5,5 года", "8 years" → years; null when the measure names no term. */
export function sentenceYears(measure: string): number | null {
	const years = /(\d+(?:[.,]\d+)?)\s*(?:год|лет|year)/i.exec(measure);
	const months = /(\d+)\s*(?:месяц|month)/i.exec(measure);
	if (!years && !months) return null;
	const total = (years ? Number(years[1]!.replace(',', '.')) : 0) + (months ? Number(months[1]) / 12 : 0);
	return Math.round(total * 100) / 100;
}

export interface ArticleRef {
	code: string;
	chargeType: string;
}

export interface MemorialOptions {
	/** The date the list's information is as of (prisoners.updated_on). */
	asOf: string;
	/** Who recognises the people on this list as political prisoners, when the list says so; otherwise empty. */
	recognizedBy: string | null;
}

export function importMemorial(text: string, file: string, regions: RegionName[], articles: ArticleRef[], { asOf, recognizedBy }: MemorialOptions): ImportResult {
	const { result, data } = openExport(text, file, MEMORIAL_COLUMNS, (missing) => `the header lacks ${missing.join(', ')}; expected at least the columns ${MEMORIAL_COLUMNS.join(',')}`);
	const { header } = result;
	const matchRegion = regionMatcher(regions);
	const chargeOf = new Map(articles.map((a) => [a.code, a.chargeType]));
	const ids = new Set<string>();
	for (const record of data) {
		const cell = (name: string) => (header.includes(name) ? (record.cells[header.indexOf(name)] ?? '').trim() : '');
		const reject = (reason: string) => result.rejected.push({ line: record.line, reason, cells: record.cells });
		if (record.cells.length !== header.length) {
			reject(`the row has ${record.cells.length} cells but the header has ${header.length} columns`);
			continue;
		}
		const name = cell('name');
		const codes = articleCodes(cell('articles'));
		const unknown = codes.filter((c) => !chargeOf.has(c));
		const region = matchRegion(cell('region'));
		const status = STATUSES.find(([pattern]) => pattern.test(`${cell('stage')} ${cell('measure')}`))?.[1];
		const dates = Object.fromEntries(['arrested_on', 'sentenced_on', 'released_on'].map((f) => [f, cell(f) === '' ? null : parseExportDate(cell(f))]));
		const badDate = ['arrested_on', 'sentenced_on', 'released_on'].find((f) => cell(f) !== '' && dates[f] === null);
		const birthYear = /^\d{4}$/.test(cell('birth_year')) ? Number(cell('birth_year')) : null;
		if (!name) reject('name is empty');
		else if (codes.length === 0) reject(`no article found in "${cell('articles')}"; write them as «ч. 2 ст. 207.3 УК РФ»`);
		else if (unknown.length > 0) reject(`article ${unknown.join(', ')} is not in articles.csv; add it there first`);
		else if (!region) reject(`region "${cell('region')}" is not a region we know`);
		else if (!status) reject(`the stage "${cell('stage')}" and measure "${cell('measure')}" say no status we know`);
		else if (badDate) reject(`${badDate} "${cell(badDate)}" is not a date (dd.mm.yyyy)`);
		else if (cell('birth_year') !== '' && birthYear === null) reject(`birth_year "${cell('birth_year')}" is not a year`);
		else {
			const nameEn = cell('name_en') || transliterate(name);
			const gender = /^(f|ж|female|жен)/i.test(cell('gender')) ? 'female' : /^(m|м|male|муж)/i.test(cell('gender')) ? 'male' : null;
			const link = cell('source_url');
			result.rows.push({
				id: uniqueId(slugify(nameEn) || 'person', ids),
				name_ru: name,
				name_en: nameEn,
				birth_year: birthYear,
				gender,
				region,
				articles: codes,
				case_category: chargeOf.get(codes[0]!)!,
				arrested_on: dates.arrested_on ?? null,
				sentenced_on: dates.sentenced_on ?? null,
				appeal_on: null,
				sentence_years: status === 'pretrial_detention' || status === 'house_arrest' ? null : sentenceYears(cell('measure')),
				status,
				released_on: dates.released_on ?? null,
				facility: cell('facility') || null,
				letter_address: cell('letter_address') || null,
				bio_ru: cell('biography') || null,
				bio_en: null,
				photo: null,
				recognized_by: recognizedBy,
				source_url: /^https?:\/\//i.test(link) ? link : null,
				updated_on: asOf
			});
		}
	}
	return finishImport(result);
}

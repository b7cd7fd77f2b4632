// Converts an export in OVD-Info's event layout into rows of our detentions table. Every input row either becomes a
// row or is rejected with its line and reason; what the source wrote is kept beside what it was mapped to.
import { parseSourceDate } from './dates';
import { finishImport, openExport, tallyText, type ImportResult } from './exportFile';
import type { PlaceMatch } from './places';
import type { ReferenceTables } from './reference';
import { vocabularyMatcher, type VocabularyMatch } from './vocabulary';

/** Our names of the columns OVD-Info's exports have (2011–2013 reports); others are left out and listed. */
export const EVENT_COLUMNS = [
	'id', 'date', 'region', 'agreement', 'agreement_eng', 'event_type', 'event_type_eng', 'subject', 'subject_eng',
	'organizer', 'organizer_eng', 'description', 'description_eng', 'ovd', 'place', 'number_of_detentions', 'links'
] as const;
const REQUIRED = ['id', 'date', 'number_of_detentions'];

export interface EventExportOptions {
	references: ReferenceTables;
	matchPlace: (name: string) => PlaceMatch;
	/** Region code for a file without a region column, and for empty region cells (--region). */
	defaultRegion: string | null;
	/** Their column name → ours (--map theirs=ours). */
	map: Record<string, string>;
	/** Put before every id, so that several exports merge without collisions (--id-prefix). */
	idPrefix: string;
}

export interface EventImportResult extends ImportResult {
	/** Detentions counted in the export's rows with a count, and in the rows imported. */
	detained: { in: number; out: number };
}

const firstLink = (links: string) => links.split(/[\s,;]+/).find((l) => /^https?:\/\/\S+$/i.test(l)) ?? null;
const code = (match: VocabularyMatch) => (match.kind === 'code' ? match.code : match.kind === 'unknown' ? 'other' : null);

export function importOvdInfo(text: string, file: string, options: EventExportOptions): EventImportResult {
	const { references, matchPlace, defaultRegion } = options;
	const required = defaultRegion ? REQUIRED : [...REQUIRED, 'region'];
	const opened = openExport(text, file, {
		columns: EVENT_COLUMNS,
		required,
		map: options.map,
		missingMessage: (missing) =>
			`the header lacks ${missing.join(', ')}; expected OVD-Info's columns (${EVENT_COLUMNS.join(',')})` +
			(missing.includes('region') ? '; for a file of one region, give it with --region NAME_OR_CODE' : '') +
			'; map other names with --map theirs=ours'
	});
	const { result, data, cell, has, unused } = opened;
	const imported: EventImportResult = { ...result, detained: { in: 0, out: 0 } };
	const eventType = vocabularyMatcher(references.eventTypes);
	const topic = vocabularyMatcher(references.topics);
	const federalCities = new Set(references.regions.filter((r) => references.places.some((p) => p.region === r.code && p.nameRu === r.nameRu)).map((r) => r.code));
	const regionName = new Map(references.regions.map((r) => [r.code, r.nameRu]));
	const unknownTypes: string[] = [];
	const unknownTopics: string[] = [];
	const citiesInRegion: string[] = [];
	const seen = new Map<string, number>();
	for (const record of data) {
		const reject = (reason: string) => imported.rejected.push({ line: record.line, reason, cells: record.cells });
		const countText = cell(record, 'number_of_detentions');
		const count = /^\d+$/.test(countText) ? Number(countText) : null;
		if (count !== null) imported.detained.in += count;
		if (record.cells.length !== result.header.length) {
			reject(`the row has ${record.cells.length} cells but the header has ${result.header.length} columns`);
			continue;
		}
		const id = cell(record, 'id');
		const date = parseSourceDate(cell(record, 'date'));
		const regionCell = cell(record, 'region');
		const place: PlaceMatch = regionCell ? matchPlace(regionCell) : defaultRegion ? { ok: true, region: defaultRegion, city: null } : { ok: false, suggestions: [] };
		if (!id) reject('id is empty');
		else if (seen.has(id)) reject(`id ${id} already appears on line ${seen.get(id)}`);
		else if (!date) reject(`date "${cell(record, 'date')}" is not a date (dd.mm.yyyy, yyyy-mm-dd or «5 марта 2022»)`);
		else if (!place.ok)
			reject(
				regionCell
					? `region "${regionCell}" is not a place we know${place.suggestions.length > 0 ? `; closest: ${place.suggestions.join(', ')}` : ''}; add the name to data/places.csv (a city) or to aliases in data/regions.csv, or fix the cell`
					: 'region is empty; give the file\'s region with --region NAME_OR_CODE'
			);
		else if (countText !== '' && count === null) reject(`number_of_detentions "${countText}" is not a whole number ≥ 0`);
		else {
			seen.set(id, record.line);
			if (place.city && regionCell) citiesInRegion.push(regionCell);
			const type = eventType(cell(record, 'event_type'), cell(record, 'event_type_eng'));
			const subject = topic(cell(record, 'subject'), cell(record, 'subject_eng'));
			if (type.kind === 'unknown') unknownTypes.push(type.value);
			if (subject.kind === 'unknown') unknownTopics.push(subject.value);
			imported.rows.push({
				id: `${options.idPrefix}${id}`,
				date,
				region: place.region,
				city: place.city ?? (federalCities.has(place.region) ? regionName.get(place.region)! : null),
				place: cell(record, 'place') || null,
				police_station: cell(record, 'ovd') || null,
				event_type: code(type),
				event_type_raw: cell(record, 'event_type') || cell(record, 'event_type_eng') || null,
				topic: code(subject),
				topic_raw: cell(record, 'subject') || cell(record, 'subject_eng') || null,
				article: null,
				detained: count,
				description_ru: cell(record, 'description') || null,
				description_en: cell(record, 'description_eng') || null,
				agreement: cell(record, 'agreement') || cell(record, 'agreement_eng') || null,
				organizer: cell(record, 'organizer') || cell(record, 'organizer_eng') || null,
				source_url: firstLink(cell(record, 'links'))
			});
			imported.detained.out += count ?? 0;
		}
	}
	const notes = imported.notes;
	const rows = imported.rows.length;
	if (!has('region') && defaultRegion) notes.push(`no region column: every row is in ${defaultRegion} (--region)`);
	if (citiesInRegion.length > 0) notes.push(`cities in the region column, placed in their regions: ${tallyText(citiesInRegion)}`);
	const typedOther = imported.rows.filter((r) => r.event_type === 'other').length;
	if (rows > 0) notes.push(`event type "other": ${typedOther} of ${rows} rows (${((100 * typedOther) / rows).toFixed(1)} %)`);
	if (unknownTypes.length > 0) notes.push(`event types no row of data/event_types.csv names, filed as "other" (add them as aliases): ${tallyText(unknownTypes)}`);
	if (unknownTopics.length > 0) notes.push(`subjects no row of data/topics.csv names, filed as "other" (add them as aliases): ${tallyText(unknownTopics)}`);
	if (unused.length > 0) notes.push(`columns not imported: ${unused.join(', ')}`);
	finishImport(imported);
	return imported;
}

// Converts an export in OVD-Info's event layout into rows of our detentions table; every input row either
// becomes a row or is rejected with its line and reason.
import { isRealDate } from '../ingest/cells';
import { finishImport, openExport, type ImportResult } from './exportFile';
import { regionMatcher, type RegionName } from './regionNames';

export const OVDINFO_COLUMNS = ['Id', 'date', 'region', 'agreement', 'agreement_eng', 'event_type', 'event_type_eng', 'subject', 'subject_eng', 'organizer', 'organizer_eng', 'description', 'description_eng', 'ovd', 'place', 'number_of_detentions', 'links'];
const REQUIRED = ['Id', 'date', 'region', 'number_of_detentions'];

/** OVD-Info's event types, in Russian or English, to ours; the first pattern that matches wins. */
const EVENT_TYPES: [RegExp, string][] = [
	[/пикет|picket/i, 'picket'],
	[/цвет|мемориал|flower|memorial/i, 'memorial'],
	[/перформанс|арт-?акци|performance|art/i, 'performance'],
	[/публикац|пост|соцсет|интернет|online|post|social/i, 'online'],
	[/символ|надпис|граффити|листовк|symbol|graffiti|leaflet|inscription/i, 'symbols'],
	[/митинг|шестви|акци|протест|собрани|rally|march|protest|demonstration|gathering/i, 'rally']
];

const TOPICS: [RegExp, string][] = [
	[/мобилиз|mobili/i, 'mobilisation'],
	[/навальн|navalny/i, 'navalny'],
	[/выбор|election/i, 'elections'],
	[/войн|спецоперац|\bсво\b|war|invasion/i, 'antiwar']
];

const pick = (table: [RegExp, string][], ...texts: string[]) => table.find(([pattern]) => texts.some((t) => pattern.test(t)))?.[1];

/** dd.mm.yyyy (OVD-Info) or yyyy-mm-dd; null when it is not a date that exists. */
export function parseExportDate(raw: string): string | null {
	const text = raw.trim();
	const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
	const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	const [y, m, d] = dotted ? [dotted[3], dotted[2], dotted[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
	if (!y || !m || !d || !isRealDate(Number(y), Number(m), Number(d))) return null;
	return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

const firstLink = (links: string) => links.split(/[\s,;]+/).find((l) => /^https?:\/\/\S+$/i.test(l)) ?? null;

export function importOvdInfo(text: string, file: string, regions: RegionName[]): ImportResult {
	const { result, data } = openExport(text, file, REQUIRED, (missing) => `not an OVD-Info export: the header lacks ${missing.join(', ')}; expected columns ${OVDINFO_COLUMNS.join(',')}`);
	const { header } = result;
	const matchRegion = regionMatcher(regions);
	const seen = new Map<string, number>();
	for (const record of data) {
		const cell = (name: string) => (record.cells[header.indexOf(name)] ?? '').trim();
		const reject = (reason: string) => result.rejected.push({ line: record.line, reason, cells: record.cells });
		const countText = cell('number_of_detentions');
		const count = /^\d+$/.test(countText) ? Number(countText) : null;
		if (count !== null) result.summary.detainedIn += count;
		if (record.cells.length !== header.length) {
			reject(`the row has ${record.cells.length} cells but the header has ${header.length} columns`);
			continue;
		}
		const id = cell('Id');
		const date = parseExportDate(cell('date'));
		const region = matchRegion(cell('region'));
		if (!id) reject('Id is empty');
		else if (seen.has(id)) reject(`Id ${id} already appears on line ${seen.get(id)}`);
		else if (!date) reject(`date "${cell('date')}" is not a date (dd.mm.yyyy)`);
		else if (!region) reject(`region "${cell('region')}" is not a region we know; add the name to src/lib/import/regionNames.ts or fix it`);
		else if (countText !== '' && count === null) reject(`number_of_detentions "${countText}" is not a whole number ≥ 0`);
		else {
			seen.set(id, record.line);
			const eventType = pick(EVENT_TYPES, cell('event_type'), cell('event_type_eng'));
			if (!eventType) result.summary.eventTypesAsOther++;
			result.rows.push({
				id: `ovd-${id}`,
				date,
				region,
				city: cell('place') || null,
				event_type: eventType ?? 'other',
				topic: pick(TOPICS, cell('subject'), cell('subject_eng'), cell('description')) ?? 'other',
				article: null,
				detained: count,
				description_ru: cell('description') || null,
				description_en: cell('description_eng') || null,
				source_url: firstLink(cell('links'))
			});
			result.summary.detainedOut += count ?? 0;
		}
	}
	return finishImport(result);
}

// Merges several validated files of one table (a yearly export and the next one) into one: ids must not collide, and
// rows that look like the same event or person seen by two sources are kept once and reported, never counted twice.
import type { Row } from '../schema/types';

export interface SourceRows {
	file: string;
	rows: Row[];
	/** Editor line of each row, parallel to `rows`. */
	lines: number[];
}

export interface RowPlace {
	file: string;
	line: number;
	id: string;
}

export interface MergeResult {
	rows: Row[];
	/** The same id in two files: nothing is written until they are told apart (--id-prefix when importing). */
	collisions: { first: RowPlace; second: RowPlace }[];
	/** A row of a later file that looks like one already taken: left out, and listed. */
	likelyDuplicates: { kept: RowPlace; dropped: RowPlace; key: string }[];
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim().toLowerCase().replace(/ё/g, 'е'));

/** What makes two rows of a table likely the same fact, or null for rows too vague to compare. */
export const LIKELY_SAME: Record<string, (row: Row) => string | null> = {
	// The same day, place and count: one event reported in two exports.
	detentions: (r) => {
		const where = text(r.place) || text(r.city);
		return r.detained === null || where === '' ? null : [text(r.date), text(r.region), where, String(r.detained)].join(' | ');
	},
	// The same name and birth year: one person on two lists.
	prisoners: (r) => (r.birth_year === null ? null : [text(r.name_ru), String(r.birth_year)].join(' | '))
};

export function mergeRows(resourceName: string, sources: SourceRows[], keyField = 'id'): MergeResult {
	const likely = LIKELY_SAME[resourceName];
	const result: MergeResult = { rows: [], collisions: [], likelyDuplicates: [] };
	const byId = new Map<string, RowPlace>();
	const byKey = new Map<string, RowPlace>();
	for (const source of sources) {
		// Rows alike within one file are the source's own separate records; only a later file can repeat an earlier one.
		const keysOfThisFile = new Map<string, RowPlace>();
		source.rows.forEach((row, i) => {
			const place = { file: source.file, line: source.lines[i] ?? 0, id: String(row[keyField]) };
			const earlier = byId.get(place.id);
			if (earlier) {
				result.collisions.push({ first: earlier, second: place });
				return;
			}
			byId.set(place.id, place);
			const key = likely?.(row) ?? null;
			const seen = key === null ? undefined : byKey.get(key);
			if (key !== null && seen) {
				result.likelyDuplicates.push({ kept: seen, dropped: place, key });
				return;
			}
			if (key !== null && !keysOfThisFile.has(key)) keysOfThisFile.set(key, place);
			result.rows.push(row);
		});
		for (const [key, place] of keysOfThisFile) if (!byKey.has(key)) byKey.set(key, place);
	}
	return result;
}

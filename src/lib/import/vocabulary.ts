// Maps a value as an export writes it («одиночный пикет», "One-person picket") to a code of a vocabulary a maintainer
// extends (data/event_types.csv, data/topics.csv): by the code's labels and aliases, ignoring case, ё and spacing.
import type { VocabularyRef } from './reference';

/** The key a value is looked up by: lower case, е for ё, one space between words, no quotes around it. */
export function vocabularyKey(value: string): string {
	return value
		.toLowerCase()
		.replace(/ё/g, 'е')
		.replace(/[«»"“”„']/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

export type VocabularyMatch = { kind: 'code'; code: string } | { kind: 'empty' } | { kind: 'unknown'; value: string };

/**
 * `match(...values)` tries each value in turn (the Russian column, then the English one) and returns the first code
 * any of them names; all empty is 'empty' (the source does not say), otherwise 'unknown' with the first value given.
 */
export function vocabularyMatcher(entries: VocabularyRef[]): (...values: string[]) => VocabularyMatch {
	const byKey = new Map<string, string>();
	for (const entry of entries) {
		for (const name of [entry.code, entry.labelRu, entry.labelEn, ...entry.aliases]) {
			const key = vocabularyKey(name);
			if (key && !byKey.has(key)) byKey.set(key, entry.code);
		}
	}
	return (...values) => {
		const given = values.map((v) => v.trim()).filter((v) => v !== '');
		for (const value of given) {
			const code = byKey.get(vocabularyKey(value));
			if (code) return { kind: 'code', code };
		}
		return given.length === 0 ? { kind: 'empty' } : { kind: 'unknown', value: given.join(' / ') };
	};
}

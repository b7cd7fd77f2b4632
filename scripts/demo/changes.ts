// Generates data/changes.csv for the demo: the log a team would have kept while publishing the fictional people of
// prisoners.csv, each change published a few days after it happened. Every person's changes come from their own
// stream (keyed by the seed and the id), so the log never moves a value of the other demo files.
import { toCsv } from './csv';
import { dayOf, isoOf } from './days';
import { mulberry32, randInt, seedOf } from './prng';
import type { PrisonerRow } from './types';

export const CHANGE_FIELDS = ['date', 'person', 'change', 'note_en', 'note_ru'] as const;

export interface ChangeRow {
	date: string;
	person: string;
	change: 'added' | 'sentenced' | 'released' | 'status' | 'corrected';
	note_en: string;
	note_ru: string;
}

const ORDER: ChangeRow['change'][] = ['added', 'sentenced', 'released', 'status', 'corrected'];
const GONE = new Set<PrisonerRow['status']>(['released', 'exchanged', 'died']);

export function generateChanges(prisoners: readonly PrisonerRow[], seed: number): ChangeRow[] {
	const rows: ChangeRow[] = [];
	for (const person of prisoners) {
		const rng = mulberry32((seedOf(`changes:${person.id}`) ^ seed) >>> 0);
		const last = dayOf(person.updated_on);
		// Published a few days after it happened, never after the date the record is as of.
		const published = (iso: string, after: number) => Math.max(after, Math.min(last, dayOf(iso) + randInt(rng, 1, 20)));
		const add = (change: ChangeRow['change'], day: number, note_en = '', note_ru = '') => rows.push({ date: isoOf(day), person: person.id, change, note_en, note_ru });
		const added = published(person.arrested_on, dayOf(person.arrested_on));
		add('added', added);
		let latest = added;
		if (person.sentenced_on !== '') add('sentenced', (latest = published(person.sentenced_on, latest)));
		if (GONE.has(person.status) && person.released_on !== '') add(person.status === 'released' ? 'released' : 'status', published(person.released_on, latest));
		if (rng() < 0.02) add('corrected', last, 'The date of arrest was corrected (demo).', 'Исправлена дата ареста (демо).');
	}
	// A log is appended in date order; within a day, by person, then in the order things happen.
	return rows.sort((a, b) => a.date.localeCompare(b.date) || a.person.localeCompare(b.person) || ORDER.indexOf(a.change) - ORDER.indexOf(b.change));
}

export function changesCsv(rows: readonly ChangeRow[]): string {
	return toCsv(CHANGE_FIELDS, rows, (r) => [r.date, r.person, r.change, r.note_en, r.note_ru]);
}

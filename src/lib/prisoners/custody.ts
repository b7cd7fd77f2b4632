// Days in custody: counted from the day of arrest to the day of release, or to today while the person is held. The
// same rule for profiles, posters and slides; "today" is the reader's day, so a page printed later is right.
import type { Prisoner } from '../db/queries';
import { parseDay } from '../time/days';
import { HELD_STATUSES } from './entries';

const DAY_MS = 86_400_000;

export type CustodySpan =
	/** Held now: days from the arrest to `until` (today). */
	| { kind: 'held'; days: number; from: string; until: string }
	/** Released: days from the arrest to the release. */
	| { kind: 'served'; days: number; from: string; until: string };

/**
 * The days a person has spent in custody as of `today` (YYYY-MM-DD): null when the arrest date is unknown, or when
 * the person is neither held nor has a release date (a fine, a suspended term, house arrest: no days in custody
 * can be counted from the data). The day of arrest is day 0: a person arrested yesterday has been held one day.
 */
export function custodySpan(person: Pick<Prisoner, 'arrestedOn' | 'releasedOn' | 'status'>, today: string): CustodySpan | null {
	if (!person.arrestedOn) return null;
	const from = person.arrestedOn;
	const held = HELD_STATUSES.has(person.status);
	const until = person.releasedOn ?? (held ? today : null);
	if (until === null) return null;
	const days = Math.max(0, Math.round((parseDay(until).getTime() - parseDay(from).getTime()) / DAY_MS));
	return { kind: person.releasedOn ? 'served' : 'held', days, from, until };
}

/** Today in the reader's own calendar (not UTC): the day a poster is printed on. */
export function localToday(now: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// Who can receive letters at a letter-writing evening, whose birthday is coming, and where each facility takes letters.
// Pure: the letters page computes birthdays in the reader's browser from the reader's today.
import type { Prisoner } from '../db/queries';
import { HELD_STATUSES } from '../prisoners/entries';
import { parseDay } from '../time/days';

export interface Recipient {
	id: string;
	nameRu: string;
	nameEn: string;
	gender: Prisoner['gender'];
	birthYear: number | null;
	/** YYYY-MM-DD where the data has the full date (the optional `birth_date` column), else null. */
	birthDate: string | null;
	facility: string | null;
	letterAddress: string;
	letterServices: string[];
}

/** Everyone held (custody or compulsory treatment) whose letter address is known: who can receive a letter. */
export function recipientsOf(people: Prisoner[]): Recipient[] {
	return people
		.filter((p) => HELD_STATUSES.has(p.status) && p.letterAddress !== null && p.letterAddress.trim() !== '')
		.map((p) => ({
			id: p.id,
			nameRu: p.nameRu,
			nameEn: p.nameEn,
			gender: p.gender,
			birthYear: p.birthYear,
			birthDate: p.birthDate,
			facility: p.facility,
			letterAddress: p.letterAddress!.trim(),
			letterServices: (p.letterServices ?? '').split(';').map((s) => s.trim()).filter(Boolean)
		}))
		.sort((a, b) => a.nameRu.localeCompare(b.nameRu, 'ru'));
}

export interface Birthday {
	recipient: Recipient;
	/** The coming birthday, YYYY-MM-DD: today or later. */
	date: string;
	/** The age the person turns that day. */
	turns: number;
	/** Days from today. */
	inDays: number;
}

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** The birthday in a year; 29 February falls on the 28th in other years. */
function birthdayIn(year: number, month: number, day: number): string {
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	return `${year}-${pad(month)}-${pad(month === 2 && day === 29 && !leap ? 28 : day)}`;
}

/** Birthdays of people whose birth date is known, from `today` (YYYY-MM-DD) to `days` days later, soonest first. */
export function comingBirthdays(recipients: Recipient[], today: string, days: number): Birthday[] {
	const start = parseDay(today).getTime();
	const year = Number(today.slice(0, 4));
	const found: Birthday[] = [];
	for (const recipient of recipients) {
		if (!recipient.birthDate) continue;
		const [by, bm, bd] = recipient.birthDate.split('-').map(Number) as [number, number, number];
		let date = birthdayIn(year, bm, bd);
		if (date < today) date = birthdayIn(year + 1, bm, bd);
		const inDays = Math.round((parseDay(date).getTime() - start) / DAY_MS);
		if (inDays <= days) found.push({ recipient, date, turns: Number(date.slice(0, 4)) - by, inDays });
	}
	return found.sort((a, b) => a.inDays - b.inDays || a.recipient.nameRu.localeCompare(b.recipient.nameRu, 'ru'));
}

/** People with a birth year and no date: their birthday can only be said as "turns N this year". */
export function byYearOnly(recipients: Recipient[]): Recipient[] {
	return recipients.filter((r) => r.birthDate === null && r.birthYear !== null).sort((a, b) => b.birthYear! - a.birthYear! || a.nameRu.localeCompare(b.nameRu, 'ru'));
}

export interface Facility {
	/** As the data names it; null for people whose facility is not known. */
	name: string | null;
	/** Electronic letter services any of its people's rows say it accepts. */
	services: string[];
	recipients: Recipient[];
}

/** Recipients by facility, the most people first, the unknown facility last. */
export function byFacility(recipients: Recipient[]): Facility[] {
	const groups = new Map<string | null, Recipient[]>();
	for (const r of recipients) {
		const list = groups.get(r.facility);
		if (list) list.push(r);
		else groups.set(r.facility, [r]);
	}
	return [...groups]
		.map(([name, list]) => ({ name, services: [...new Set(list.flatMap((r) => r.letterServices))].sort(), recipients: list }))
		.sort((a, b) => Number(a.name === null) - Number(b.name === null) || b.recipients.length - a.recipients.length || (a.name ?? '').localeCompare(b.name ?? '', 'ru'));
}

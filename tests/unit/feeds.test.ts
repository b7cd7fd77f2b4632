// The feeds of what changed and the birthday calendar, made from the bundled data and checked against the CSV files
// read with PapaParse alone: what a subscriber's reader and calendar would receive.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { openDataDirectory } from '../../src/lib/db/node';
import type { Prisoner } from '../../src/lib/db/queries';
import { birthdayCalendar } from '../../src/lib/feeds/calendar';
import { FEED_ENTRIES, feedOf, type FeedSource } from '../../src/lib/feeds/feeds';
import { feedSource, uuidOf } from '../../src/lib/feeds/feeds.server';
import { atomXml, jsonFeed, type FeedAddress } from '../../src/lib/feeds/formats';
import { feedPath } from '../../src/lib/site/pages';
import { readCsv } from '../csvTotals';

type Source = FeedSource & { asOf: string };
let source: Source;

beforeAll(async () => {
	source = await feedSource(await openDataDirectory('data'));
});
afterEach(() => {
	vi.useRealTimers();
});

const address = (name: string, root: string | null = null): FeedAddress => ({
	root,
	atom: feedPath('en', name, 'atom'),
	json: feedPath('en', name, 'json'),
	idOf: (key) => uuidOf(`en:${name}:${key}`)
});

/** The feed as a reader parses it: entries with their title, date, link and picture. */
function parseAtom(xml: string) {
	const doc = new new Window().DOMParser().parseFromString(xml, 'application/xml');
	expect(doc.querySelector('parsererror')).toBeNull();
	return {
		title: doc.querySelector('feed > title')?.textContent,
		updated: doc.querySelector('feed > updated')?.textContent,
		entries: [...doc.querySelectorAll('entry')].map((e) => ({
			id: e.querySelector('id')?.textContent ?? '',
			title: e.querySelector('title')?.textContent ?? '',
			updated: e.querySelector('updated')?.textContent ?? '',
			link: e.querySelector('link[rel="alternate"]')?.getAttribute('href') ?? '',
			image: e.querySelector('link[rel="enclosure"]')?.getAttribute('href') ?? '',
			summary: e.querySelector('summary')?.textContent ?? ''
		}))
	};
}

describe('the prisoners feed', () => {
	const log = readCsv('data/changes.csv');
	const people = new Map(readCsv('data/prisoners.csv').map((p) => [p.id!, p]));

	it('lists the newest changes of the log, newest first, each linking to the profile and its card', () => {
		const feed = feedOf(source, 'prisoners', 'en')!;
		const newestDates = log.map((c) => c.date!).sort().reverse().slice(0, FEED_ENTRIES);
		expect(feed.entries.map((e) => e.date)).toEqual(newestDates);
		const parsed = parseAtom(atomXml(feed, address('prisoners'), source.asOf));
		expect(parsed.entries).toHaveLength(FEED_ENTRIES);
		const first = parsed.entries[0]!;
		const newestChange = log.filter((c) => c.date === newestDates[0]);
		const person = people.get(newestChange.map((c) => c.person!).sort()[0]!)!;
		expect(first.title).toContain(person.name_en);
		expect(first.updated).toBe(`${newestDates[0]}T00:00:00Z`);
		expect(first.link).toBe(`../../prisoners/${person.id}/`);
		expect(first.image).toBe(`../../cards/en/prisoners/${person.id}.png`);
		expect(parsed.updated).toBe(`${newestDates[0]}T00:00:00Z`);
	});

	it('words a change in Russian in the person’s grammatical gender', () => {
		const ru = feedOf(source, 'prisoners', 'ru')!;
		const added = ru.entries.find((e) => e.key.includes('/added/'));
		const id = added!.key.split('/')[1]!;
		const person = people.get(id)!;
		expect(added!.title).toBe(`${person.gender === 'female' ? 'Добавлена' : person.gender === 'male' ? 'Добавлен' : 'Добавлен(а)'} в список: ${person.name_ru}`);
	});

	it('writes absolute addresses when the site’s address is known, and the same ids either way', () => {
		const feed = feedOf(source, 'prisoners', 'en')!;
		const relative = parseAtom(atomXml(feed, address('prisoners'), source.asOf));
		const absolute = parseAtom(atomXml(feed, address('prisoners', 'https://example.org'), source.asOf));
		expect(absolute.entries[0]!.link).toMatch(/^https:\/\/example\.org\/prisoners\/[a-z0-9-]+\/$/);
		expect(absolute.entries.map((e) => e.id)).toEqual(relative.entries.map((e) => e.id));
		expect(new Set(relative.entries.map((e) => e.id)).size).toBe(relative.entries.length);
	});
});

describe('a single-value view’s feed', () => {
	const articles = new Map(readCsv('data/articles.csv').map((a) => [a.code!, a.charge_type!]));
	const events = readCsv('data/detentions.csv');
	const people = readCsv('data/prisoners.csv');

	it('holds the newest events of that value and the changes about people charged under it, and nothing else', () => {
		const feed = feedOf(source, 'detentions/charge/antiwar_speech', 'en')!;
		expect(feed.entries.length).toBe(FEED_ENTRIES);
		const eventIds = new Set(events.filter((e) => articles.get(e.article!) === 'antiwar_speech').map((e) => `event/${e.id}`));
		const personIds = new Set(people.filter((p) => p.case_category === 'antiwar_speech' || p.articles!.split(';').some((a) => articles.get(a) === 'antiwar_speech')).map((p) => p.id!));
		for (const entry of feed.entries) {
			if (entry.key.startsWith('event/')) expect(eventIds.has(entry.key)).toBe(true);
			else expect(personIds.has(entry.key.split('/')[1]!)).toBe(true);
		}
		const dates = feed.entries.map((e) => e.date);
		expect(dates).toEqual([...dates].sort().reverse());
		expect(feed.title).toBe('What changed — charge type: Anti-war speech');
	});

	it('has events only, in a view no person belongs to by that dimension (event type)', () => {
		const type = events[0]!.event_type!;
		const feed = feedOf(source, `detentions/event/${type}`, 'en')!;
		expect(feed.entries.length).toBeGreaterThan(0);
		expect(feed.entries.every((e) => e.key.startsWith('event/'))).toBe(true);
	});

	it('does not exist for a value or dimension the data does not have', () => {
		expect(feedOf(source, 'detentions/region/RU-XX', 'en')).toBeNull();
		expect(feedOf(source, 'detentions/colour/red', 'en')).toBeNull();
		expect(feedOf(source, 'detentions/region/RU-MOW/extra', 'en')).toBeNull();
	});
});

describe('feeds from the same data', () => {
	it('are byte-identical whatever the clock says and however often the data is loaded', async () => {
		const names = ['detentions', 'prisoners', 'figures', 'detentions/region/RU-MOW'];
		const write = (s: Source) => names.flatMap((n) => [atomXml(feedOf(s, n, 'ru')!, address(n), s.asOf), jsonFeed(feedOf(s, n, 'en')!, address(n))]);
		vi.useFakeTimers({ now: new Date('2031-01-01T12:00:00Z'), toFake: ['Date'] });
		const first = write(source);
		vi.setSystemTime(new Date('2027-06-15T03:00:00Z'));
		const second = write(await feedSource(await openDataDirectory('data')));
		expect(second).toEqual(first);
		expect(first.join('')).not.toContain('2031-01-01');
		expect(first.join('')).not.toContain('2027-06-15');
	});
});

describe('text from data in a feed', () => {
	it('stays text in Atom and JSON Feed, and a control character never breaks the XML', () => {
		const hostile = '</summary><script>alert(1)</script> & "quotes" \u0001';
		const person = source.people[0]!;
		const tampered: Source = { ...source, changes: [{ date: '2030-01-01', person: person.id, change: 'corrected', noteEn: hostile, noteRu: hostile }] };
		const feed = feedOf(tampered, 'prisoners', 'en')!;
		const parsed = parseAtom(atomXml(feed, address('prisoners'), tampered.asOf));
		expect(parsed.entries).toHaveLength(1);
		expect(parsed.entries[0]!.summary.startsWith('</summary><script>alert(1)</script> & "quotes" ')).toBe(true);
		const json = JSON.parse(jsonFeed(feed, address('prisoners'))) as { items: { content_text: string; date_published: string }[] };
		expect(json.items[0]!.content_text.startsWith(hostile)).toBe(true);
		expect(json.items[0]!.date_published).toBe('2030-01-01T00:00:00Z');
	});
});

describe('the birthday calendar', () => {
	const held = new Set(['pretrial_detention', 'imprisoned', 'compulsory_treatment']);
	const rows = readCsv('data/prisoners.csv');
	const href = (path: string) => `https://example.org${path}`;
	it('has one yearly event for each person with a published birth date, held, with a letter address', () => {
		const ics = birthdayCalendar(source.people, 'en', href, (id) => `birthday-${id}`);
		const expected = rows.filter((p) => p.birth_date && held.has(p.status!) && p.letter_address!.trim() !== '');
		expect(expected.length).toBeGreaterThan(0);
		const events = ics.split('BEGIN:VEVENT').slice(1).map((e) => e.replace(/\r\n /g, ''));
		expect(events).toHaveLength(expected.length);
		for (const person of expected) {
			const event = events.find((e) => e.includes(`UID:birthday-${person.id}\r\n`))!;
			expect(event).toContain(`DTSTART;VALUE=DATE:${person.birth_date!.replace(/-/g, '')}`);
			expect(event).toContain('RRULE:FREQ=YEARLY');
			expect(event).toContain(`URL:https://example.org/prisoners/${person.id}/#letter-heading`);
			expect(event).toContain(`SUMMARY:Birthday: ${person.name_en}`);
		}
	});

	it('writes lines of at most 75 octets ending in CRLF, folded where Cyrillic would not fit', () => {
		const ru = birthdayCalendar(source.people, 'ru', href, (id) => `birthday-${id}`);
		expect(ru.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(ru.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		for (const line of ru.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		expect(ru).toContain('\r\n ');
	});

	it('brings a 29 February birthday back every year, and escapes what iCalendar reserves', () => {
		const someone = source.people.find((p) => p.letterAddress && held.has(p.status))!;
		const person: Prisoner = { ...someone, id: 'leap', birthYear: 1980, birthDate: '1980-02-29', letterAddress: 'ул. Примерная, д. 1; кв. 2' };
		const ics = birthdayCalendar([person], 'ru', href, (id) => id).replace(/\r\n /g, '');
		expect(ics).toContain('RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1');
		expect(ics).toContain('ул. Примерная\\, д. 1\\; кв. 2');
	});
});

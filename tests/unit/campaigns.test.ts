// Collections, posters, the letter evening and days in custody, as the people who use them meet them: a collection's
// people in the curator's order and what they add up to (against sums from the CSV alone), days in custody counted
// to the day a page is opened, birthdays in the coming days, and a QR code that reads back as the profile's address.
import jsQR from 'jsqr';
import { beforeAll, describe, expect, it } from 'vitest';
import Poster from '../../src/lib/collections/Poster.svelte';
import { qrDrawing } from '../../src/lib/collections/qr';
import { collectionPageData, type CollectionPageData } from '../../src/lib/collections/pageData';
import { collectionList, collectionsOf } from '../../src/lib/db/collections';
import { openDataDirectory } from '../../src/lib/db/node';
import type { Prisoner } from '../../src/lib/db/queries';
import type { Database } from '../../src/lib/db/types';
import { byFacility, byYearOnly, comingBirthdays, recipientsOf } from '../../src/lib/letters/recipients';
import { custodySpan } from '../../src/lib/prisoners/custody';
import { renderHtml } from '../charts/svg';
import { readCsv } from '../csvTotals';

const HELD = new Set(['pretrial_detention', 'imprisoned', 'compulsory_treatment']);
const dayDiff = (a: string, b: string) => (Date.UTC(+b.slice(0, 4), +b.slice(5, 7) - 1, +b.slice(8, 10)) - Date.UTC(+a.slice(0, 4), +a.slice(5, 7) - 1, +a.slice(8, 10))) / 86_400_000;

let db: Database;
let demo: CollectionPageData;
beforeAll(async () => {
	db = await openDataDirectory('data');
	const [first] = readCsv('data/collections.csv');
	demo = (await collectionPageData(db, first!.slug!))!;
});

describe('a collection', () => {
	it('lists every collection of collections.csv with its number of people', async () => {
		const members = readCsv('data/collection_members.csv');
		const list = await collectionList(db);
		expect(list.map((c) => c.slug)).toEqual(readCsv('data/collections.csv').map((c) => c.slug));
		for (const c of list) expect(c.people).toBe(members.filter((m) => m.collection === c.slug).length);
	});

	it('gives its people in the curator’s order, and adds up what the CSV says', () => {
		const slug = demo.collection.slug;
		const rows = readCsv('data/collection_members.csv').filter((m) => m.collection === slug);
		const order = [...rows].sort((a, b) => Number(a.position) - Number(b.position)).map((m) => m.prisoner_id);
		expect(demo.members.map((m) => m.person.id)).toEqual(order);
		expect(demo.members.length).toBeGreaterThanOrEqual(12);

		const people = readCsv('data/prisoners.csv').filter((p) => order.includes(p.id!));
		expect(demo.summary.people).toBe(people.length);
		expect(demo.summary.held).toBe(people.filter((p) => HELD.has(p.status!)).length);
		const years = people.filter((p) => p.punishment === 'imprisonment' && p.sentence_years).reduce((sum, p) => sum + Number(p.sentence_years), 0);
		expect(demo.summary.prisonYears).toBeCloseTo(years, 5);
		const regions = new Set(people.map((p) => p.region));
		expect(demo.summary.regions.map((r) => r.code).sort()).toEqual([...regions].sort());
		expect(demo.summary.regions.reduce((sum, r) => sum + r.people, 0)).toBe(people.length);
	});

	it('is named on the profile of each of its people', async () => {
		const [m] = demo.members;
		expect((await collectionsOf(db, m!.person.id)).map((c) => c.slug)).toContain(demo.collection.slug);
	});
});

const person = (over: Partial<Prisoner>): Prisoner => ({
	id: 'p', nameRu: 'Анна Пример', nameEn: 'Anna Primer', birthYear: 1990, birthDate: null, gender: 'female', region: 'RU-MOW', articles: ['uk-207.3'], articlesRaw: null,
	caseCategory: 'antiwar_speech', arrestedOn: '2024-02-29', sentencedOn: null, appealOn: null, sentenceYears: null, punishment: null, fineRub: null,
	sentenceRaw: null, status: 'pretrial_detention', releasedOn: null, facility: 'СИЗО-0', letterAddress: '000000, Примерск, СИЗО-0, Пример Анне', letterServices: 'ФСИН-Письмо',
	bioRu: null, bioEn: null, photo: null, recognizedBy: null, sourceUrl: null, updatedOn: '2026-11-01', ...over
});

describe('days in custody', () => {
	it('counts from the arrest to the day the page is opened while the person is held', () => {
		const held = person({});
		expect(custodySpan(held, '2026-11-01')).toEqual({ kind: 'held', days: dayDiff('2024-02-29', '2026-11-01'), from: '2024-02-29', until: '2026-11-01' });
		// Printed a month later, the poster says a month more.
		expect(custodySpan(held, '2026-12-01')!.days - custodySpan(held, '2026-11-01')!.days).toBe(30);
	});

	it('counts to the release for someone released, whatever the day', () => {
		const released = person({ status: 'released', releasedOn: '2025-03-01' });
		expect(custodySpan(released, '2026-11-01')).toEqual({ kind: 'served', days: dayDiff('2024-02-29', '2025-03-01'), from: '2024-02-29', until: '2025-03-01' });
		expect(custodySpan(released, '2030-01-01')!.days).toBe(custodySpan(released, '2026-11-01')!.days);
	});

	it('counts nothing it cannot know: no arrest date, or a sentence served at liberty', () => {
		expect(custodySpan(person({ arrestedOn: null }), '2026-11-01')).toBeNull();
		expect(custodySpan(person({ status: 'non_custodial', punishment: 'fine' }), '2026-11-01')).toBeNull();
	});
});

describe('the poster', () => {
	const demoPerson = () => demo.members[0]!.person;
	const render = (locale: 'en' | 'ru') => {
		const p = demoPerson();
		return renderHtml(
			Poster,
			{ person: p, articles: new Map(demo.articles.map((a) => [a.code, a])), region: demo.regions.find((r) => r.code === p.region), profileHref: `/prisoners/${p.id}/`, profilePath: `/prisoners/${p.id}/`, demo: true },
			locale
		);
	};

	it('names the person, the charge in words, the days in custody and how to write, in Russian', () => {
		const p = demoPerson();
		const html = render('ru');
		expect(html).toContain(p.nameRu);
		const article = demo.articles.find((a) => a.code === p.articles[0])!;
		expect(html).toContain(article.titleRu);
		expect(html).toMatch(/\d+ (день|дня|дней) в заключении/);
		expect(html).toContain(p.letterAddress!);
		expect(html).toContain('Демо: вымышленный человек');
	});

	it('counts the days to the date of the information before the browser knows today, and says so', () => {
		const p = demoPerson();
		const days = dayDiff(p.arrestedOn!, p.releasedOn ?? p.updatedOn).toLocaleString('en-US');
		expect(render('en')).toContain(`${days} days in custody`);
		if (!p.releasedOn) expect(render('en')).toContain('the date of this information');
	});
});

describe('the QR code', () => {
	/** The drawing's path, filled into pixels as a printer would, with a quiet zone, then read back by a decoder. */
	function decode(text: string): string | null {
		const { size, path } = qrDrawing(text);
		const scale = 6;
		const quiet = 4;
		const side = (size + 2 * quiet) * scale;
		const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
		for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
			for (let py = 0; py < scale; py++)
				for (let px = 0; px < Number(w) * scale; px++) {
					const i = (((Number(y) + quiet) * scale + py) * side + (Number(x) + quiet) * scale + px) * 4;
					pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
				}
		}
		return jsQR(pixels, side, side)?.data ?? null;
	}

	it('reads back as the profile’s address, short or long', () => {
		const address = 'https://example.org/ru/prisoners/olga-burteninskaya/';
		expect(decode(address)).toBe(address);
		expect(decode('https://mirror.example/some/path/prisoners/a-very-long-identifier-of-a-person-with-a-double-surname/')).toBe(
			'https://mirror.example/some/path/prisoners/a-very-long-identifier-of-a-person-with-a-double-surname/'
		);
	});
});

describe('the letter evening', () => {
	const withDate = (id: string, birthDate: string | null, over: Partial<Prisoner> = {}) => ({ ...person({ id, ...over }), birthDate }) as Prisoner;

	it('takes everyone held whose address is known, and no one else', () => {
		const people = [withDate('a', null), withDate('b', null, { status: 'released' }), withDate('c', null, { letterAddress: null }), withDate('d', null, { status: 'imprisoned' })];
		expect(recipientsOf(people).map((r) => r.id).sort()).toEqual(['a', 'd']);
	});

	it('places birthdays with a full date in the coming days, across the new year, and the rest by year only', () => {
		const people = recipientsOf([withDate('soon', '1990-12-20'), withDate('new-year', '1985-01-15'), withDate('far', '1970-06-01'), withDate('year-only', null), withDate('leap', '1992-02-29')]);
		const coming = comingBirthdays(people, '2026-12-07', 60);
		expect(coming.map((b) => [b.recipient.id, b.date, b.turns, b.inDays])).toEqual([
			['soon', '2026-12-20', 36, 13],
			['new-year', '2027-01-15', 42, 39]
		]);
		expect(comingBirthdays(people, '2027-02-01', 30).map((b) => [b.recipient.id, b.date])).toEqual([['leap', '2027-02-28']]);
		expect(byYearOnly(people).map((r) => r.id)).toEqual(['year-only']);
	});

	it('groups addresses by facility with the electronic services it takes', () => {
		const people = recipientsOf([withDate('a', null), withDate('b', null, { letterServices: 'ZT' }), withDate('c', null, { facility: 'ИК-1', letterServices: null })]);
		expect(byFacility(people).map((f) => [f.name, f.services, f.recipients.length])).toEqual([
			['СИЗО-0', ['ZT', 'ФСИН-Письмо'], 2],
			['ИК-1', [], 1]
		]);
	});
});

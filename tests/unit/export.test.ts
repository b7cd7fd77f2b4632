import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Article, Region } from '../../src/lib/db/queries';
import { toCsv } from '../../src/lib/export/csv';
import { createI18n } from '../../src/lib/i18n/i18n';
import type { PrisonerEntry } from '../../src/lib/prisoners/entries';
import { prisonerListTable } from '../../src/lib/prisoners/personFacts';

describe('toCsv', () => {
	it('neutralises text that a spreadsheet would run as a formula, multi-line cells included', () => {
		const hostile = ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\r=1', '=1\n=2'];
		const csv = toCsv(['text'], hostile.map((h) => [h]));
		const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.slice(1).map((r) => r[0]);
		expect(parsed).toEqual(hostile.map((h) => `'${h}`));
		expect(parsed.every((cell) => !/^[=+\-@\t\r]/.test(cell!))).toBe(true);
	});

	it('keeps numbers, negative ones too, and ordinary text as they are', () => {
		const csv = toCsv(['region', 'detained', 'change'], [['Москва, центр', 1200, -3], ['Say "no"', null, 0]]);
		expect(Papa.parse<string[]>(csv, { skipEmptyLines: true }).data).toEqual([
			['region', 'detained', 'change'],
			['Москва, центр', '1200', '-3'],
			['Say "no"', '', '0']
		]);
	});
});

describe('the prisoners list as a CSV', () => {
	const person = (id: string, patch: Partial<PrisonerEntry> = {}): PrisonerEntry => ({
		id, nameRu: 'Анна Петрова', nameEn: 'Anna Petrova', birthYear: 1980, gender: 'female', region: 'RU-MOW', articles: ['uk-207.3'], caseCategory: 'antiwar_speech',
		arrestedOn: '2022-03-05', sentenceYears: 5.5, punishment: 'imprisonment', status: 'imprisoned', releasedOn: null, photo: null, hasLetterAddress: true,
		letterAddress: '000000, ФКУ ИК-0, Петровой Анне', ...patch
	});
	const lookups = {
		regions: new Map([['RU-MOW', { code: 'RU-MOW', nameRu: 'Москва', nameEn: 'Moscow' } as Region]]),
		articles: new Map([['uk-207.3', { code: 'uk-207.3', shortRu: 'УК 207.3', shortEn: 'CC 207.3' } as Article]])
	};
	const list = [person('a'), person('b', { nameEn: '=HYPERLINK("http://evil","x")', letterAddress: null, hasLetterAddress: false, sentenceYears: null, punishment: null, status: 'pretrial_detention' })];

	it('writes every person in the list’s order, in the page’s language, with the address, the profile and the credit on each row', () => {
		const table = prisonerListTable(createI18n(() => 'ru'), list, lookups, (id) => `https://example.org/ru/prisoners/${id}/`, 'Источник: демо.');
		const rows = Papa.parse<string[]>(toCsv(table.columns, table.rows), { skipEmptyLines: true }).data;
		expect(rows[0]).toEqual(['Имя', 'Имя латиницей', 'Регион', 'Обвинения', 'Статус', 'Наказание', 'Арест', 'Адрес для писем', 'Профиль', 'Источник']);
		expect(rows[1]).toEqual(['Анна Петрова', 'Anna Petrova', 'Москва', 'УК 207.3', 'В заключении', 'лишение свободы, 5,5 года', '2022-03-05', '000000, ФКУ ИК-0, Петровой Анне', 'https://example.org/ru/prisoners/a/', 'Источник: демо.']);
		expect(rows[2]![1], 'a formula in a name is written as text').toBe(`'=HYPERLINK("http://evil","x")`);
		expect(rows[2]!.slice(5, 8)).toEqual(['', '2022-03-05', '']);
	});
});

import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/ingest/issues';
import { validateTableBytes, validateTableText } from '../../../src/lib/ingest/table';
import { resourceByName } from '../../../src/lib/schema/package';
import { encode1251 } from '../encode1251';

const detentions = resourceByName('detentions')!;
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

describe('validateTableText on a good file', () => {
	const table = validateTableText(fixture('good/detentions.csv'), detentions, 'detentions.csv');

	it('keeps every row, typed, with empty cells as null (unknown), not zero', () => {
		expect(table.issues).toEqual([]);
		expect(table.rows).toHaveLength(4);
		expect(table.rows[0]).toMatchObject({ id: 't-1', detained: 120, article: 'koap-20.2', date: '2022-02-24' });
		expect(table.rows[2]!.detained).toBeNull();
		expect(table.rows[1]!.description_ru).toBe('Многострочное\nописание "в кавычках"');
		expect(table.lines).toEqual([2, 3, 5, 6]);
	});
});

describe('validateTableText on a broken file', () => {
	const table = validateTableText(fixture('broken/detentions.csv'), detentions, 'detentions.csv');
	const messages = table.issues.map(formatIssue);

	it('points at each problem by file, editor line and column', () => {
		expect(messages).toContain('detentions.csv:2:2: date: "2022-02-30" is not a date that exists (year-month-day)');
		expect(messages).toContain('detentions.csv:3:8: detained: must be at least 0; found -3');
		expect(messages).toContain('detentions.csv:4:8: detained: must be a whole number; found 2.5');
		expect(messages).toContain('detentions.csv:4:11: source_url: links must start with http:// or https://; found "javascript:alert(1)"');
		expect(messages).toContain('detentions.csv:5:2: date: dates are written year-month-day: write 2022-03-06 instead of "06.03.2022" (format the column as text before saving)');
	});

	it('counts the quoted multi-line cell when numbering the lines after it', () => {
		expect(messages.some((m) => m.startsWith('detentions.csv:7: this row has 10 cells but the header has 11 columns'))).toBe(true);
		expect(messages).toContain('detentions.csv:9:1: id "b-1" is already used on line 2; each row needs its own');
	});

	it('reports a stray quote and still keeps the valid rows after it', () => {
		expect(messages.some((m) => m.startsWith('detentions.csv:10: a quote (")'))).toBe(true);
		expect(table.rows.map((r) => r.id)).toEqual(['b-6', 'b-8']);
	});

	it('reports a duplicate id even when the first row with it was invalid', () => {
		// b-1 on line 2 has an impossible date; the second b-1 is valid and kept.
		expect(table.rows.some((r) => r.id === 'b-1')).toBe(false);
	});
});

describe('the same data saved in different ways', () => {
	const csv = fixture('good/detentions.csv');
	const reference = validateTableText(csv, detentions, 'detentions.csv').rows;
	// Re-saved with ";" the way a spreadsheet does: every cell kept, quoting where needed.
	const semicolons = Papa.unparse(Papa.parse<string[]>(csv.trim()).data, { delimiter: ';', newline: '\n' });
	const variants: [string, Uint8Array][] = [
		['UTF-8', new TextEncoder().encode(csv)],
		['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv)])],
		['CRLF', new TextEncoder().encode(csv.replace(/\n/g, '\r\n'))],
		['Windows-1251', encode1251(csv)],
		['semicolons', new TextEncoder().encode(semicolons)],
		['Windows-1251, semicolons, CRLF', encode1251(semicolons.replace(/\n/g, '\r\n'))]
	];

	it.each(variants)('%s gives the same rows', (_, bytes) => {
		const table = validateTableBytes(bytes, detentions, 'detentions.csv');
		expect(table.issues).toEqual([]);
		const normalise = (rows: typeof reference) => rows.map((r) => ({ ...r, description_ru: String(r.description_ru).replace(/\r\n/g, '\n') }));
		expect(normalise(table.rows)).toEqual(normalise(reference));
	});

	it('detects the encoding', () => {
		expect(validateTableBytes(encode1251(csv), detentions, 'x.csv').encoding).toBe('windows-1251');
	});
});

describe('headers', () => {
	it('names unknown, duplicate and missing columns on line 1', () => {
		const table = validateTableText('id,date,date,colour\n', detentions, 'd.csv');
		const messages = table.issues.map(formatIssue);
		expect(messages).toContain('d.csv:1:3: column "date" appears twice (first as column B)');
		expect(messages.some((m) => m.startsWith('d.csv:1:4: column "colour" is not part of detentions'))).toBe(true);
		expect(messages).toContain('d.csv:1: required column "region" is missing from the header');
	});

	it('accepts columns in any order', () => {
		const text = 'topic,event_type,region,date,id\nantiwar,picket,RU-MOW,2022-03-06,x-1\n';
		const table = validateTableText(text, detentions, 'd.csv');
		expect(table.issues).toEqual([]);
		expect(table.rows[0]).toMatchObject({ id: 'x-1', region: 'RU-MOW', detained: null });
	});

	it('says an empty file is empty', () => {
		expect(validateTableText('', detentions, 'd.csv').issues.map(formatIssue)[0]).toMatch(/^d\.csv:1: the file is empty/);
	});
});

describe('a published birth date', () => {
	const prisoners = resourceByName('prisoners')!;
	const header = 'id,name_ru,name_en,birth_year,birth_date,region,articles,case_category,status,updated_on';
	const row = (id: string, year: string, date: string) => `${id},Имя,Name,${year},${date},RU-MOW,uk-207.3,antiwar_speech,imprisoned,2026-11-01`;

	it('is kept when its year is birth_year, and refused with what to do when it is not or birth_year is empty', () => {
		const table = validateTableText([header, row('a', '1980', '1980-03-05'), row('b', '1981', '1980-03-05'), row('c', '', '1980-03-05'), row('d', '1980', '05.03.1980')].join('\n'), prisoners, 'prisoners.csv');
		expect(table.rows.map((r) => [r.id, r.birth_date])).toEqual([['a', '1980-03-05']]);
		expect(table.issues.map(formatIssue)).toEqual([
			'prisoners.csv:3:5: birth_date: birth date 1980-03-05 is not in birth_year 1981; correct one of the two (the year of a published birth date is the birth year)',
			'prisoners.csv:4:4: birth_year: is empty, but birth_date is 1980-03-05; write 1980 here too, or leave birth_date empty',
			'prisoners.csv:5:5: birth_date: dates are written year-month-day: write 1980-03-05 instead of "05.03.1980" (format the column as text before saving)'
		]);
	});
});

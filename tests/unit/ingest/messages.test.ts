// The file check speaks its reader's language: every problem has an English and a Russian wording naming the same
// values, a broken file checked in Russian gets Russian lines at the very places data:check prints in English, and no
// English sentence is left in them.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translateCount } from '../../../src/lib/i18n/i18n';
import { messagesOf, type MessageKey } from '../../../src/lib/i18n/messages';
import { checkFile } from '../../../src/lib/ingest/checkFile';
import { formatIssue, type DataIssue } from '../../../src/lib/ingest/issues';
import { PROBLEM_CODES, wordProblem, type Problem } from '../../../src/lib/ingest/problems';
import { dataPackage } from '../../../src/lib/schema/package';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
const template = (locale: 'en' | 'ru', code: string) => messagesOf(locale)[`issue.${code}` as MessageKey] as string;

const check = (fixture: string) => checkFile('detentions.csv', readFileSync(fixture), (r) => readFileSync(`data/${r.path}`)).issues;
const place = (line: string) => line.slice(0, line.indexOf(': '));

const FIXTURES = [
	'tests/fixtures/broken/detentions.csv',
	...['01-ragged-short', '03-bad-quote', '04-unclosed-quote', '09-windows-1251', '12-empty', '13-duplicate-headers', '14-unknown-column', '15-missing-required-column', '17-dotted-date', '21-unknown-code', '22-duplicate-id', '23-empty-required', '26-javascript-link'].map(
		(name) => `tests/fixtures/bad/${name}.csv`
	)
];

/** Every column name of the package and every file name: written as they are in both languages. */
const NAMES = new Set(dataPackage.resources.flatMap((r) => [r.name, r.path, ...r.schema.fields.map((f) => f.name)]));
const ENGLISH = /\b(must|found|columns?|cells?|rows?|line|header|file|is|not|the|write|check|expected|required|empty|already|instead|before)\b/i;

/** A Russian line without its place, quoted values («…», "…") and the package's own names. */
function wordsOf(line: string): string {
	return line
		.slice(place(line).length + 2)
		.replace(/«[^»]*»|"[^"]*"/g, ' ')
		.split(/[\s,;:()]+/)
		.filter((word) => !NAMES.has(word))
		.join(' ');
}

describe('problem wordings', () => {
	it('words every problem in English and Russian with the same values', () => {
		expect(PROBLEM_CODES.length).toBeGreaterThanOrEqual(30);
		for (const code of PROBLEM_CODES) {
			const en = template('en', code);
			const ru = template('ru', code);
			expect(en.trim(), code).not.toBe('');
			expect(ru.trim(), code).not.toBe('');
			expect(placeholders(ru), code).toEqual(placeholders(en));
			// Distinct values, so each one can be seen where its language puts it.
			const params = Object.fromEntries(placeholders(en).map((name, i) => [name, 100 + i]));
			for (const locale of ['en', 'ru'] as const) {
				const text = wordProblem({ code, params } as Problem, locale);
				expect(text, `${locale} ${code}`).not.toMatch(/[{}]/);
				for (const value of Object.values(params)) expect(text, `${locale} ${code}`).toContain(String(value));
			}
			expect(wordProblem({ code, params } as Problem, 'ru'), code).toMatch(/[а-яё]/i);
		}
	});

	it('has a wording only for problems the check reports', () => {
		const source = readdirSync('src/lib/ingest')
			.map((file) => readFileSync(`src/lib/ingest/${file}`, 'utf8'))
			.join('\n');
		for (const code of PROBLEM_CODES) expect(source, code).toContain(`'${code}'`);
	});

	it('agrees the counts of a ragged row with their nouns in Russian', () => {
		const width = (cells: number, columns: number) => wordProblem({ code: 'row.width', params: { cells, columns, delimiter: ';' } }, 'ru');
		expect(width(1, 21)).toMatch(/^в этой строке 1 ячейка, а в заголовке 21 столбец;/);
		expect(width(3, 2)).toMatch(/^в этой строке 3 ячейки, а в заголовке 2 столбца;/);
		expect(width(11, 5)).toMatch(/^в этой строке 11 ячеек, а в заголовке 5 столбцов;/);
	});

	it('counts the previewed rows in agreement with their noun', () => {
		const plain = (n: number) => translateCount('ru', 'check.preview', n).replace(/\s/g, ' ');
		expect(plain(1)).toBe('Первая 1 строка без ошибок');
		expect(plain(2)).toBe('Первые 2 строки без ошибок');
		expect(plain(5)).toBe('Первые 5 строк без ошибок');
		expect(plain(20)).toBe('Первые 20 строк без ошибок');
		expect(translateCount('en', 'check.preview', 5)).toBe('Preview of the first 5 valid rows');
	});
});

describe('a broken file checked in Russian', () => {
	it.each(FIXTURES)('%s: Russian lines at the places data:check prints', (fixture) => {
		const issues: DataIssue[] = check(fixture);
		expect(issues.length).toBeGreaterThan(0);
		const english = issues.map((issue) => formatIssue(issue));
		const russian = issues.map((issue) => formatIssue(issue, 'ru'));
		expect(issues.map((issue) => formatIssue(issue, 'en'))).toEqual(english);
		expect(russian.map(place)).toEqual(english.map(place));
		russian.forEach((line, i) => {
			expect(line).not.toBe(english[i]);
			expect(line).toMatch(/[а-яё]/i);
		});
	});

	it('leaves no English sentence in a Russian line, only quoted values and names from the package', () => {
		const russian = FIXTURES.flatMap((fixture) => check(fixture).map((issue) => formatIssue(issue, 'ru')));
		expect(russian.length).toBeGreaterThan(20);
		for (const line of russian) expect(wordsOf(line), line).not.toMatch(ENGLISH);
		// The filter above must be able to fail: the English lines it strips the same way are caught.
		const english = FIXTURES.flatMap((fixture) => check(fixture).map((issue) => formatIssue(issue)));
		for (const line of english) expect(wordsOf(line), line).toMatch(ENGLISH);
	});

	it('keeps field names and values as written: `date:` before the message, the value in quotes', () => {
		const russian = check('tests/fixtures/broken/detentions.csv').map((issue) => formatIssue(issue, 'ru'));
		expect(russian[0]).toBe('detentions.csv:2:2: date: «2022-02-30» — такой даты не существует (год-месяц-день)');
		expect(russian).toContain('detentions.csv:3:8: detained: нужно число не меньше 0, а указано -3');
		expect(russian).toContain('detentions.csv:8:3: region: значения «RU-XX» нет в столбце code файла regions.csv; укажите одно из перечисленных там или сначала добавьте его туда');
	});
});

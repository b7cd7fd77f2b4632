// The bad-input corpus (tests/fixtures/bad/): each broken or awkward file, checked as detentions.csv the way
// data:check FILE checks it (against the bundled reference tables), gets exactly the expected errors, at the right
// editor line and column, and keeps every valid row.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/ingest/issues';
import { checkFile } from '../../../src/lib/ingest/checkFile';
import { validateTableBytes } from '../../../src/lib/ingest/table';
import { resourceByName } from '../../../src/lib/schema/package';

/** For each file: the place and a telling part of each error, and the ids of the rows that must survive. */
const EXPECTED: Record<string, { issues: string[]; valid: string[]; encoding?: string; delimiter?: string }> = {
	'01-ragged-short.csv': { issues: ['3: this row has 4 cells but the header has 7 columns'], valid: ['r1', 'r3'] },
	'02-ragged-long.csv': { issues: ['3: this row has 8 cells but the header has 7 columns'], valid: ['r1', 'r3'] },
	'03-bad-quote.csv': { issues: ['3: a quote (") inside a cell must be doubled'], valid: ['r1', 'r3'] },
	'04-unclosed-quote.csv': { issues: ['3: a quoted cell is never closed'], valid: ['r1', 'r3', 'r4'] },
	'05-quoted-newlines.csv': { issues: ['5:2: date: "2022-02-30" is not a date that exists'], valid: ['r1'] },
	'06-bom.csv': { issues: [], valid: ['r1'] },
	'07-crlf.csv': { issues: [], valid: ['r1', 'r2'] },
	'08-semicolon.csv': { issues: [], valid: ['r1', 'r2'], delimiter: ';' },
	'09-windows-1251.csv': { issues: ['3:6: detained: must be a whole number; found "один"'], valid: ['r1'], encoding: 'windows-1251' },
	'10-empty-lines.csv': { issues: ['6:6: detained: must be at least 0; found -1'], valid: ['r1'] },
	'11-header-only.csv': { issues: [], valid: [] },
	'12-empty.csv': { issues: ['1: the file is empty'], valid: [] },
	'13-duplicate-headers.csv': { issues: ['1:3: column "date" appears twice (first as column B)'], valid: ['r1'] },
	'14-unknown-column.csv': { issues: ['1:6: column "colour" is not part of detentions'], valid: ['r1'] },
	'15-missing-required-column.csv': { issues: ['1: required column "region" is missing from the header'], valid: [] },
	'16-impossible-date.csv': { issues: ['3:2: date: "2022-02-30" is not a date that exists'], valid: ['r1'] },
	'17-dotted-date.csv': { issues: ['2:2: date: dates are written year-month-day: write 2022-03-06 instead of "06.03.2022"'], valid: [] },
	'18-negative-count.csv': { issues: ['2:6: detained: must be at least 0; found -3'], valid: [] },
	'19-fractional-count.csv': { issues: ['2:6: detained: must be a whole number; found 2.5'], valid: [] },
	'20-text-count.csv': { issues: ['2:6: detained: must be a whole number; found "many"'], valid: [] },
	'21-unknown-code.csv': { issues: ['2:4: event_type: "parade" is not a code in event_types.csv'], valid: [] },
	'22-duplicate-id.csv': { issues: ['3:1: id "r1" is already used on line 2'], valid: ['r1'] },
	'23-empty-required.csv': { issues: ['2:1: id: is required, but this cell is empty'], valid: ['r2'] },
	'24-huge-cell.csv': { issues: [], valid: ['r1'] },
	'25-formula-cells.csv': { issues: [], valid: ['r1', 'r2'] },
	'26-javascript-link.csv': { issues: ['2:6: source_url: links must start with http:// or https://'], valid: ['r2'] },
	'27-spaces-around-values.csv': { issues: [], valid: ['r1'] },
	'28-trailing-separator.csv': { issues: ['2: this row has 8 cells but the header has 7 columns'], valid: ['r2'] },
	'29-mixed-line-endings.csv': { issues: ['4:2: date: "2022-02-30" is not a date that exists'], valid: ['r1', 'r2'] },
	'30-cyrillic-quotes-commas.csv': { issues: [], valid: ['r1'] },
	'31-lone-cr.csv': { issues: ['3:2: date: "2022-02-30" is not a date that exists'], valid: ['r1'] },
	'32-header-spaces.csv': { issues: [], valid: ['r1'] },
	'33-only-blank-lines.csv': { issues: [], valid: [] }
};

const detentions = resourceByName('detentions')!;
const FOLDER = 'tests/fixtures/bad';

describe('bad-input corpus', () => {
	it('has an expectation for every file, and at least 30 files', () => {
		expect(readdirSync(FOLDER).sort()).toEqual(Object.keys(EXPECTED).sort());
		expect(Object.keys(EXPECTED).length).toBeGreaterThanOrEqual(30);
	});

	it.each(Object.entries(EXPECTED))('%s', (file, expected) => {
		const check = checkFile('detentions.csv', readFileSync(`${FOLDER}/${file}`), (r) => readFileSync(`data/${r.path}`));
		const table = check.table!;
		const shown = check.issues.map((issue) => formatIssue({ ...issue, file }));
		expect(shown).toHaveLength(expected.issues.length);
		expected.issues.forEach((start, i) => expect(shown[i]).toContain(`${file}:${start}`));
		expect(table.rows.map((r) => r.id)).toEqual(expected.valid);
		if (expected.encoding) expect(table.encoding).toBe(expected.encoding);
		if (expected.delimiter) expect(table.delimiter).toBe(expected.delimiter);
	});

	it('keeps text as written: formulas, huge cells, quotes inside cells', () => {
		const formulas = validateTableBytes(readFileSync(`${FOLDER}/25-formula-cells.csv`), detentions, 'f.csv');
		expect(formulas.rows.map((r) => r.description_ru)).toEqual(['=HYPERLINK("http://x","y")', '+7 999 000-00-00']);
		const huge = validateTableBytes(readFileSync(`${FOLDER}/24-huge-cell.csv`), detentions, 'h.csv');
		expect(String(huge.rows[0]!.description_ru)).toHaveLength(100_000);
		const quotes = validateTableBytes(readFileSync(`${FOLDER}/30-cyrillic-quotes-commas.csv`), detentions, 'q.csv');
		expect(quotes.rows[0]!.description_ru).toBe('«Нет войне», сказала она; "цитата"');
	});
});

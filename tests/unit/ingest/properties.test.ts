// Property tests (fast-check, fixed seed): any records survive a CSV round trip unchanged, and no input, however
// broken, makes the validator throw instead of reporting.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../../../src/lib/ingest/records';
import { validateTableText } from '../../../src/lib/ingest/table';
import { resourceByName } from '../../../src/lib/schema/package';

const SEED = 20220224;
/** Text with the characters that break naive CSV handling: Cyrillic, quotes, separators, line breaks. */
const awkward = fc.string({ unit: fc.constantFrom('а', 'Ж', 'ё', 'x', ' ', '"', ',', ';', '\n', '\r\n', '=', "'", '\t'), maxLength: 12 });

describe('CSV round trip', () => {
	it('gives back every record, cell for cell, whatever the text', () => {
		fc.assert(
			fc.property(fc.array(fc.array(awkward, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }), (rows) => {
				// A record whose cells are all empty is a blank line to a reader, and blank lines hold no data.
				const data = [['a', 'b', 'c'], ...rows.filter((r) => r.some((c) => c.trim() !== ''))];
				const text = Papa.unparse(data, { newline: '\n', quotes: true });
				const { records, issues } = readCsvRecords(text, 'f.csv');
				expect(issues).toEqual([]);
				expect(records.map((r) => r.cells)).toEqual(data);
			}),
			{ seed: SEED, numRuns: 300 }
		);
	});
});

describe('validator', () => {
	const detentions = resourceByName('detentions')!;
	it('reports, never throws, on any text', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 400 }), (text) => {
				const table = validateTableText(`id,date,region,event_type,topic\n${text}`, detentions, 'd.csv');
				expect(table.rows.length + table.issues.length).toBeGreaterThanOrEqual(0);
				for (const issue of table.issues) expect(issue.line).toBeGreaterThanOrEqual(1);
			}),
			{ seed: SEED, numRuns: 500 }
		);
	});

	it('keeps every valid row among broken ones', () => {
		fc.assert(
			fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 20 }), (valid) => {
				const lines = valid.map((ok, i) => (ok ? `r-${i},2022-03-06,RU-MOW,picket,antiwar` : `r-${i},2022-13-45,RU-MOW,"broken,antiwar`));
				const table = validateTableText(['id,date,region,event_type,topic', ...lines].join('\n'), detentions, 'd.csv');
				const kept = table.rows.map((r) => r.id);
				expect(kept).toEqual(valid.flatMap((ok, i) => (ok ? [`r-${i}`] : [])));
			}),
			{ seed: SEED, numRuns: 200 }
		);
	});
});

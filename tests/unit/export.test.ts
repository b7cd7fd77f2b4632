import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/export/csv';

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

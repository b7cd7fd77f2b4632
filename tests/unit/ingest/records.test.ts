import { describe, expect, it } from 'vitest';
import { detectDelimiter, readCsvRecords } from '../../../src/lib/ingest/records';

describe('readCsvRecords', () => {
	it('numbers lines as an editor does, counting the lines inside quoted cells', () => {
		const text = 'a,b\n1,"two\nlines"\n2,x\r\n3,"three\r\nmore\r\nlines"\r\n4,y';
		const { records, issues } = readCsvRecords(text, 'f.csv');
		expect(issues).toEqual([]);
		expect(records.map((r) => r.line)).toEqual([1, 2, 4, 5, 8]);
		expect(records[1]!.cells).toEqual(['1', 'two\nlines']);
	});

	it('passes over blank lines without shifting later line numbers', () => {
		const { records } = readCsvRecords('a,b\n\n1,x\n\n\n2,y\n', 'f.csv');
		expect(records.map((r) => [r.line, r.cells[0]])).toEqual([
			[1, 'a'],
			[3, '1'],
			[6, '2']
		]);
	});

	it('reports a broken quote on its line and keeps reading the rows after it', () => {
		const text = 'a,b\n1,ok\n2,"bad"q\n3,"never closed\n4,fine\n5,fine';
		const { records, issues } = readCsvRecords(text, 'f.csv');
		expect(issues.map((i) => i.line)).toEqual([3, 4]);
		expect(records.map((r) => r.cells[0])).toEqual(['a', '1', '4', '5']);
		expect(records.at(-1)!.line).toBe(6);
	});

	it('detects ";" from the header as Russian-locale Excel writes it', () => {
		expect(detectDelimiter('a;b;c\n1;2,5;3')).toBe(';');
		expect(detectDelimiter('a,b,c\n1,2,3')).toBe(',');
		expect(detectDelimiter('"a;b",c\n')).toBe(',');
	});
});

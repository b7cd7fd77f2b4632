// Article citations as prisoner lists write them, read into our codes with no part or point leaking in.
import { describe, expect, it } from 'vitest';
import { articleCodes, readCitation } from '../../src/lib/import/articles';

describe('articleCodes', () => {
	it('reads the ways lists cite articles', () => {
		expect(articleCodes('ч. 2 ст. 207.3 УК РФ')).toEqual(['uk-207.3']);
		expect(articleCodes('п. «д» ч. 2 ст. 207.3 УК РФ; ст. 280.3 УК РФ')).toEqual(['uk-207.3', 'uk-280.3']);
		expect(articleCodes('ст. 20.3.3 КоАП РФ')).toEqual(['koap-20.3.3']);
		expect(articleCodes('Art. 275 CC, art. 205.2')).toEqual(['uk-275', 'uk-205.2']);
		expect(articleCodes('ст. 207.3 УК, ст. 207.3 УК')).toEqual(['uk-207.3']);
		expect(articleCodes('обвинение не предъявлено')).toEqual([]);
	});

	it('reads parts and points written after the article number without taking them for articles', () => {
		expect(articleCodes('ст.ст. 205.2 ч.2, 280.4 ч.3 УК')).toEqual(['uk-205.2', 'uk-280.4']);
		expect(articleCodes('207.3 ч.1')).toEqual(['uk-207.3']);
		expect(articleCodes('ст. 207.3 ч. 2 п. «д», 280.3 ч. 1')).toEqual(['uk-207.3', 'uk-280.3']);
		expect(articleCodes('Article 207.3 Part 2 CC')).toEqual(['uk-207.3']);
		expect(articleCodes('Art. 280.3(2) CC')).toEqual(['uk-280.3']);
		expect(readCitation('ч. 2 ст. 207.3 УК РФ (2 эпизода)')).toEqual({ codes: ['uk-207.3'], generalPart: [] });
	});

	it('reads parts and points written before the article, however spaced', () => {
		expect(articleCodes('ч.1 ст.207.3 УК РФ')).toEqual(['uk-207.3']);
		expect(articleCodes('пп. «а», «б» ч. 2 ст. 207.3')).toEqual(['uk-207.3']);
		expect(articleCodes('чч. 1, 2 ст. 280.3')).toEqual(['uk-280.3']);
		expect(articleCodes('п. 2 ч. 1 ст. 212.1 УК')).toEqual(['uk-212.1']);
		expect(articleCodes('ч. 2 ст. 205.2 и ч. 1 ст. 280.4 УК РФ')).toEqual(['uk-205.2', 'uk-280.4']);
		expect(articleCodes('Part 2 of Article 207.3 of the Criminal Code')).toEqual(['uk-207.3']);
	});

	it('applies a law named once to the whole list before it, and keeps each law apart', () => {
		expect(articleCodes('ст. 20.3.3, 20.2 КоАП')).toEqual(['koap-20.3.3', 'koap-20.2']);
		expect(articleCodes('ст. 207.3; ст. 280.3 УК РФ')).toEqual(['uk-207.3', 'uk-280.3']);
		expect(articleCodes('ч. 1 ст. 280.3 УК РФ; ч. 1 ст. 20.3.3 КоАП РФ')).toEqual(['uk-280.3', 'koap-20.3.3']);
		expect(articleCodes('КоАП: ст. 20.2, 19.3')).toEqual(['koap-20.2', 'koap-19.3']);
		expect(articleCodes('ст. 20.2 Кодекса об административных правонарушениях')).toEqual(['koap-20.2']);
		expect(articleCodes('Arts. 205.2 and 280.4 CC; art. 20.3.3 CAO')).toEqual(['uk-205.2', 'uk-280.4', 'koap-20.3.3']);
	});

	it('keeps General Part articles (attempt, complicity) out of the charges', () => {
		expect(readCitation('ч. 1 ст. 30, п. «а» ч. 2 ст. 205 УК РФ')).toEqual({ codes: ['uk-205'], generalPart: ['uk-30'] });
		expect(readCitation('ч. 5 ст. 33, ч. 1 ст. 205.2 УК РФ')).toEqual({ codes: ['uk-205.2'], generalPart: ['uk-33'] });
	});

	it('takes an unknown article for what it says, so the importer can name it', () => {
		expect(articleCodes('ст. 999 УК РФ')).toEqual(['uk-999']);
	});
});

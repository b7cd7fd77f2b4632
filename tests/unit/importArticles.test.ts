import { describe, expect, it } from 'vitest';
import { articleCodes } from '../../src/lib/import/articles';

describe('articleCodes', () => {
	it('reads the ways lists cite articles', () => {
		expect(articleCodes('ч. 2 ст. 207.3 УК РФ')).toEqual(['uk-207.3']);
		expect(articleCodes('п. «д» ч. 2 ст. 207.3 УК РФ; ст. 280.3 УК РФ')).toEqual(['uk-207.3', 'uk-280.3']);
		expect(articleCodes('ст. 20.3.3 КоАП РФ')).toEqual(['koap-20.3.3']);
		expect(articleCodes('Art. 275 CC, art. 205.2')).toEqual(['uk-275', 'uk-205.2']);
		expect(articleCodes('ст. 207.3 УК, ст. 207.3 УК')).toEqual(['uk-207.3']);
		expect(articleCodes('обвинение не предъявлено')).toEqual([]);
	});
});

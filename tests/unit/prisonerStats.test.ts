import { describe, expect, it } from 'vitest';
import type { PrisonerEntry } from '../../src/lib/prisoners/entries';
import { translate } from '../../src/lib/i18n/i18n';
import { arrestsByMonth, custodyInterval, inCustodyByMonth, sentenceBin, tally } from '../../src/lib/prisoners/stats';

const person = (id: string, arrestedOn: string | null, releasedOn: string | null, status: string, sentenceYears: number | null = null): PrisonerEntry => ({
	id, nameRu: id, nameEn: id, birthYear: 1980, gender: 'female', region: 'RU-MOW', articles: ['uk-207.3'], caseCategory: 'antiwar_speech',
	arrestedOn, sentenceYears, punishment: sentenceYears === null ? null : 'imprisonment', status, releasedOn, photo: null, hasLetterAddress: false, letterAddress: null
});

const people = [
	person('a', '2022-03-15', null, 'imprisoned', 7),
	person('b', '2022-04-01', '2022-06-10', 'released', 1.5),
	person('c', '2022-05-20', null, 'pretrial_detention'),
	person('d', '2022-04-10', null, 'released'), // released on an unknown date
	person('e', null, null, 'imprisoned', 20),
	person('f', '2022-02-01', null, 'house_arrest')
];

describe('inCustodyByMonth', () => {
	const { series, leftOut } = inCustodyByMonth(people, '2022-08-20');

	it('counts the people held on the first of each month', () => {
		expect(series).toEqual([
			{ period: '2022-04-01', value: 2 }, // a, and b arrested that day
			{ period: '2022-05-01', value: 2 },
			{ period: '2022-06-01', value: 3 }, // c arrived
			{ period: '2022-07-01', value: 2 }, // b released 10 June
			{ period: '2022-08-01', value: 2 }
		]);
	});

	it('leaves out people whose custody dates are not known, and says how many', () => {
		expect(leftOut).toBe(3);
		expect(custodyInterval(people[3]!)).toBeNull();
		expect(custodyInterval(people[5]!)).toBeNull();
	});

	it('agrees with counting each month person by person', () => {
		for (const { period, value } of series) {
			const direct = people.filter((p) => {
				const i = custodyInterval(p);
				return i !== null && i.start <= period && (i.end === null || i.end > period);
			}).length;
			expect(value).toBe(direct);
		}
	});
});

describe('other counts', () => {
	it('counts arrests per month with zeros in between', () => {
		expect(arrestsByMonth(people, '2022-05-31')).toEqual([
			{ period: '2022-02-01', value: 1 },
			{ period: '2022-03-01', value: 1 },
			{ period: '2022-04-01', value: 2 },
			{ period: '2022-05-01', value: 1 }
		]);
	});

	it('bins sentences, with no sentence as its own bin', () => {
		expect(people.map(sentenceBin)).toEqual(['5_10', 'under_2', 'none', 'none', '15_plus', 'none']);
		expect(tally(people, sentenceBin, ['under_2', '2_5', '5_10', '10_15', '15_plus', 'none'])).toEqual([
			{ key: 'under_2', count: 1 },
			{ key: '5_10', count: 1 },
			{ key: '15_plus', count: 1 },
			{ key: 'none', count: 3 }
		]);
	});

	it('puts a term on a boundary in the bin whose label starts there, and says the upper bound is left out', () => {
		const at = (years: number) => sentenceBin(person('x', null, null, 'imprisoned', years));
		expect([1.99, 2, 4.99, 5, 9.5, 10, 15].map(at)).toEqual(['under_2', '2_5', '2_5', '5_10', '5_10', '10_15', '15_plus']);
		// Five years is counted once, and the bins' words agree: "5 to under 10", not "2 to 5" and "5 to 10".
		expect(translate('en', 'bin.2_5')).toBe('2 to under 5 years');
		expect(translate('en', 'bin.5_10')).toBe('5 to under 10 years');
		expect(translate('ru', 'bin.2_5')).toBe('от 2 до 5 лет (не включая 5)');
		expect(translate('ru', 'bin.15_plus')).toBe('15 лет и больше');
	});
});

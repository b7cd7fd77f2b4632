// Both languages read as a person wrote them: numbers agree with their nouns in every Russian plural form, and dates
// take the case their sentence needs, for every month.
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/i18n/format';
import { translateCount } from '../../src/lib/i18n/i18n';
import { messagesOf, type MessageKey } from '../../src/lib/i18n/messages';

const plain = (text: string) => text.replace(/\s/g, ' ');

describe('plurals', () => {
	it('gives every Russian counted message its one, few and many forms', () => {
		for (const [key, message] of Object.entries(messagesOf('ru'))) {
			if (typeof message === 'string') continue;
			expect(Object.keys(message).sort(), key).toEqual(['few', 'many', 'one', 'other']);
			expect(typeof messagesOf('en')[key as MessageKey], key).toBe('object');
		}
	});

	it('agrees the number with its noun in Russian', () => {
		const cases: [number, string][] = [
			[0, '0 задержаний'], [1, '1 задержание'], [2, '2 задержания'], [4, '4 задержания'], [5, '5 задержаний'], [11, '11 задержаний'],
			[12, '12 задержаний'], [14, '14 задержаний'], [21, '21 задержание'], [22, '22 задержания'], [25, '25 задержаний'], [101, '101 задержание'],
			[111, '111 задержаний'], [1921, '1 921 задержание'], [1923, '1 923 задержания'], [1925, '1 925 задержаний'], [20_000, '20 000 задержаний']
		];
		for (const [n, text] of cases) expect(plain(translateCount('ru', 'detentions.unit', n)), String(n)).toBe(text);
		expect(plain(translateCount('ru', 'count.events', 235))).toBe('235 событий');
		expect(plain(translateCount('ru', 'prisoners.years', 1.5))).toBe('1,5 года');
		expect(plain(translateCount('ru', 'punishment.fineAmount', 800_000))).toBe('штраф 800 000 рублей');
	});

	it('agrees the number with its noun in English', () => {
		expect(translateCount('en', 'detentions.unit', 1)).toBe('1 detention');
		expect(translateCount('en', 'detentions.unit', 1923)).toBe('1,923 detentions');
		expect(translateCount('en', 'count.events', 0)).toBe('0 events');
	});
});

describe('dates', () => {
	const months = Array.from({ length: 12 }, (_, i) => `2013-${String(i + 1).padStart(2, '0')}-05`);
	const EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
	const NOMINATIVE = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
	const GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

	it('names every month in English, one form for every place', () => {
		months.forEach((iso, i) => {
			for (const form of ['label', 'genitive', 'accusative'] as const) {
				expect(formatDate('en', iso, 'month', form)).toBe(`${EN[i]} 2013`);
				expect(formatDate('en', iso, 'day', form)).toBe(`5 ${EN[i]} 2013`);
			}
		});
	});

	it('puts every Russian month in the case its sentence needs: «с января 2013 года по декабрь 2013 года»', () => {
		months.forEach((iso, i) => {
			expect(formatDate('ru', iso, 'month')).toBe(`${NOMINATIVE[i]} 2013`);
			expect(formatDate('ru', iso, 'month', 'genitive')).toBe(`${GENITIVE[i]} 2013 года`);
			expect(formatDate('ru', iso, 'month', 'accusative')).toBe(`${NOMINATIVE[i]} 2013 года`);
			expect(formatDate('ru', iso, 'day', 'genitive')).toBe(`5 ${GENITIVE[i]} 2013 года`);
			expect(formatDate('ru', iso, 'day')).toBe(`5 ${GENITIVE[i]} 2013`);
		});
		expect(formatDate('ru', '2013-01-01', 'year', 'genitive')).toBe('2013 года');
		expect(formatDate('ru', '2014-01-01', 'year', 'accusative')).toBe('2014 год');
	});
});

// Dates as prisoner lists write them: digits, Russian and English words; a day that does not exist is refused.
import { describe, expect, it } from 'vitest';
import { parseSourceDate } from '../../src/lib/import/dates';

describe('parseSourceDate', () => {
	it('reads dates in digits', () => {
		expect(parseSourceDate('05.03.2022')).toBe('2022-03-05');
		expect(parseSourceDate('5.3.2022')).toBe('2022-03-05');
		expect(parseSourceDate('2022-03-05')).toBe('2022-03-05');
		expect(parseSourceDate(' 2022-03-05 00:00:00 ')).toBe('2022-03-05');
		expect(parseSourceDate('03.03.2024 г.')).toBe('2024-03-03');
	});

	it('reads dates in Russian words, with or without «г.»/«года»', () => {
		expect(parseSourceDate('5 марта 2022')).toBe('2022-03-05');
		expect(parseSourceDate('5 марта 2022 г.')).toBe('2022-03-05');
		expect(parseSourceDate('05 марта 2022 года')).toBe('2022-03-05');
		expect(parseSourceDate('1 мая 2023')).toBe('2023-05-01');
		expect(parseSourceDate('12 сент. 2023')).toBe('2023-09-12');
		expect(parseSourceDate('31 Декабря 2024г.')).toBe('2024-12-31');
	});

	it('reads dates in English words', () => {
		expect(parseSourceDate('5 March 2022')).toBe('2022-03-05');
		expect(parseSourceDate('March 5, 2022')).toBe('2022-03-05');
		expect(parseSourceDate('Sept 30 2023')).toBe('2023-09-30');
	});

	it('refuses days that do not exist and what is not a full date', () => {
		expect(parseSourceDate('31.02.2022')).toBeNull();
		expect(parseSourceDate('30 февраля 2024')).toBeNull();
		expect(parseSourceDate('2023-02-29')).toBeNull();
		expect(parseSourceDate('29 февраля 2024')).toBe('2024-02-29');
		expect(parseSourceDate('03/05/2022')).toBeNull();
		expect(parseSourceDate('март 2022')).toBeNull();
		expect(parseSourceDate('5 мартобря 2022')).toBeNull();
		expect(parseSourceDate('')).toBeNull();
	});
});

import { describe, expect, it } from 'vitest';
import { foldName, matchesName } from '../../src/lib/text/fold';

const names = (ru: string, en: string) => `${foldName(ru)} ${foldName(en)}`;
const finds = (query: string, ru: string, en: string) => matchesName(names(ru, en), foldName(query));

describe('name search', () => {
	it('finds a person by Cyrillic, Latin or lower-case spelling alike', () => {
		for (const q of ['Ivanov', 'Иванов', 'ivanov', 'ИВАНОВ', 'иванов']) expect(finds(q, 'Иван Иванов', 'Ivan Ivanov')).toBe(true);
	});

	it('finds a Cyrillic-only name from a Latin query, and the reverse', () => {
		expect(finds('ivanov', 'Иван Иванов', '')).toBe(true);
		expect(finds('Иванов', '', 'Ivan Ivanov')).toBe(true);
	});

	it('ignores ё/е and diacritics', () => {
		expect(finds('Федоров', 'Семён Фёдоров', 'Semyon Fyodorov')).toBe(true);
		expect(finds('Semen Fedorov', 'Семён Фёдоров', '')).toBe(true);
		expect(finds('Sëmyon', 'Семён Фёдоров', '')).toBe(true);
		expect(finds('Fëdorov', '', 'Semyon Fyodorov')).toBe(true);
	});

	it('folds the usual transliteration variants', () => {
		expect(finds('Evgeniy', 'Евгений Щукин', '')).toBe(true);
		expect(finds('Yevgeny Schukin', 'Евгений Щукин', '')).toBe(true);
		expect(finds('Shchukin', 'Евгений Щукин', '')).toBe(true);
		expect(finds('Aleksandr', 'Александр Цой', '')).toBe(true);
		expect(finds('Цой', '', 'Alexander Tsoi')).toBe(true);
		expect(finds('Khodorkovsky', 'Михаил Ходорковский', '')).toBe(true);
		expect(finds('Yulia', 'Юлия', '')).toBe(true);
		expect(finds('Yuliya Dmitriyeva', '', 'Julia Dmitrieva')).toBe(true);
	});

	it('matches word starts, not fragments in the middle of words', () => {
		expect(finds('iv dem', 'Иван Демонов', 'Ivan Demonov')).toBe(true);
		expect(finds('monov', 'Иван Демонов', 'Ivan Demonov')).toBe(false);
		expect(finds('Petrov', 'Иван Иванов', 'Ivan Ivanov')).toBe(false);
	});

	it('treats an empty query as matching everyone', () => {
		expect(finds('  ', 'Иван Иванов', 'Ivan Ivanov')).toBe(true);
	});
});

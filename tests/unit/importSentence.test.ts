// Sentences as prisoner lists write them: the kind of punishment, its term and the fine, in Russian or English.
import { describe, expect, it } from 'vitest';
import { readSentence } from '../../src/lib/import/sentence';

const read = (text: string) => {
	const s = readSentence(text);
	return [s.punishment, s.years, s.fineRub];
};

describe('readSentence', () => {
	it('reads terms in years and months, in digits or words', () => {
		expect(read('5 лет 6 мес.')).toEqual(['imprisonment', 5.5, null]);
		expect(read('лишение свободы на 7 лет 6 месяцев в колонии общего режима')).toEqual(['imprisonment', 7.5, null]);
		expect(read('3,5 года')).toEqual(['imprisonment', 3.5, null]);
		expect(read('8,5 года колонии')).toEqual(['imprisonment', 8.5, null]);
		expect(read('10 месяцев')).toEqual(['imprisonment', 0.83, null]);
		expect(read('восемь лет')).toEqual(['imprisonment', 8, null]);
		expect(read('полтора года колонии-поселения')).toEqual(['imprisonment', 1.5, null]);
		expect(read('пять с половиной лет')).toEqual(['imprisonment', 5.5, null]);
		expect(read('к двадцати двум годам строгого режима')).toEqual(['imprisonment', 22, null]);
		expect(read('год и 6 месяцев колонии')).toEqual(['imprisonment', 1.5, null]);
		expect(read('5 лет и 6 месяцев')).toEqual(['imprisonment', 5.5, null]);
		expect(read('полгода колонии')).toEqual(['imprisonment', 0.5, null]);
		expect(read('10 лет строгого режима')).toEqual(['imprisonment', 10, null]);
		expect(read('6 лет тюрьмы')).toEqual(['imprisonment', 6, null]);
	});

	it('says when the term was written in words or the kind was assumed from a bare term', () => {
		expect(readSentence('восемь лет')).toMatchObject({ termInWords: true, kindAssumed: true });
		expect(readSentence('8 лет колонии')).toMatchObject({ termInWords: false, kindAssumed: false });
		expect(readSentence('8 лет')).toMatchObject({ termInWords: false, kindAssumed: true });
	});

	it('reads suspended terms as the suspended term, not the probation', () => {
		expect(read('2 года условно')).toEqual(['suspended', 2, null]);
		expect(read('условный срок 3 года')).toEqual(['suspended', 3, null]);
		expect(read('2 года лишения свободы условно с испытательным сроком 3 года')).toEqual(['suspended', 2, null]);
		expect(read('5 лет колонии, освобождён условно-досрочно')).toEqual(['imprisonment', 5, null]);
	});

	it('reads fines in roubles however the amount is written', () => {
		expect(read('штраф 800 тыс. руб.')).toEqual(['fine', null, 800_000]);
		expect(read('штраф 1,5 млн рублей')).toEqual(['fine', null, 1_500_000]);
		expect(read('штраф 300 000 ₽')).toEqual(['fine', null, 300_000]);
		expect(read('штраф в размере 250.000 рублей')).toEqual(['fine', null, 250_000]);
		expect(read('штраф')).toEqual(['fine', null, null]);
	});

	it('reads life, non-custodial punishments and compulsory treatment', () => {
		expect(readSentence('пожизненное лишение свободы')).toEqual({ punishment: 'life_imprisonment', years: null, fineRub: null, life: true, termInWords: false, kindAssumed: false });
		expect(read('обязательные работы 200 часов')).toEqual(['compulsory_work', null, null]);
		expect(read('исправительные работы 1 год')).toEqual(['correctional_labour', 1, null]);
		expect(read('ограничение свободы 2 года')).toEqual(['restricted_freedom', 2, null]);
		expect(read('принудительные работы 3 года')).toEqual(['forced_labour', 3, null]);
		expect(read('принудительное лечение')).toEqual(['compulsory_treatment', null, null]);
	});

	it('takes the more severe kind of a combined sentence and keeps the fine', () => {
		expect(read('штраф 500 тыс. руб. и 2 года условно')).toEqual(['suspended', 2, 500_000]);
		expect(read('6 лет колонии и штраф 300 тыс. рублей')).toEqual(['imprisonment', 6, 300_000]);
		expect(read('5 лет колонии с ограничением свободы на 1 год')).toEqual(['imprisonment', 5, null]);
		expect(read('4 года общего режима с запретом администрировать сайты на 3 года')).toEqual(['imprisonment', 4, null]);
		expect(read('6 лет с отбыванием первых 2 лет в тюрьме')).toEqual(['imprisonment', 6, null]);
		expect(read('штраф 1 млн руб. с запретом на 2 года')).toEqual(['fine', null, 1_000_000]);
	});

	it('gives no punishment for a measure of restraint, an acquittal or nothing', () => {
		expect(read('заключение под стражу')).toEqual([null, null, null]);
		expect(read('домашний арест на 2 месяца')).toEqual([null, null, null]);
		expect(read('запрет определённых действий')).toEqual([null, null, null]);
		expect(read('оправдан')).toEqual([null, null, null]);
		expect(read('отбыла срок')).toEqual([null, null, null]);
		expect(read('')).toEqual([null, null, null]);
	});

	it('never reads a date in the cell as a term', () => {
		expect(read('приговор от 12.03.2024: 4 года колонии')).toEqual(['imprisonment', 4, null]);
		expect(read('приговор 2024 года')).toEqual([null, null, null]);
	});

	it('reads the English forms', () => {
		expect(read('8 years')).toEqual(['imprisonment', 8, null]);
		expect(read('eight years in a penal colony')).toEqual(['imprisonment', 8, null]);
		expect(read('2 years suspended')).toEqual(['suspended', 2, null]);
		expect(read('fine of 800,000 roubles')).toEqual(['fine', null, 800_000]);
		expect(read('life imprisonment')).toEqual(['life_imprisonment', null, null]);
		expect(read('10 months')).toEqual(['imprisonment', 0.83, null]);
		expect(read('house arrest')).toEqual([null, null, null]);
		expect(read('pre-trial detention')).toEqual([null, null, null]);
	});
});

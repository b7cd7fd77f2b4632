// Invented names for demo prisoners: real given names with made-up surnames, so no profile names a real person.
import { pick, weighted, WeightedPicker, type Rng } from './prng';
import type { Gender } from './types';

export interface Identity {
	given: string;
	surname: string;
	gender: Gender;
}

// A stable search fixture that tests and docs can rely on.
export const FIXTURE: Identity = { given: 'Иван', surname: 'Демонов', gender: 'male' };

// Common given names are fine; the surnames below are what makes each name plainly invented.
// Names with ё get a lower weight: enough of them to test search, not so many that they dominate.
const MALE_GIVEN = new WeightedPicker<string>([
	...weighted(['Алексей', 'Андрей', 'Дмитрий', 'Сергей', 'Иван', 'Михаил', 'Николай', 'Павел', 'Егор', 'Илья'], 1),
	...weighted(['Максим', 'Олег', 'Роман', 'Виктор', 'Игорь', 'Кирилл', 'Юрий', 'Никита'], 1),
	...weighted(['Семён', 'Артём', 'Фёдор', 'Пётр'], 0.25)
]);
const FEMALE_GIVEN = new WeightedPicker<string>([
	...weighted(['Анна', 'Мария', 'Елена', 'Ольга', 'Наталья', 'Татьяна', 'Ирина', 'Екатерина'], 1),
	...weighted(['Светлана', 'Александра', 'Дарья', 'Ксения', 'Юлия', 'Вера', 'Софья'], 1),
	...weighted(['Алёна'], 0.25)
]);

// Surnames = onset + middle + end + ending. The syllables avoid common Russian roots, so the results
// (Зарубелов, Кравенцова, Тёвамерский…) read as Russian but belong to nobody.
const SURNAME_ONSET = new WeightedPicker<string>([
	...weighted(['Зар', 'Крав', 'Бурт', 'Велм', 'Гарм', 'Дув', 'Жерт', 'Карн', 'Лопс', 'Мирг'], 1),
	...weighted(['Нарв', 'Пелт', 'Рыв', 'Свор', 'Тарг', 'Хорв', 'Шамб', 'Щерг', 'Эрк', 'Фалт'], 1),
	...weighted(['Тёв', 'Мёрг'], 0.3)
]);
const SURNAME_MIDDLE = ['уб', 'ен', 'ал', 'ор', 'ит', 'ес', 'ам', 'уд', 'ож', 'ын'] as const;

type SurnameEnding = 'ов' | 'ин' | 'ский';
/** Each end syllable lists the endings that sound natural after it. */
const SURNAME_END: readonly (readonly [string, readonly SurnameEnding[]])[] = [
	['ел', ['ов', 'ин']],
	['ц', ['ов']],
	['ак', ['ов', 'ин']],
	['ин', ['ов', 'ский']],
	['ер', ['ов', 'ский']],
	['уш', ['ин', 'ов']],
	['ав', ['ин', 'ский']],
	['от', ['ов', 'ский']],
	['ян', ['ов', 'ский']],
	['ем', ['ов', 'ин']]
];
const FEMININE_ENDING: Record<SurnameEnding, string> = { ов: 'ова', ин: 'ина', ский: 'ская' };

function inventSurname(gender: Gender, rng: Rng): string {
	const [end, endings] = pick(rng, SURNAME_END);
	const ending = pick(rng, endings);
	const stem = SURNAME_ONSET.pick(rng) + pick(rng, SURNAME_MIDDLE) + end;
	return stem + (gender === 'female' ? FEMININE_ENDING[ending] : ending);
}

export function inventIdentity(rng: Rng): Identity {
	const gender: Gender = rng() < 0.8 ? 'male' : 'female';
	const given = (gender === 'male' ? MALE_GIVEN : FEMALE_GIVEN).pick(rng);
	return { given, surname: inventSurname(gender, rng), gender };
}

// The short bilingual biography on a demo prisoner's profile, with Russian verbs agreeing in gender.
import { pick, type Rng } from './prng';
import type { Description, Gender, PrisonerStatus } from './types';

const OCCUPATIONS: readonly Description[] = [
	{ ru: 'учителем', en: 'a teacher' },
	{ ru: 'инженером', en: 'an engineer' },
	{ ru: 'программистом', en: 'a programmer' },
	{ ru: 'врачом', en: 'a doctor' },
	{ ru: 'журналистом', en: 'a journalist' },
	{ ru: 'курьером', en: 'a courier' },
	{ ru: 'музыкантом', en: 'a musician' },
	{ ru: 'художником', en: 'an artist' },
	{ ru: 'водителем', en: 'a driver' },
	{ ru: 'бухгалтером', en: 'an accountant' }
];

/** Past-tense verbs agree with gender in Russian. */
function gendered(gender: Gender, male: string, female: string): string {
	return gender === 'female' ? female : male;
}

function articleLabel(code: string): Description {
	const [law, number] = code.split('-');
	return law === 'uk'
		? { ru: `ст. ${number} УК РФ`, en: `Article ${number} of the Criminal Code` }
		: { ru: `ст. ${number} КоАП РФ`, en: `Article ${number} of the Administrative Code` };
}

function statusSentence(status: PrisonerStatus, gender: Gender): Description {
	switch (status) {
		case 'pretrial_detention':
			return { ru: 'Находится в СИЗО до суда.', en: 'Held in pre-trial detention.' };
		case 'house_arrest':
			return { ru: 'Находится под домашним арестом.', en: 'Under house arrest.' };
		case 'imprisoned':
			return { ru: 'Отбывает наказание в колонии.', en: 'Serving a sentence in a penal colony.' };
		case 'compulsory_treatment':
			return {
				ru: `${gendered(gender, 'Направлен', 'Направлена')} на принудительное лечение.`,
				en: 'Sent to compulsory psychiatric treatment.'
			};
		case 'non_custodial':
			return { ru: `${gendered(gender, 'Приговорён', 'Приговорена')} к наказанию без лишения свободы.`, en: 'Sentenced to a punishment served at liberty.' };
		case 'released':
			return { ru: `${gendered(gender, 'Освобождён', 'Освобождена')}.`, en: 'Released.' };
		case 'exchanged':
			return {
				ru: `${gendered(gender, 'Освобождён', 'Освобождена')} в результате обмена заключёнными.`,
				en: 'Freed in a prisoner exchange.'
			};
		case 'died':
			return { ru: `${gendered(gender, 'Умер', 'Умерла')} в заключении.`, en: 'Died in custody.' };
	}
}

/** Some bios carry a quoted multi-line statement with commas, to exercise CSV quoting and multi-line cells. */
function lastWord(gender: Gender): Description {
	return {
		ru:
			`В последнем слове ${gendered(gender, 'сказал', 'сказала')}:\n` +
			'«Я не признаю вину, потому что говорить правду — не преступление,\nи я не жалею ни о чём».',
		en:
			'In the final statement, said:\n' +
			'"I do not plead guilty, because telling the truth is not a crime,\nand I regret nothing."'
	};
}

export function biography(
	gender: Gender,
	mainCode: string,
	status: PrisonerStatus,
	withQuote: boolean,
	rng: Rng
): Description {
	const job = pick(rng, OCCUPATIONS);
	const label = articleLabel(mainCode);
	const state = statusSentence(status, gender);
	const worked = gendered(gender, 'Работал', 'Работала');
	const ru = [`Вымышленный демо-профиль. ${worked} ${job.ru}; обвинение по ${label.ru}.`, state.ru];
	const en = [`Fictional demo profile. Worked as ${job.en}; charged under ${label.en}.`, state.en];
	if (withQuote) {
		const quote = lastWord(gender);
		return { ru: `${ru.join(' ')}\n\n${quote.ru}`, en: `${en.join(' ')}\n\n${quote.en}` };
	}
	return { ru: ru.join(' '), en: en.join(' ') };
}

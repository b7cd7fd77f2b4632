// The Russian of site.ts: the same keys, so a missing translation does not compile.
import type { Message } from '../format';
import type { en } from './site';

export const ru: Record<keyof typeof en, Message> = {
	'site.title': 'Политические репрессии в России: задержания и заключённые',
	'site.short': 'Репрессии в цифрах',
	'site.skip': 'Перейти к содержанию',
	'nav.home': 'Обзор',
	'nav.detentions': 'Задержания',
	'nav.prisoners': 'Заключённые',
	'nav.data': 'Данные',
	'nav.about': 'О проекте',
	'nav.language': 'Язык',
	'nav.main': 'Основное',
	'lang.switch': 'English',
	'lang.switchCode': 'EN',
	'footer.about': 'Открытый проект. Данные — CSV-файлы с описанием Frictionless Data Package; без трекеров и сторонних запросов.',
	'footer.demo': 'В этой сборке есть демо-данные, они помечены.'
};

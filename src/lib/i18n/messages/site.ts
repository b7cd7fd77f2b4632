// Messages of the site shell: name, navigation, footer, in English and Russian.
import type { Message } from '../format';

export const en = {
	'site.title': 'Political repression in Russia: detentions and prisoners',
	'site.short': 'Repression in numbers',
	'site.skip': 'Skip to content',
	'nav.home': 'Overview',
	'nav.detentions': 'Detentions',
	'nav.prisoners': 'Prisoners',
	'nav.data': 'Data',
	'nav.about': 'About',
	'nav.language': 'Language',
	'nav.main': 'Main',
	'lang.switch': 'Русский',
	'lang.switchCode': 'RU',
	'footer.about': 'An open-source dashboard. Data: CSV files under a Frictionless data package; no trackers, no third-party requests.',
	'footer.demo': 'This build contains demo data marked as such.'

} satisfies Record<string, Message>;

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

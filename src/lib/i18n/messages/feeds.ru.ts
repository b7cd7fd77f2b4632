// The Russian of feeds.ts: the same keys, so a missing translation does not compile.
import type { Message } from '../format';
import type { en } from './feeds';

export const ru: Record<keyof typeof en, Message> = {
	'feed.detentions': 'Задержания: новые события',
	'feed.prisoners': 'Политзаключённые: что изменилось',
	'feed.figures': 'Опубликованные данные: новые цифры',
	'feed.view': 'Что изменилось — {dimension}: {value}',
	'feed.subtitle': 'Новые записи в том порядке, в каком их фиксируют данные, с датами из самих данных; в каждой ленте — {n} последних.',
	'feed.follow': 'Следить за изменениями',
	'feed.followHere': 'Следить за изменениями здесь',
	'feed.atom': 'Лента Atom: {title}',
	'feed.json': 'JSON Feed: {title}',
	'feed.added': 'Добавлен(а) в список: {name}',
	'feed.added.female': 'Добавлена в список: {name}',
	'feed.added.male': 'Добавлен в список: {name}',
	'feed.sentenced': 'Приговор: {name}',
	'feed.released': 'Освобождён(а): {name}',
	'feed.released.female': 'Освобождена: {name}',
	'feed.released.male': 'Освобождён: {name}',
	'feed.status': '{name}: {status}',
	'feed.corrected': 'Исправление: {name}',
	'feed.event': '{event}, {place}: {detained}',
	'feed.detained': { one: '{n} задержанный', few: '{n} задержанных', many: '{n} задержанных', other: '{n} задержанного' },
	'feed.detainedUnknown': 'число задержанных неизвестно',
	'feed.figure': '{metric}: {value}',
	'feed.figureSource': 'Опубликовано: {source}, {date}.',
	'calendar.name': 'Дни рождения политзаключённых, которым можно написать',
	'calendar.description': 'День рождения каждого человека со ссылкой на профиль и на то, как ему написать. Только те, чья дата рождения опубликована и чей адрес для писем известен.',
	'calendar.summary': 'День рождения: {name}',
	'calendar.body': 'Напишите письмо ко дню рождения: {url}',
	'calendar.address': 'Адрес для писем: {address}',
	'calendar.link': 'Календарь дней рождения (iCalendar)'
};

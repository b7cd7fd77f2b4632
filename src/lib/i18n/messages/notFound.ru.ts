// The Russian of notFound.ts: the same keys, so a missing translation does not compile.
import type { Message } from '../format';
import type { en } from './notFound';

export const ru: Record<keyof typeof en, Message> = {
	'notFound.title': 'Страница не найдена',
	'notFound.text': 'По этому адресу страницы нет. Возможно, она переехала или в ссылке опечатка.',
	'notFound.home': 'Перейти на главную страницу',
	'notFound.errorTitle': 'Что-то пошло не так',
	'notFound.errorText': 'Эту страницу не удалось показать (ошибка {status}). Попробуйте ещё раз чуть позже или начните с главной страницы.'
};

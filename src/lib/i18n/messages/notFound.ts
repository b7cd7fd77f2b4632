// Messages of the page hosts serve for a missing path (build/404.html) and of errors met while navigating, in English and Russian.
import type { Message } from '../format';

export const en = {
	'notFound.title': 'Page not found',
	'notFound.text': 'There is no page at this address. It may have moved, or the link may have a typo.',
	'notFound.home': 'Go to the home page',
	'notFound.errorTitle': 'Something went wrong',
	'notFound.errorText': 'This page could not be shown (error {status}). Try again in a moment, or start from the home page.'
} satisfies Record<string, Message>;

export const ru: Record<keyof typeof en, Message> = {
	'notFound.title': 'Страница не найдена',
	'notFound.text': 'По этому адресу страницы нет. Возможно, она переехала или в ссылке опечатка.',
	'notFound.home': 'Перейти на главную страницу',
	'notFound.errorTitle': 'Что-то пошло не так',
	'notFound.errorText': 'Эту страницу не удалось показать (ошибка {status}). Попробуйте ещё раз чуть позже или начните с главной страницы.'
};

// The Russian of home.ts: the same keys, so a missing translation does not compile.
import type { Message } from '../format';
import type { en } from './home';

export const ru: Record<keyof typeof en, Message> = {
	'home.title': 'Антивоенные задержания и политзаключённые в России',
	'home.lede':
		'Сколько людей в России задерживают и лишают свободы за их взгляды и слова: подсчёты, опубликованные правозащитниками и прессой, — каждый со своим источником и датой, а опубликованные не раз — на графиках, — и график задержаний по данным этого сайта.',
	'home.data': 'На графике — {detained} ({events}) с {first} по {last}. Источник: {source}.',
	'home.dataDemo': 'Демо-данные, а не настоящие подсчёты: на графике ниже — {detained} ({events}) с {first} по {last}, их придумал генератор. Опубликованные подсчёты выше — настоящие.',
	'home.noData': 'В данных сайта о задержаниях пока нет событий.',
	'home.figures': 'Опубликованные подсчёты',
};

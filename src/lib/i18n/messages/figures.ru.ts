// The Russian of figures.ts: the same keys, so a missing translation does not compile.
import type { Message } from '../format';
import type { en } from './figures';

export const ru: Record<keyof typeof en, Message> = {
	'figure.source': 'Источник: {source}, {date}',
	'figure.asOf': 'на {date}',
	'qualifier.exact': '{value}',
	'qualifier.at_least': 'не менее {value}',
	'qualifier.more_than': 'более {value}',
	'qualifier.about': 'около {value}',
	'figure.metrics': 'Что считает каждый ряд',
	'figure.seriesHeading': 'Как менялись опубликованные цифры',
	'figure.seriesLede':
		'Каждый график — один ряд из цифр, которые опубликовали источники, каждая со своей датой и источником. Ряды считают разное, поэтому их никогда не складывают.',
	'figure.points': {
		one: '{n} опубликованное значение',
		few: '{n} опубликованных значения',
		many: '{n} опубликованных значений',
		other: '{n} опубликованного значения'
	},
	'figure.seriesSummary': '{points} с {first} по {last}. Последнее, на {date}: {value} ({source}).',
	'figure.noPoints': 'Опубликованных значений нет.',
	'figure.howToRead': 'Каждая точка — опубликованное значение; линия лишь соединяет их по датам: значения между точками неизвестны.',
	'figure.lowerBound': 'Пустая точка — нижняя граница: источник пишет «не менее» (≥) или «более» (>).',
	'figure.approximate': '≈ — приблизительно: источник пишет «около».',
	'figure.disagree': 'Где источники дают для одной даты разные значения, показаны все, и линия раздваивается: см. примечания в таблице.',
	'figure.period.since': 'с {date}',
	'figure.period.year': 'за {year} год',
	'figure.period.yearTo': 'за {year} год, по {date}',
	'figure.period.first': 'за первые {months} {year}',
	'figure.period.months': { one: '{n} месяц', few: '{n} месяца', many: '{n} месяцев', other: '{n} месяца' },
	'figure.period.list': 'список на {date}',
	'figure.period.month': 'за месяц',
	'figure.geo.russia': 'Россия',
	'figure.geo.russiaCrimea': 'Россия, включая аннексированный Крым',
	'figure.geo.russiaOccupied': 'Россия и оккупированные территории Украины',
	'figure.geo.memorialDatabase': 'охват базы данных «Мемориала»',
	'figure.geo.cities': { one: '{n} город', few: '{n} города', many: '{n} городов', other: '{n} города' },
	'figure.geo.places': { one: '{n} населённый пункт', few: '{n} населённых пункта', many: '{n} населённых пунктов', other: '{n} населённого пункта' },
	'prisonNow.question': 'Сколько человек сейчас в заключении по политическим делам?',
	'prisonNow.asOf': 'На {date}.',
	'prisonNow.differ':
		'Источники считают разных людей: фигурантов дел, связанных с войной, антивоенных дел, всех политических дел, признанных политзаключёнными. Поэтому их числа расходятся, и складывать их нельзя. Более ранние подсчёты, от новых к старым:',
	'prisonNow.counts': 'Кого учитывает подсчёт',
	'prisonNow.card': '{label} на {date}',
	'prisonNow.none': 'В данных сайта такого подсчёта пока нет.',
};

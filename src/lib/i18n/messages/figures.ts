// Messages of published figures: qualifiers, sources, the "in prison now" answer and the series charts, in English and Russian.
import type { Message } from '../format';

export const en = {
	'figure.source': 'Source: {source}, {date}',
	'figure.asOf': 'as of {date}',
	'qualifier.exact': '{value}',
	'qualifier.at_least': 'at least {value}',
	'qualifier.more_than': 'more than {value}',
	'qualifier.about': 'about {value}',
	'figure.metrics': 'What each series counts',
	'figure.seriesHeading': 'Published figures over time',
	'figure.seriesLede':
		'Each chart is one series, drawn from the figures its sources published, each with its date and source. The series count different things, so they are never added together.',
	'figure.points': { one: '{n} published figure', other: '{n} published figures' },
	'figure.seriesSummary': '{points} from {first} to {last}. The latest, as of {date}: {value} ({source}).',
	'figure.noPoints': 'No figures published.',
	'figure.howToRead': 'Each dot is a published figure; the line only joins them in date order: values between the dots are not known.',
	'figure.lowerBound': 'Open dot: a lower bound, the source says “at least” (≥) or “more than” (>).',
	'figure.approximate': '≈: approximate, the source says “about”.',
	'figure.disagree': 'Where sources give different figures for the same date, each is drawn and the line forks: see the notes in the table.',
	'prisonNow.question': 'How many people are in prison now for political reasons?',
	'prisonNow.asOf': 'As of {date}.',
	'prisonNow.differ':
		'Sources count different people: defendants in war-related cases, in anti-war cases, in every political case, people recognised as political prisoners. So their numbers differ and are never added together. Earlier counts, newest first:',
	'prisonNow.counts': 'What it counts',
	'prisonNow.card': '{label}, as of {date}',
	'prisonNow.none': 'This site’s data holds no published count of it yet.',
} satisfies Record<string, Message>;

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
	'prisonNow.question': 'Сколько человек сейчас в заключении по политическим делам?',
	'prisonNow.asOf': 'На {date}.',
	'prisonNow.differ':
		'Источники считают разных людей: фигурантов дел, связанных с войной, антивоенных дел, всех политических дел, признанных политзаключёнными. Поэтому их числа расходятся, и складывать их нельзя. Более ранние подсчёты, от новых к старым:',
	'prisonNow.counts': 'Кого учитывает подсчёт',
	'prisonNow.card': '{label} на {date}',
	'prisonNow.none': 'В данных сайта такого подсчёта пока нет.',
};

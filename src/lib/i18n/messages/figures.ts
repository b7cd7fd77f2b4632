// Messages of published figures: qualifiers, sources, the "in prison now" answer and the series charts. In English; the
// Russian is in figures.ru.ts.
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
	'figure.period.since': 'since {date}',
	'figure.period.year': 'year {year}',
	'figure.period.yearTo': 'year {year}, to {date}',
	'figure.period.first': 'first {months} of {year}',
	'figure.period.months': { one: '{n} month', other: '{n} months' },
	'figure.period.list': 'list of {date}',
	'figure.period.month': 'month',
	'figure.geo.russia': 'Russia',
	'figure.geo.russiaCrimea': 'Russia incl. annexed Crimea',
	'figure.geo.russiaOccupied': 'Russia and occupied territories of Ukraine',
	'figure.geo.memorialDatabase': 'scope of the Memorial database',
	'figure.geo.cities': { one: '{n} city', other: '{n} cities' },
	'figure.geo.places': { one: '{n} place', other: '{n} places' },
	'prisonNow.question': 'How many people are in prison now for political reasons?',
	'prisonNow.asOf': 'As of {date}.',
	'prisonNow.differ':
		'Sources count different people: defendants in war-related cases, in anti-war cases, in every political case, people recognised as political prisoners. So their numbers differ and are never added together. Earlier counts, newest first:',
	'prisonNow.counts': 'What it counts',
	'prisonNow.card': '{label}, as of {date}',
	'prisonNow.none': 'This site’s data holds no published count of it yet.',
} satisfies Record<string, Message>;

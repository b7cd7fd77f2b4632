// Messages of the home page. In English; the Russian is in home.ru.ts.
import type { Message } from '../format';

export const en = {
	'home.title': 'Anti-war detentions and political prisoners in Russia',
	'home.lede':
		'How many people in Russia are detained and imprisoned for what they think and say: the counts human-rights groups and the press have published, each with its source and date and drawn over time where it was published more than once, and a chart of the detentions in this site’s data.',
	'home.data': 'The chart shows {detained} in {events} from {first} to {last}. Source: {source}.',
	'home.dataDemo': 'Demo data, not real counts: the chart below shows {detained} in {events} from {first} to {last}, all made up by a generator. The published figures above are real.',
	'home.noData': 'The site’s detentions data has no events yet.',
	'home.figures': 'Published figures',
} satisfies Record<string, Message>;

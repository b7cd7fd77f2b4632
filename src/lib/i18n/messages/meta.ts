// Messages of link previews: each page's description (search results, Telegram and other previews) and the words
// drawn on its preview card. In English; the Russian is in meta.ru.ts.
import type { Message } from '../format';

export const en = {
	'meta.home': 'How many people are in prison in Russia in anti-war and other political cases, the published counts over time with their sources, and detentions month by month.',
	'meta.detentions': 'Detentions in Russia over time, on a map of regions and by event type, charge, article and topic: filter them, download the data and embed any chart.',
	'meta.detentionsView': 'Detentions in Russia where the {dimension} is “{value}”: month by month, by region, event type, article and topic, with the data to download.',
	'meta.prisoners': 'Political prisoners in Russia: search by name in any spelling, filter by charge, article, region, status and sentence, read each profile and find out how to write a letter.',
	'meta.profile': '{name}: {status}. {charges}The case, its timeline, the place of detention and how to write a letter.',
	'meta.charges': 'Charges: {list}. ',
	'meta.data': 'The data behind the site, to download as CSV and Excel with its schema, sources, licences and methodology; every published figure with its source; every chart to embed.',
	'meta.embed': 'The chart “{title}” to embed in an article, with its source and data date.',
	'card.series': '{total} from {first} to {last}, per month',
	'card.range': '{total} from {first} to {last}',
	'card.chartSource': 'Chart source: {source}.',
	'card.chartAsOf': 'Chart data as of {date}.',
	'card.latest': 'Latest: {value}, as of {date} · {points}',
	'card.charges': 'Charges'
} satisfies Record<string, Message>;

// Every chart that can be embedded in another site: its id (the URL segment), title, and the page it belongs to.
import type { MessageKey } from '../i18n/messages';

export interface EmbeddableChart {
	id: string;
	title: MessageKey;
	/** The data the chart is drawn from, which decides its URL parameters. */
	family: 'detentions' | 'prisoners';
	/** The site page with the full view, as a path after the language prefix. */
	page: '/detentions/' | '/prisoners/';
	/** A sensible iframe height before the host script resizes it. */
	height: number;
}

export const EMBEDDABLE_CHARTS: EmbeddableChart[] = [
	{ id: 'detentions-over-time', title: 'detentions.title', family: 'detentions', page: '/detentions/', height: 620 },
	{ id: 'detentions-by-region-map', title: 'explorer.byRegionMap', family: 'detentions', page: '/detentions/', height: 640 },
	{ id: 'detentions-by-region', title: 'explorer.byRegion', family: 'detentions', page: '/detentions/', height: 700 },
	{ id: 'detentions-by-charge', title: 'explorer.byCharge', family: 'detentions', page: '/detentions/', height: 480 },
	{ id: 'detentions-by-event', title: 'explorer.byEvent', family: 'detentions', page: '/detentions/', height: 480 },
	{ id: 'detentions-by-article', title: 'explorer.byArticle', family: 'detentions', page: '/detentions/', height: 560 },
	{ id: 'detentions-by-topic', title: 'explorer.byTopic', family: 'detentions', page: '/detentions/', height: 420 },
	{ id: 'prisoners-by-status', title: 'prisoners.byStatus', family: 'prisoners', page: '/prisoners/', height: 480 },
	{ id: 'prisoners-by-charge', title: 'prisoners.byCharge', family: 'prisoners', page: '/prisoners/', height: 480 },
	{ id: 'prisoners-by-sentence', title: 'prisoners.bySentence', family: 'prisoners', page: '/prisoners/', height: 460 },
	{ id: 'prisoners-arrests', title: 'prisoners.arrests', family: 'prisoners', page: '/prisoners/', height: 560 },
	{ id: 'prisoners-in-custody', title: 'prisoners.inCustody', family: 'prisoners', page: '/prisoners/', height: 580 }
];

export function embeddableChart(id: string): EmbeddableChart | undefined {
	return EMBEDDABLE_CHARTS.find((c) => c.id === id);
}

// Every chart that can be embedded in another site: its id (the URL segment), title, and the page it belongs to;
// the charts themselves are declared by each dataset's registry.
import { DETENTION_CHARTS } from '../datasets/detentions';
import { PRISONER_CHARTS } from '../datasets/prisoners';
import type { ChartSpec } from '../datasets/types';

export interface EmbeddableChart extends ChartSpec {
	/** The data the chart is drawn from, which decides its URL parameters. */
	family: 'detentions' | 'prisoners';
	/** The site page with the full view, as a path after the language prefix. */
	page: '/detentions/' | '/prisoners/';
}

export const EMBEDDABLE_CHARTS: EmbeddableChart[] = [
	...DETENTION_CHARTS.map((c) => ({ ...c, family: 'detentions' as const, page: '/detentions/' as const })),
	...PRISONER_CHARTS.map((c) => ({ ...c, family: 'prisoners' as const, page: '/prisoners/' as const }))
];

export function embeddableChart(id: string): EmbeddableChart | undefined {
	return EMBEDDABLE_CHARTS.find((c) => c.id === id);
}

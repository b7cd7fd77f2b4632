// The published figures a page shows, from any database holding the data package: the headline cards, the answer to
// "how many are in prison now", and every series that can be drawn over time.
import { figureSeriesRows, latestFigures, metricList, type Figure, type Metric } from '../db/queries';
import type { Database } from '../db/types';

/** Headline cards on the home page, in display order; each shows the latest published figure of its metric. */
export const HEADLINE_METRICS = ['antiwar_detentions_cumulative', 'antiwar_criminal_defendants', 'memorial_political_prisoners', 'discrediting_admin_cases_cumulative'];

/** The metrics that answer "how many people are in prison now": anti-war cases, and political prisoners in general. */
export const IN_PRISON_METRICS = { antiwar: 'ovdinfo_antiwar_defendants_in_custody', political: 'memorial_political_prisoners' } as const;

export interface InPrisonNow {
	/** The latest published count of anti-war defendants in custody; null when the data holds none. */
	antiwar: Figure | null;
	/** The latest count on Memorial's list of political prisoners. */
	political: Figure | null;
}

/** One metric's figures over time: only ever one metric, so no two things that count differently are joined. */
export interface FigureSeries {
	metric: Metric;
	figures: Figure[];
}

/** The answer, read from the latest figure of each metric (latestFigures), so it is always the newest published. */
export function inPrisonNow(latest: Figure[]): InPrisonNow {
	const find = (metric: string) => latest.find((f) => f.metric === metric) ?? null;
	return { antiwar: find(IN_PRISON_METRICS.antiwar), political: find(IN_PRISON_METRICS.political) };
}

/** Rows of figureSeriesRows (sorted by metric, then date) grouped per metric, in the order of metrics.csv. */
export function seriesByMetric(rows: Figure[], metrics: Metric[]): FigureSeries[] {
	return metrics.map((metric) => ({ metric, figures: rows.filter((f) => f.metric === metric.code) })).filter((s) => s.figures.length > 0);
}

export async function figuresHomeData(db: Database) {
	const [latest, metrics, rows] = await Promise.all([latestFigures(db), metricList(db), figureSeriesRows(db)]);
	return {
		headline: HEADLINE_METRICS.map((m) => latest.find((f) => f.metric === m)).filter((f) => f !== undefined),
		inPrison: inPrisonNow(latest),
		series: seriesByMetric(rows, metrics)
	};
}

/** A series' embed, after /embed/: one light page per metric with a series, in each language. */
export const figureEmbedId = (metric: string) => `figures/${metric}`;

// The published figures a page shows, from any database holding the data package: the headline cards, the answer to
// "how many are in prison now", and every series that can be drawn over time.
import { figureSeriesRows, latestFigures, metricList, type Figure, type Metric } from '../db/queries';
import type { Database } from '../db/types';

/** Headline cards on the home page, in display order; each shows the latest published figure of its metric. */
export const HEADLINE_METRICS = ['antiwar_detentions_cumulative', 'memorial_war_related_political_defendants', 'antiwar_criminal_defendants', 'discrediting_admin_cases_cumulative'];

/**
 * The metrics that answer "how many people are in prison now". Each counts people held at a date, but each counts
 * different people: war-related cases, anti-war cases, Memorial's list of political prisoners, every political case,
 * Memorial's wider database. Of two published on one date, the first here is shown first.
 */
export const IN_PRISON_METRICS = [
	'memorial_war_related_deprived_of_liberty',
	'ovdinfo_antiwar_defendants_in_custody',
	'memorial_political_prisoners',
	'ovdinfo_political_imprisoned_current',
	'memorial_deprived_of_liberty_database'
];

/** A count of people held, with what exactly it counts (metrics.csv). */
export type HeldCount = Figure & Pick<Metric, 'definitionRu' | 'definitionEn'>;

/** One metric's figures over time: only ever one metric, so no two things that count differently are joined. */
export interface FigureSeries {
	metric: Metric;
	figures: Figure[];
}

/** The latest figure of each metric that counts people held now (latestFigures), the newest published first. */
export function inPrisonNow(latest: Figure[], metrics: Metric[]): HeldCount[] {
	return IN_PRISON_METRICS.flatMap((code) => {
		const figure = latest.find((f) => f.metric === code);
		const metric = metrics.find((m) => m.code === code);
		return figure ? [{ ...figure, definitionRu: metric?.definitionRu ?? null, definitionEn: metric?.definitionEn ?? null }] : [];
	}).sort((a, b) => b.date.localeCompare(a.date));
}

/** Rows of figureSeriesRows (sorted by metric, then date) grouped per metric, in the order of metrics.csv. */
export function seriesByMetric(rows: Figure[], metrics: Metric[]): FigureSeries[] {
	return metrics.map((metric) => ({ metric, figures: rows.filter((f) => f.metric === metric.code) })).filter((s) => s.figures.length > 0);
}

export async function figuresHomeData(db: Database) {
	const [latest, metrics, rows] = await Promise.all([latestFigures(db), metricList(db), figureSeriesRows(db)]);
	return {
		headline: HEADLINE_METRICS.map((m) => latest.find((f) => f.metric === m)).filter((f) => f !== undefined),
		inPrison: inPrisonNow(latest, metrics),
		series: seriesByMetric(rows, metrics)
	};
}

/** A series' embed, after /embed/: one light page per metric with a series, in each language. */
export const figureEmbedId = (metric: string) => `figures/${metric}`;

// Every SQL query of the site, by name. The same functions run at build time (Node) and in the browser.
import type { Database } from './types';

export const GRANULARITIES = ['day', 'week', 'month', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** Allowlisted interval text for each granularity; user input never becomes SQL text. */
const STEP: Record<Granularity, string> = { day: '1 day', week: '1 week', month: '1 month', year: '1 year' };

export interface PeriodCount {
	/** First day of the period, YYYY-MM-DD (weeks start on Monday). */
	period: string;
	/** Detention events recorded in the period. */
	events: number;
	/** Sum of known detention counts; null when every event of the period has an unknown count. */
	detained: number | null;
	/** Events whose count is unknown, left out of `detained`. */
	unknownEvents: number;
}

/** Detentions per period over the whole coverage of the data; periods without any event are real zeros. */
export function detentionsOverTime(db: Database, granularity: Granularity): Promise<PeriodCount[]> {
	return db.query<PeriodCount>(
		`WITH bounds AS (
			SELECT date_trunc($1, min(date))::DATE AS lo, date_trunc($1, max(date))::DATE AS hi FROM detentions
		), periods AS (
			SELECT unnest(generate_series(lo, hi, $2::INTERVAL))::DATE AS period FROM bounds
		), counts AS (
			SELECT date_trunc($1, date)::DATE AS period,
				count(*)::INTEGER AS events,
				sum(detained)::INTEGER AS detained,
				count(*) FILTER (WHERE detained IS NULL)::INTEGER AS unknown_events
			FROM detentions GROUP BY 1
		)
		SELECT strftime(p.period, '%Y-%m-%d') AS period,
			coalesce(c.events, 0) AS events,
			CASE WHEN c.events IS NULL THEN 0 ELSE c.detained END AS detained,
			coalesce(c.unknown_events, 0) AS "unknownEvents"
		FROM periods p LEFT JOIN counts c USING (period)
		ORDER BY p.period`,
		[granularity, STEP[granularity]]
	);
}

export interface Coverage {
	first: string | null;
	last: string | null;
	events: number;
	detained: number | null;
	unknownEvents: number;
}

/** The date range and totals of the detentions table: the chart's "data as of" line and its summary. */
export async function detentionsCoverage(db: Database): Promise<Coverage> {
	const [row] = await db.query<Coverage>(
		`SELECT strftime(min(date), '%Y-%m-%d') AS first, strftime(max(date), '%Y-%m-%d') AS last,
			count(*)::INTEGER AS events, sum(detained)::INTEGER AS detained,
			count(*) FILTER (WHERE detained IS NULL)::INTEGER AS "unknownEvents"
		FROM detentions`
	);
	return row!;
}

export interface Figure {
	metric: string;
	date: string;
	period: string;
	value: number;
	qualifier: 'exact' | 'at_least' | 'more_than' | 'about';
	geography: string;
	sourceTitle: string;
	sourceDate: string;
	sourceUrl: string | null;
	note: string | null;
}

/** The most recent published figure of each metric. */
export function latestFigures(db: Database): Promise<Figure[]> {
	return db.query<Figure>(
		`SELECT metric, strftime(date, '%Y-%m-%d') AS date, period, value, qualifier, geography,
			source_title AS "sourceTitle", source_date AS "sourceDate", source_url AS "sourceUrl", note
		FROM figures
		QUALIFY row_number() OVER (PARTITION BY metric ORDER BY date DESC, value DESC) = 1
		ORDER BY metric`
	);
}

export interface AnnotationEvent {
	date: string;
	labelRu: string;
	labelEn: string;
}

export function annotationEvents(db: Database): Promise<AnnotationEvent[]> {
	return db.query<AnnotationEvent>(
		`SELECT strftime(date, '%Y-%m-%d') AS date, label_ru AS "labelRu", label_en AS "labelEn" FROM events ORDER BY date`
	);
}

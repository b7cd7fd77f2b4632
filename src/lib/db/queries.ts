// Every SQL query of the site, by name. The same functions run at build time (Node) and in the browser.
import { detentionWhere, FILTERED_DETENTIONS, NO_FILTER, type DetentionFilter } from './detentionFilter';
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

/**
 * Detentions per period that match the filter. The periods run over the filter's date range, or over the whole
 * data when it has none, so the time axis stays put while other filters change; periods without events are zeros.
 */
export function detentionsOverTime(db: Database, granularity: Granularity, filter: DetentionFilter = NO_FILTER): Promise<PeriodCount[]> {
	const where = detentionWhere(filter, 5);
	return db.query<PeriodCount>(
		`WITH bounds AS (
			SELECT date_trunc($1, coalesce($3::DATE, min(date)))::DATE AS lo, date_trunc($1, coalesce($4::DATE, max(date)))::DATE AS hi
			FROM detentions
		), periods AS (
			SELECT unnest(generate_series(lo, hi, $2::INTERVAL))::DATE AS period FROM bounds
		), counts AS (
			SELECT date_trunc($1, d.date)::DATE AS period,
				count(*)::INTEGER AS events,
				sum(d.detained)::INTEGER AS detained,
				count(*) FILTER (WHERE d.detained IS NULL)::INTEGER AS unknown_events
			FROM ${FILTERED_DETENTIONS} ${where.sql} GROUP BY 1
		)
		SELECT strftime(p.period, '%Y-%m-%d') AS period,
			coalesce(c.events, 0) AS events,
			CASE WHEN c.events IS NULL THEN 0 ELSE c.detained END AS detained,
			coalesce(c.unknown_events, 0) AS "unknownEvents"
		FROM periods p LEFT JOIN counts c USING (period)
		ORDER BY p.period`,
		[granularity, STEP[granularity], filter.from, filter.to, ...where.params]
	);
}

export interface Count {
	events: number;
	/** Sum of known counts; null when no event has a known count. */
	detained: number | null;
	unknownEvents: number;
}

export interface KeyCount extends Count {
	/** The code counted (region, event type, article…); null for "not known" (e.g. no article recorded). */
	key: string | null;
}

export const BREAKDOWNS = ['region', 'event', 'topic', 'article', 'charge'] as const;
export type BreakdownName = (typeof BREAKDOWNS)[number];
export type Breakdowns = Record<BreakdownName, KeyCount[]> & { total: Count };

/** Every breakdown of the detentions page and the total, in one pass over the filtered rows (GROUPING SETS). */
export async function detentionBreakdowns(db: Database, filter: DetentionFilter = NO_FILTER): Promise<Breakdowns> {
	const where = detentionWhere(filter);
	const rows = await db.query<KeyCount & { dimension: BreakdownName | 'total' }>(
		`SELECT CASE
				WHEN grouping(d.region) = 0 THEN 'region'
				WHEN grouping(d.event_type) = 0 THEN 'event'
				WHEN grouping(d.topic) = 0 THEN 'topic'
				WHEN grouping(d.article) = 0 THEN 'article'
				WHEN grouping(a.charge_type) = 0 THEN 'charge'
				ELSE 'total' END AS dimension,
			CASE
				WHEN grouping(d.region) = 0 THEN d.region
				WHEN grouping(d.event_type) = 0 THEN d.event_type
				WHEN grouping(d.topic) = 0 THEN d.topic
				WHEN grouping(d.article) = 0 THEN d.article
				WHEN grouping(a.charge_type) = 0 THEN a.charge_type END AS key,
			count(*)::INTEGER AS events,
			sum(d.detained)::INTEGER AS detained,
			count(*) FILTER (WHERE d.detained IS NULL)::INTEGER AS "unknownEvents"
		FROM ${FILTERED_DETENTIONS} ${where.sql}
		GROUP BY GROUPING SETS ((d.region), (d.event_type), (d.topic), (d.article), (a.charge_type), ())
		ORDER BY dimension, detained DESC NULLS LAST, key NULLS LAST`,
		where.params
	);
	const result: Breakdowns = { region: [], event: [], topic: [], article: [], charge: [], total: { events: 0, detained: null, unknownEvents: 0 } };
	for (const { dimension, ...count } of rows) {
		if (dimension === 'total') result.total = { events: count.events, detained: count.detained, unknownEvents: count.unknownEvents };
		else result[dimension].push(count);
	}
	return result;
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

export interface Region {
	code: string;
	nameRu: string;
	nameEn: string;
	status: 'federal_subject' | 'occupied';
	col: number;
	row: number;
}

export function regionList(db: Database): Promise<Region[]> {
	return db.query<Region>(
		`SELECT code, name_ru AS "nameRu", name_en AS "nameEn", status, tile_col AS col, tile_row AS row FROM regions ORDER BY code`
	);
}

export interface Article {
	code: string;
	law: 'criminal' | 'administrative';
	number: string;
	titleRu: string;
	titleEn: string;
	chargeType: string;
}

export function articleList(db: Database): Promise<Article[]> {
	return db.query<Article>(
		`SELECT code, law, number, title_ru AS "titleRu", title_en AS "titleEn", charge_type AS "chargeType" FROM articles ORDER BY law, code`
	);
}

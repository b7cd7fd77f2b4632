// Every SQL query of the site, by name. The same functions run at build time (Node) and in the browser.
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval } from 'd3';
import { detentionWhere, FILTERED_DETENTIONS, NO_FILTER, type DetentionFilter } from './detentionFilter';
import type { Database } from './types';

export const GRANULARITIES = ['day', 'week', 'month', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];


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

export interface DetentionView {
	series: PeriodCount[];
	breakdowns: Breakdowns;
}

const INTERVALS: Record<Granularity, CountableTimeInterval> = { day: utcDay, week: utcMonday, month: utcMonth, year: utcYear };
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Everything the detentions page draws for one filter, in one pass over the cube (GROUPING SETS): detentions per
 * period and every breakdown with the total. The periods run over the filter's date range, or over the whole data
 * when it has none, so the time axis stays put while other filters change; periods without events are zeros.
 */
export async function detentionView(db: Database, granularity: Granularity, filter: DetentionFilter = NO_FILTER): Promise<DetentionView> {
	// The period is written into the SQL (from the allowlist, never from the caller): DuckDB then truncates dates with
	// a constant unit instead of reading a parameter on every row.
	if (!GRANULARITIES.includes(granularity)) throw new Error(`unknown granularity: ${String(granularity)}`);
	const where = detentionWhere(filter);
	const rows = await db.query<KeyCount & { dimension: BreakdownName | 'period' | 'total'; first: string; last: string }>(
		`SELECT CASE
				WHEN grouping(d.region) = 0 THEN 'region'
				WHEN grouping(d.event_type) = 0 THEN 'event'
				WHEN grouping(d.topic) = 0 THEN 'topic'
				WHEN grouping(d.article) = 0 THEN 'article'
				WHEN grouping(d.charge_type) = 0 THEN 'charge'
				WHEN grouping(period) = 0 THEN 'period'
				ELSE 'total' END AS dimension,
			CASE
				WHEN grouping(d.region) = 0 THEN d.region
				WHEN grouping(d.event_type) = 0 THEN d.event_type
				WHEN grouping(d.topic) = 0 THEN d.topic
				WHEN grouping(d.article) = 0 THEN d.article
				WHEN grouping(d.charge_type) = 0 THEN d.charge_type
				WHEN grouping(period) = 0 THEN strftime(period, '%Y-%m-%d') END AS key,
			coalesce(sum(d.events), 0)::INTEGER AS events,
			sum(d.detained)::BIGINT AS detained,
			coalesce(sum(d.unknown_events), 0)::INTEGER AS "unknownEvents",
			(SELECT first FROM detention_bounds) AS first,
			(SELECT last FROM detention_bounds) AS last
		FROM (SELECT *, date_trunc('${granularity}', date)::DATE AS period FROM ${FILTERED_DETENTIONS}) d
		${where.sql}
		GROUP BY GROUPING SETS ((d.region), (d.event_type), (d.topic), (d.article), (d.charge_type), (period), ())
		ORDER BY dimension, detained DESC NULLS LAST, key NULLS LAST`,
		where.params
	);
	const breakdowns: Breakdowns = { region: [], event: [], topic: [], article: [], charge: [], total: { events: 0, detained: null, unknownEvents: 0 } };
	const byPeriod = new Map<string, Count>();
	let bounds: { first: string; last: string } | null = null;
	for (const { dimension, first, last, ...count } of rows) {
		const tally = { events: count.events, detained: count.detained, unknownEvents: count.unknownEvents };
		if (dimension === 'total') {
			breakdowns.total = tally;
			bounds = first && last ? { first, last } : null;
		} else if (dimension === 'period') byPeriod.set(count.key!, tally);
		else breakdowns[dimension].push(count);
	}
	// The total row carries the data's bounds even when nothing matches; with no data at all there is no axis.
	const lo = filter.from ?? bounds?.first;
	const hi = filter.to ?? bounds?.last;
	if (!lo || !hi) return { series: [], breakdowns };
	const interval = INTERVALS[granularity];
	const start = interval.floor(new Date(`${lo}T00:00:00Z`));
	const end = interval.offset(interval.floor(new Date(`${hi}T00:00:00Z`)), 1);
	const series = interval.range(start, end).map((d) => {
		const period = isoDay(d);
		const count = byPeriod.get(period);
		return { period, events: count?.events ?? 0, detained: count ? count.detained : 0, unknownEvents: count?.unknownEvents ?? 0 };
	});
	return { series, breakdowns };
}

/** Detentions per period that match the filter (see detentionView). */
export async function detentionsOverTime(db: Database, granularity: Granularity, filter: DetentionFilter = NO_FILTER): Promise<PeriodCount[]> {
	return (await detentionView(db, granularity, filter)).series;
}

/** Every breakdown of the detentions page and the total (see detentionView). */
export async function detentionBreakdowns(db: Database, filter: DetentionFilter = NO_FILTER): Promise<Breakdowns> {
	return (await detentionView(db, 'year', filter)).breakdowns;
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
			count(*)::INTEGER AS events, sum(detained)::BIGINT AS detained,
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

/** A code of a vocabulary a maintainer extends (event types, topics), with its labels. */
export interface VocabularyEntry {
	code: string;
	labelRu: string;
	labelEn: string;
}

/** The table's rows in the order the maintainer wrote them, which is the order filters list them in. */
function vocabulary(db: Database, table: 'event_types' | 'topics'): Promise<VocabularyEntry[]> {
	return db.query<VocabularyEntry>(`SELECT code, label_ru AS "labelRu", label_en AS "labelEn" FROM ${table} ORDER BY rowid`);
}

export const eventTypeList = (db: Database) => vocabulary(db, 'event_types');
export const topicList = (db: Database) => vocabulary(db, 'topics');

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

export interface Prisoner {
	id: string;
	nameRu: string;
	nameEn: string;
	birthYear: number | null;
	gender: 'female' | 'male' | null;
	region: string;
	articles: string[];
	/** The charges as the source cited them. */
	articlesRaw: string | null;
	caseCategory: string;
	arrestedOn: string | null;
	sentencedOn: string | null;
	appealOn: string | null;
	sentenceYears: number | null;
	/** The kind of punishment sentenced (imprisonment, fine, suspended…); null before a sentence. */
	punishment: string | null;
	fineRub: number | null;
	/** The sentence as the source wrote it. */
	sentenceRaw: string | null;
	status: string;
	releasedOn: string | null;
	facility: string | null;
	letterAddress: string | null;
	bioRu: string | null;
	bioEn: string | null;
	photo: string | null;
	recognizedBy: string | null;
	sourceUrl: string | null;
	updatedOn: string;
}

const PRISONER_COLUMNS = `id, name_ru AS "nameRu", name_en AS "nameEn", birth_year AS "birthYear", gender, region, articles,
	articles_raw AS "articlesRaw", case_category AS "caseCategory", strftime(arrested_on, '%Y-%m-%d') AS "arrestedOn",
	strftime(sentenced_on, '%Y-%m-%d') AS "sentencedOn", strftime(appeal_on, '%Y-%m-%d') AS "appealOn",
	sentence_years AS "sentenceYears", punishment, fine_rub AS "fineRub", sentence_raw AS "sentenceRaw", status, strftime(released_on, '%Y-%m-%d') AS "releasedOn", facility,
	letter_address AS "letterAddress", bio_ru AS "bioRu", bio_en AS "bioEn", photo, recognized_by AS "recognizedBy",
	source_url AS "sourceUrl", strftime(updated_on, '%Y-%m-%d') AS "updatedOn"`;

/** Every person, most recent arrest first (unknown arrest dates last). */
export function prisonerList(db: Database): Promise<Prisoner[]> {
	return db.query<Prisoner>(`SELECT ${PRISONER_COLUMNS} FROM prisoners ORDER BY arrested_on DESC NULLS LAST, id`);
}

export async function prisonerById(db: Database, id: string): Promise<Prisoner | null> {
	const [row] = await db.query<Prisoner>(`SELECT ${PRISONER_COLUMNS} FROM prisoners WHERE id = $1`, [id]);
	return row ?? null;
}

/** Every published figure, by metric and date: the data page lists each with its source. */
export function allFigures(db: Database): Promise<Figure[]> {
	return db.query<Figure>(
		`SELECT metric, strftime(date, '%Y-%m-%d') AS date, period, value, qualifier, geography,
			source_title AS "sourceTitle", source_date AS "sourceDate", source_url AS "sourceUrl", note
		FROM figures ORDER BY metric, date`
	);
}

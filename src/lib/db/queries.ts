// Every SQL query of the site, by name. The same functions run at build time (Node) and in the browser.
import { byDimension, DETENTION_DIMENSIONS, type DetentionDimension, type DimensionKey } from '../datasets/detentions';
import type { DimensionValue, ValueSource } from '../datasets/types';
import { GRANULARITIES, periodStarts, type Granularity } from '../time/days';
import { detentionWhere, FILTERED_DETENTIONS, NO_FILTER, type DetentionFilter } from './detentionFilter';
import type { Database } from './types';

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

/** Counts per value of every dimension, and the total. */
export type Breakdowns = Record<DimensionKey, KeyCount[]> & { total: Count };

/** The result of one detentions query: the time series and every breakdown. */
export interface DetentionCounts {
	series: PeriodCount[];
	breakdowns: Breakdowns;
}

/** Breakdowns with no rows: what a page ships when it shows only the total. */
export function emptyBreakdowns(total: Count): Breakdowns {
	return { ...byDimension((): KeyCount[] => []), total };
}

/** The CASE ladder that names, for each grouping set, which dimension a row counts by, then its code. */
const grouped = (then: (d: DetentionDimension) => string) => (DETENTION_DIMENSIONS as readonly DetentionDimension[]).map((d) => `WHEN grouping(d.${d.column}) = 0 THEN ${then(d)}`).join('\n\t\t\t\t');

/**
 * Everything the detentions page draws for one filter, in one pass over the cube (GROUPING SETS): detentions per
 * period and every breakdown with the total. The periods run over the filter's date range, or over the whole data
 * when it has none, so the time axis stays put while other filters change; periods without events are zeros.
 */
export async function detentionView(db: Database, granularity: Granularity, filter: DetentionFilter = NO_FILTER): Promise<DetentionCounts> {
	// The period is written into the SQL (from the allowlist, never from the caller): DuckDB then truncates dates with
	// a constant unit instead of reading a parameter on every row.
	if (!GRANULARITIES.includes(granularity)) throw new Error(`unknown granularity: ${String(granularity)}`);
	const where = detentionWhere(filter);
	const rows = await db.query<KeyCount & { dimension: DimensionKey | 'period' | 'total'; first: string; last: string }>(
		`SELECT CASE
				${grouped((d) => `'${d.key}'`)}
				WHEN grouping(period) = 0 THEN 'period'
				ELSE 'total' END AS dimension,
			CASE
				${grouped((d) => `d.${d.column}::VARCHAR`)}
				WHEN grouping(period) = 0 THEN strftime(period, '%Y-%m-%d') END AS key,
			coalesce(sum(d.events), 0)::INTEGER AS events,
			sum(d.detained)::BIGINT AS detained,
			coalesce(sum(d.unknown_events), 0)::INTEGER AS "unknownEvents",
			(SELECT first FROM detention_bounds) AS first,
			(SELECT last FROM detention_bounds) AS last
		FROM (SELECT *, date_trunc('${granularity}', date)::DATE AS period FROM ${FILTERED_DETENTIONS}) d
		${where.sql}
		GROUP BY GROUPING SETS (${DETENTION_DIMENSIONS.map((d) => `(d.${d.column})`).join(', ')}, (period), ())
		ORDER BY dimension, detained DESC NULLS LAST, key NULLS LAST`,
		where.params
	);
	const breakdowns = emptyBreakdowns({ events: 0, detained: null, unknownEvents: 0 });
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
	const series = periodStarts(lo, hi, granularity).map((period) => {
		const count = byPeriod.get(period);
		return { period, events: count?.events ?? 0, detained: count ? count.detained : 0, unknownEvents: count?.unknownEvents ?? 0 };
	});
	return { series, breakdowns };
}

/** An article's short name, «УК 207.3» / "CC 207.3", in SQL: articles.csv has the law and the number. */
const articleShort = (locale: 'ru' | 'en') =>
	locale === 'ru' ? `(CASE law WHEN 'criminal' THEN 'УК ' ELSE 'КоАП ' END || number)` : `(CASE law WHEN 'criminal' THEN 'CC ' ELSE 'CAO ' END || number)`;

/**
 * The values of a dimension that are listed in the data, with their labels: its lookup table's rows in the order the
 * maintainer wrote them, articles by short name and title, or free text as written. Enums are labelled by messages
 * (see detentions/pageData.ts).
 */
export function dimensionValues(db: Database, values: Extract<ValueSource, { kind: 'lookup' | 'articles' | 'text' }>): Promise<DimensionValue[]> {
	switch (values.kind) {
		case 'lookup':
			return db.query<DimensionValue>(`SELECT code, ${values.labelRu} AS "labelRu", ${values.labelEn} AS "labelEn" FROM ${values.table} ORDER BY rowid`);
		case 'articles':
			return db.query<DimensionValue>(
				`SELECT code, ${articleShort('ru')} || ' · ' || title_ru AS "labelRu", ${articleShort('en')} || ' · ' || title_en AS "labelEn" FROM articles ORDER BY law, code`
			);
		case 'text': {
			const english = values.english ?? {};
			return db
				.query<DimensionValue>(`SELECT DISTINCT ${values.field} AS code, code AS "labelRu", code AS "labelEn" FROM detentions WHERE code IS NOT NULL ORDER BY code`)
				.then((rows) => rows.map((v) => ({ ...v, labelEn: english[v.code.trim().toLowerCase()] ?? v.labelEn })));
		}
	}
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

export type Qualifier = 'exact' | 'at_least' | 'more_than' | 'about';

export interface Figure {
	metric: string;
	/** What the metric counts, from metrics.csv. */
	labelRu: string;
	labelEn: string;
	date: string;
	period: string;
	value: number;
	qualifier: Qualifier;
	geography: string;
	sourceTitle: string;
	sourceDate: string;
	sourceUrl: string | null;
	note: string | null;
}

/** How a metric's figures relate over time (metrics.csv `kind`): only `at_date` and `cumulative` figures form a series. */
export type MetricKind = 'at_date' | 'cumulative' | 'per_period';

export interface Metric {
	code: string;
	labelRu: string;
	labelEn: string;
	kind: MetricKind;
	definitionRu: string | null;
	definitionEn: string | null;
}

/** Every metric in the order metrics.csv lists them, which is the order pages show them in. */
export function metricList(db: Database): Promise<Metric[]> {
	return db.query<Metric>(
		`SELECT code, label_ru AS "labelRu", label_en AS "labelEn", kind, definition_ru AS "definitionRu", definition_en AS "definitionEn"
		FROM metrics ORDER BY rowid`
	);
}

// Every figure query reads the same columns, with its metric's labels (figures.metric is a foreign key to metrics).
const FIGURE_COLUMNS = `f.metric, m.label_ru AS "labelRu", m.label_en AS "labelEn", strftime(f.date, '%Y-%m-%d') AS date, f.period, f.value,
	f.qualifier, f.geography, f.source_title AS "sourceTitle", f.source_date AS "sourceDate", f.source_url AS "sourceUrl", f.note`;

/** The most recent published figure of each metric; of several on that date, the largest. */
export function latestFigures(db: Database): Promise<Figure[]> {
	return db.query<Figure>(
		`SELECT ${FIGURE_COLUMNS}
		FROM figures f JOIN metrics m ON m.code = f.metric
		QUALIFY row_number() OVER (PARTITION BY f.metric ORDER BY f.date DESC, f.value DESC) = 1
		ORDER BY f.metric`
	);
}

/**
 * The figures of every metric that forms a series over time: counts at a date or running totals (never per-period
 * counts, which are not one quantity over time), published for at least two dates. In metrics.csv order, then by date.
 */
export function figureSeriesRows(db: Database): Promise<Figure[]> {
	return db.query<Figure>(
		`SELECT ${FIGURE_COLUMNS}
		FROM figures f JOIN metrics m ON m.code = f.metric
		WHERE m.kind IN ('at_date', 'cumulative')
		QUALIFY count(DISTINCT f.date) OVER (PARTITION BY f.metric) >= 2
		ORDER BY m.rowid, f.date, f.value, f.source_title`
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
	/** «УК 207.3», "CC 207.3". */
	shortRu: string;
	shortEn: string;
	titleRu: string;
	titleEn: string;
	chargeType: string;
}

export function articleList(db: Database): Promise<Article[]> {
	return db.query<Article>(
		`SELECT code, law, number, ${articleShort('ru')} AS "shortRu", ${articleShort('en')} AS "shortEn", title_ru AS "titleRu", title_en AS "titleEn",
			charge_type AS "chargeType" FROM articles ORDER BY law, code`
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
	/** Electronic letter services the prison accepts, `;`-separated (optional column). */
	letterServices: string | null;
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
	letter_address AS "letterAddress", letter_services AS "letterServices", bio_ru AS "bioRu", bio_en AS "bioEn", photo, recognized_by AS "recognizedBy",
	source_url AS "sourceUrl", strftime(updated_on, '%Y-%m-%d') AS "updatedOn"`;

/** Every person, most recent arrest first (unknown arrest dates last). */
export function prisonerList(db: Database): Promise<Prisoner[]> {
	return db.query<Prisoner>(`SELECT ${PRISONER_COLUMNS} FROM prisoners ORDER BY arrested_on DESC NULLS LAST, id`);
}

export async function prisonerById(db: Database, id: string): Promise<Prisoner | null> {
	// One row: a page of one person is made again only when that person's row changes.
	const [row] = await db.query<Prisoner>(`SELECT ${PRISONER_COLUMNS} FROM prisoners WHERE id = $1`, [id], [`prisoners#${id}`]);
	return row ?? null;
}

/** Every published figure, by metric (in metrics.csv order) and date: the data page lists each with its source. */
export function allFigures(db: Database): Promise<Figure[]> {
	return db.query<Figure>(
		`SELECT ${FIGURE_COLUMNS}
		FROM figures f JOIN metrics m ON m.code = f.metric
		ORDER BY m.rowid, f.date, f.value, f.source_title`
	);
}

// Every link-preview card the build draws, and what each shows, in the page's language: the home page, each
// single-value detentions view, each embeddable chart, each series of published figures and each profile. The data
// come from the same queries and page data as the pages themselves; the drawing is cardFrame/cardCharts/cardBodies.
import { figureSeriesCredit } from '../charts/scales/figureSeries';
import { breakdownChart, DETENTION_DIMENSIONS } from '../datasets/detentions';
import { PRISONER_DIMENSIONS, type PrisonerDimensionOf } from '../datasets/prisoners';
import { articleList, detentionView, prisonerList, regionList, type Article, type Prisoner, type Region } from '../db/queries';
import type { Database } from '../db/types';
import { dimensionLabels } from '../detentions/labels';
import { detentionPageData, type DetentionPageData } from '../detentions/pageData';
import { filterOf, singleViews, viewPagePath, type SingleView } from '../detentions/views';
import { EMBEDDABLE_CHARTS, embeddableChart } from '../embed/charts';
import { figureEmbedId, figuresHomeData, type FigureSeries } from '../figures/pageData';
import { qualifiedCount, qualifiedValue } from '../figures/text';
import { formatDate, formatNumber } from '../i18n/format';
import { createI18n, type I18n } from '../i18n/i18n';
import { articleShortName, articleTitle, capitalized, localized, regionName } from '../i18n/labels';
import type { Locale } from '../i18n/locales';
import type { MessageKey } from '../i18n/messages';
import { aboutPerson, ageOn } from '../prisoners/entries';
import { prisonerPageData, type PrisonerPageData } from '../prisoners/pageData';
import { sourceTitle, type Credit } from '../schema/credit';
import { captioned, countBeside, profileBody } from './cardBodies';
import { barsChart, figureChart, seriesChart, tileMapChart } from './cardCharts';
import type { Card } from './cardFrame';
import { unbroken } from './svgText';

interface Sources {
	detentions: DetentionPageData;
	prisoners: PrisonerPageData;
	series: FigureSeries[];
	inPrison: Awaited<ReturnType<typeof figuresHomeData>>['inPrison'];
	people: Map<string, Prisoner>;
	articles: Map<string, Article>;
	regions: Map<string, Region>;
}

// Read once per database: a build draws hundreds of cards from the same few results.
const loaded = new WeakMap<Database, Promise<Sources>>();
function sources(db: Database): Promise<Sources> {
	let promise = loaded.get(db);
	if (!promise) {
		promise = (async () => {
			const [detentions, prisoners, figures, people, articles, regions] = await Promise.all([
				detentionPageData(db),
				prisonerPageData(db),
				figuresHomeData(db),
				prisonerList(db),
				articleList(db),
				regionList(db)
			]);
			return {
				detentions,
				prisoners: prisoners.page,
				series: figures.series,
				inPrison: figures.inPrison,
				people: new Map(people.map((p) => [p.id, p])),
				articles: new Map(articles.map((a) => [a.code, a])),
				regions: new Map(regions.map((r) => [r.code, r]))
			};
		})();
		loaded.set(db, promise);
	}
	return promise;
}

// A view's counts, shared by its two languages' cards.
const counted = new WeakMap<Database, Map<string, ReturnType<typeof detentionView>>>();
function viewCounts(db: Database, view: SingleView): ReturnType<typeof detentionView> {
	const views = counted.get(db) ?? new Map<string, ReturnType<typeof detentionView>>();
	counted.set(db, views);
	const key = `${view.key}/${view.value}`;
	if (!views.has(key)) views.set(key, detentionView(db, 'month', filterOf(view)));
	return views.get(key)!;
}

/** Every page that has a card of its own, as a path after the language prefix (paths.ts). */
export async function cardPages(db: Database): Promise<string[]> {
	const s = await sources(db);
	return [
		'/',
		...singleViews(s.detentions.values).map(viewPagePath),
		...EMBEDDABLE_CHARTS.map((c) => `/embed/${c.id}/`),
		...s.series.map((series) => `/embed/${figureEmbedId(series.metric.code)}/`),
		...[...s.people.keys()].map((id) => `/prisoners/${encodeURIComponent(id)}/`)
	];
}

/** The card of a page, or null when the page has none. */
export async function pageCard(db: Database, locale: Locale, pagePath: string): Promise<Card | null> {
	const s = await sources(db);
	const i18n = createI18n(() => locale);
	const words = { i18n, site: i18n.t('site.short') };
	const part = (pattern: RegExp) => pagePath.match(pattern)?.slice(1).map(decodeURIComponent);
	if (pagePath === '/') return homeCard(words, s);
	const view = part(/^\/detentions\/([^/]+)\/([^/]+)\/$/);
	if (view) {
		const single = singleViews(s.detentions.values).find((v) => v.key === view[0] && v.value === view[1]);
		return single ? viewCard(words, s.detentions, single, await viewCounts(db, single)) : null;
	}
	const metric = part(/^\/embed\/figures\/([^/]+)\/$/);
	if (metric) {
		const series = s.series.find((x) => x.metric.code === metric[0]);
		return series ? figureCard(words, series) : null;
	}
	const chart = part(/^\/embed\/([^/]+)\/$/);
	if (chart) {
		const spec = embeddableChart(chart[0]!);
		if (!spec) return null;
		return spec.family === 'detentions' ? detentionsChartCard(words, s.detentions, spec.id, i18n.t(spec.title)) : prisonersChartCard(words, s.prisoners, spec.id, i18n.t(spec.title));
	}
	const person = part(/^\/prisoners\/([^/]+)\/$/);
	const p = person ? s.people.get(person[0]!) : undefined;
	return p ? profileCard(words, p, s) : null;
}

// ---- Words cards share ----------------------------------------------------------------------------------------

interface Words {
	i18n: I18n;
	/** The site's name, at the top of every card. */
	site: string;
}

const sourceLine = (i18n: I18n, credit: Credit) =>
	i18n.t('chart.source', { source: credit.sources.map((s) => sourceTitle(s, i18n.locale)).join('; ') || i18n.t('chart.noSource') });
const dateLine = (i18n: I18n, date: string) => i18n.t('chart.asOf', { date: formatDate(i18n.locale, date) });
const demoLabel = (i18n: I18n, demo: boolean) => (demo ? i18n.t('chart.demo') : null);

/** «12 345 задержаний с 1 января 2022 года по 10 ноября 2026 года», and «, по месяцам» for a series. */
function detentionsSpan(i18n: I18n, detained: number | null, d: DetentionPageData, perMonth: boolean): string {
	const total = detained === null ? i18n.t('detentions.noneKnown') : i18n.tn('detentions.unit', detained);
	if (!d.first || !d.last) return total;
	const first = unbroken(formatDate(i18n.locale, d.first, 'day', 'genitive'));
	const last = unbroken(formatDate(i18n.locale, d.last, 'day', 'accusative'));
	return capitalized(i18n.t(perMonth ? 'card.series' : 'card.range', { total, first, last }));
}

const seriesPoints = (rows: { period: string; detained: number | null }[]) => rows.map((r) => ({ period: r.period, value: r.detained }));

// ---- Cards ------------------------------------------------------------------------------------------------------

function homeCard({ i18n, site }: Words, s: Sources): Card {
	const d = s.detentions;
	const figure = s.inPrison.antiwar;
	const count = figure && {
		// «не менее» over «267»: the qualifier is said, never dropped.
		qualifier: i18n.t(`qualifier.${figure.qualifier}` as MessageKey, { value: '' }).trim(),
		value: formatNumber(i18n.locale, figure.value),
		text: i18n.t('prisonNow.antiwar', {
			date: unbroken(formatDate(i18n.locale, figure.date, 'day', 'genitive')),
			count: qualifiedCount(i18n, figure, { exact: 'prisonNow.antiwarCount', bound: 'prisonNow.antiwarCountBound' })
		})
	};
	const source = d.credit.sources.map((x) => sourceTitle(x, i18n.locale)).join('; ') || i18n.t('chart.noSource');
	return {
		locale: i18n.locale,
		site,
		title: i18n.t('home.title'),
		demo: null,
		footer: [
			...(figure ? [i18n.t('figure.source', { source: figure.sourceTitle, date: formatDate(i18n.locale, figure.sourceDate) })] : []),
			i18n.t('card.chartSource', { source }),
			i18n.t('card.chartAsOf', { date: formatDate(i18n.locale, d.last) })
		],
		// The count is a real published figure; only the detentions series may be demo, and its label says so.
		body: countBeside(
			count,
			captioned(detentionsSpan(i18n, d.breakdowns.total.detained, d, true), demoLabel(i18n, d.demo), (box) => seriesChart(seriesPoints(d.monthly), box, i18n.locale))
		)
	};
}

function viewCard({ i18n, site }: Words, d: DetentionPageData, view: SingleView, counts: Awaited<ReturnType<typeof detentionView>>): Card {
	const dimension = DETENTION_DIMENSIONS.find((dim) => dim.key === view.key)!;
	const value = dimensionLabels(i18n, d.values)[view.key](view.value);
	return {
		locale: i18n.locale,
		site,
		title: i18n.t('explorer.singleTitle', { dimension: i18n.t(dimension.label).toLocaleLowerCase(i18n.locale), value }),
		subtitle: detentionsSpan(i18n, counts.breakdowns.total.detained, d, true),
		demo: demoLabel(i18n, d.demo),
		footer: [sourceLine(i18n, d.credit), dateLine(i18n, d.last)],
		body: (box) => seriesChart(seriesPoints(counts.series), box, i18n.locale)
	};
}

function detentionsChartCard({ i18n, site }: Words, d: DetentionPageData, id: string, title: string): Card {
	const frame = { locale: i18n.locale, site, title, demo: demoLabel(i18n, d.demo), footer: [sourceLine(i18n, d.credit), dateLine(i18n, d.last)] };
	const total = d.breakdowns.total.detained;
	const breakdown = breakdownChart(id);
	if (!breakdown) return { ...frame, subtitle: detentionsSpan(i18n, total, d, true), body: (box) => seriesChart(seriesPoints(d.monthly), box, i18n.locale) };
	const key = breakdown.dimension.key;
	const label = dimensionLabels(i18n, d.values)[key];
	const subtitle = detentionsSpan(i18n, total, d, false);
	if (breakdown.chart.kind === 'map') {
		const byCode = new Map(d.breakdowns.region.map((k) => [k.key, k.detained]));
		const tiles = d.regions.map((r) => ({ code: r.code, col: r.col, row: r.row, name: label(r.code), outlined: r.status === 'occupied', value: byCode.get(r.code) ?? 0 }));
		return { ...frame, subtitle, body: (box) => tileMapChart(tiles, box, i18n.locale) };
	}
	const items = d.breakdowns[key].map((k) => ({ key: k.key, label: label(k.key), value: k.detained }));
	return { ...frame, subtitle, body: (box) => barsChart(items, box, i18n.locale) };
}

function prisonersChartCard({ i18n, site }: Words, p: PrisonerPageData, id: string, title: string): Card {
	const frame = { locale: i18n.locale, site, title, demo: demoLabel(i18n, p.demo), footer: [sourceLine(i18n, p.credit), dateLine(i18n, p.asOf)] };
	const people = (points: { value: number | null }[]) => i18n.tn('prisoners.people', points.reduce((sum, x) => sum + (x.value ?? 0), 0));
	if (id === 'prisoners-arrests') return { ...frame, subtitle: people(p.charts.arrests), body: (box) => seriesChart(p.charts.arrests, box, i18n.locale) };
	// People held at each month's start: their sum counts no one, so this card says no total.
	if (id === 'prisoners-in-custody') return { ...frame, body: (box) => seriesChart(p.charts.custody, box, i18n.locale) };
	const dimension = (PRISONER_DIMENSIONS as readonly PrisonerDimensionOf[]).find((d) => d.chart?.id === id);
	const labels = dimension ? new Map(p.values[dimension.key].map((v) => [v.code, localized(i18n, v)])) : null;
	const tallies = dimension ? (p.charts.bars[id] ?? []) : p.charts.sentence;
	const items = tallies.map((t) => ({ key: t.key, label: labels ? (labels.get(t.key) ?? t.key) : i18n.t(`bin.${t.key}` as MessageKey), value: t.count }));
	// Ranked like the page's bars: the largest first (sentence lengths keep their own order).
	if (dimension) items.sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
	return { ...frame, subtitle: people(items), body: (box) => barsChart(items, box, i18n.locale) };
}

function figureCard({ i18n, site }: Words, series: FigureSeries): Card {
	const latest = series.figures.reduce((a, b) => (b.date >= a.date ? b : a));
	return {
		locale: i18n.locale,
		site,
		title: localized(i18n, series.metric),
		subtitle: i18n.t('card.latest', { value: qualifiedValue(i18n, latest), date: formatDate(i18n.locale, latest.date, 'day', 'genitive'), points: i18n.tn('figure.points', series.figures.length) }),
		// Published figures are real and sourced, never demo.
		demo: null,
		footer: [sourceLine(i18n, figureSeriesCredit(series.figures)), dateLine(i18n, latest.date)],
		body: (box) => figureChart(series.figures, box, i18n.locale)
	};
}

function profileCard({ i18n, site }: Words, person: Prisoner, s: Sources): Card {
	const ru = i18n.locale === 'ru';
	const region = s.regions.get(person.region);
	const age = ageOn(person.birthYear, person.updatedOn);
	const status = [
		aboutPerson(i18n, `status.${person.status}` as MessageKey, person.gender),
		region ? regionName(i18n, region) : person.region,
		...(age !== null ? [i18n.tn('prisoners.age', age)] : [])
	].join(' · ');
	const charges = person.articles.map((code) => {
		const article = s.articles.get(code);
		return article ? `${articleShortName(i18n, article)} — ${articleTitle(i18n, article)}` : code;
	});
	return {
		locale: i18n.locale,
		site,
		title: ru ? person.nameRu : person.nameEn,
		subtitle: ru ? person.nameEn : person.nameRu,
		titleLines: 1,
		demo: demoLabel(i18n, s.prisoners.demo),
		footer: [sourceLine(i18n, s.prisoners.credit), i18n.t('profile.asOf', { date: formatDate(i18n.locale, person.updatedOn) })],
		body: profileBody({
			status,
			chargesHeading: i18n.t('card.charges'),
			charges,
			letterHeading: i18n.t('profile.letter'),
			letter: person.letterAddress ?? i18n.t('profile.noAddress')
		})
	};
}

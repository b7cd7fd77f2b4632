// What each link-preview card shows, in the page's language: the home page, each single-value detentions view, each
// embeddable chart, each series of published figures and each profile (pages.ts says which pages have one). The data
// come from the same queries and page data as the pages themselves; Card.svelte draws the spec.
import { figureSeriesCredit } from '../charts/scales/figureSeries';
import { breakdownChart, DETENTION_DIMENSIONS } from '../datasets/detentions';
import { PRISONER_DIMENSIONS, type PrisonerDimensionOf } from '../datasets/prisoners';
import { articleList, detentionView, prisonerById, regionList, type Article, type Prisoner, type Region } from '../db/queries';
import type { Database } from '../db/types';
import { detentionPageData, type DetentionPageData } from '../detentions/pageData';
import { detainedText, dimensionLabels, regionTiles } from '../detentions/labels';
import { filterOf, type SingleView } from '../detentions/views';
import { embeddableChart } from '../embed/charts';
import { collectionPageData, type CollectionPageData } from '../collections/pageData';
import { figuresHomeData, type FigureSeries } from '../figures/pageData';
import { qualifiedValue, sourceTitleText } from '../figures/text';
import { formatDate, formatNumber } from '../i18n/format';
import { createI18n, type I18n } from '../i18n/i18n';
import { articleShortName, articleTitle, capitalized, localized, regionName } from '../i18n/labels';
import type { Locale } from '../i18n/locales';
import type { MessageKey } from '../i18n/messages';
import { aboutPerson, ageOn } from '../prisoners/entries';
import { prisonerPageData, type PrisonerPageData } from '../prisoners/pageData';
import { sourceTitle, type Credit } from '../schema/credit';
import { creditOf, isDemo } from '../schema/package';
import { matchPage } from '../site/pages';
import type { CardSpec } from './spec';

/** The card of a page (a path after the language prefix), or null when the page has none or is not there. */
export async function pageCard(db: Database, locale: Locale, path: string): Promise<CardSpec | null> {
	const page = matchPage(path);
	if (!page || page.type.card !== 'own') return null;
	const i18n = createI18n(() => locale);
	const words = { i18n, site: i18n.t('site.short') };
	const { params } = page;
	// Each card reads only what it shows, so that the build redraws it only when that changes (build/cache.server.ts).
	switch (page.type.id) {
		case 'home': {
			const [detentions, figures] = await Promise.all([detentionPageData(db), figuresHomeData(db)]);
			return homeCard(words, detentions, figures.inPrison);
		}
		case 'detentionsView': {
			const detentions = await detentionPageData(db);
			const view = { key: params.dimension, value: params.value } as SingleView;
			const known = detentions.values[view.key]?.some((v) => v.code === view.value);
			return known ? viewCard(words, detentions, view, await detentionView(db, 'month', filterOf(view))) : null;
		}
		case 'figuresEmbed': {
			const series = (await figuresHomeData(db)).series.find((x) => x.metric.code === params.metric);
			return series ? figureCard(words, series) : null;
		}
		case 'embed': {
			const spec = embeddableChart(params.chart!);
			if (!spec) return null;
			if (spec.family === 'detentions') return detentionsChartCard(words, await detentionPageData(db), spec.id, i18n.t(spec.title));
			return prisonersChartCard(words, (await prisonerPageData(db)).page, spec.id, i18n.t(spec.title));
		}
		case 'profile': {
			const person = await prisonerById(db, params.id!);
			if (!person) return null;
			const [articles, regions] = await Promise.all([articleList(db), regionList(db)]);
			return profileCard(words, person, { articles: new Map(articles.map((a) => [a.code, a])), regions: new Map(regions.map((r) => [r.code, r])) });
		}
		case 'collection': {
			const data = await collectionPageData(db, params.slug!);
			return data ? collectionCard(words, data) : null;
		}
		default:
			return null;
	}
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
/** A phrase that should not be broken across lines (a date): its spaces made no-break spaces. */
const unbroken = (text: string) => text.replace(/ /g, '\u00a0');

/** «12 345 задержаний с 1 января 2022 года по 10 ноября 2026 года», and «, по месяцам» for a series. */
function detentionsSpan(i18n: I18n, detained: number | null, d: DetentionPageData, perMonth: boolean): string {
	const total = detainedText(i18n, detained);
	if (!d.first || !d.last) return total;
	const first = unbroken(formatDate(i18n.locale, d.first, 'day', 'genitive'));
	const last = unbroken(formatDate(i18n.locale, d.last, 'day', 'accusative'));
	return capitalized(i18n.t(perMonth ? 'card.series' : 'card.range', { total, first, last }));
}

const seriesPoints = (rows: { period: string; detained: number | null }[]) => rows.map((r) => ({ period: r.period, value: r.detained }));

// ---- Cards ------------------------------------------------------------------------------------------------------

function homeCard({ i18n, site }: Words, d: DetentionPageData, inPrison: Awaited<ReturnType<typeof figuresHomeData>>['inPrison']): CardSpec {
	// The newest published count of people held; what it counts and its date are said with it.
	const figure = inPrison[0];
	const count = figure && {
		// «не менее» over «3 059»: the qualifier is said, never dropped.
		qualifier: i18n.t(`qualifier.${figure.qualifier}` as MessageKey, { value: '' }).trim(),
		value: formatNumber(i18n.locale, figure.value),
		text: i18n.t('prisonNow.card', { label: localized(i18n, figure), date: unbroken(formatDate(i18n.locale, figure.date, 'day', 'genitive')) })
	};
	const source = d.credit.sources.map((x) => sourceTitle(x, i18n.locale)).join('; ') || i18n.t('chart.noSource');
	return {
		locale: i18n.locale,
		site,
		title: i18n.t('home.title'),
		demo: null,
		footer: [
			...(figure ? [i18n.t('figure.source', { source: sourceTitleText(i18n, figure).text, date: formatDate(i18n.locale, figure.sourceDate) })] : []),
			i18n.t('card.chartSource', { source }),
			i18n.t('card.chartAsOf', { date: formatDate(i18n.locale, d.last) })
		],
		body: { kind: 'count', count: count ?? null, caption: detentionsSpan(i18n, d.breakdowns.total.detained, d, true), demo: demoLabel(i18n, d.demo), points: seriesPoints(d.monthly) }
	};
}

function viewCard({ i18n, site }: Words, d: DetentionPageData, view: SingleView, counts: Awaited<ReturnType<typeof detentionView>>): CardSpec {
	const dimension = DETENTION_DIMENSIONS.find((dim) => dim.key === view.key)!;
	const value = dimensionLabels(i18n, d.values)[view.key](view.value);
	return {
		locale: i18n.locale,
		site,
		title: i18n.t('explorer.singleTitle', { dimension: i18n.t(dimension.label).toLocaleLowerCase(i18n.locale), value }),
		subtitle: detentionsSpan(i18n, counts.breakdowns.total.detained, d, true),
		demo: demoLabel(i18n, d.demo),
		footer: [sourceLine(i18n, d.credit), dateLine(i18n, d.last)],
		body: { kind: 'series', points: seriesPoints(counts.series) }
	};
}

function detentionsChartCard({ i18n, site }: Words, d: DetentionPageData, id: string, title: string): CardSpec {
	const frame = { locale: i18n.locale, site, title, demo: demoLabel(i18n, d.demo), footer: [sourceLine(i18n, d.credit), dateLine(i18n, d.last)] };
	const total = d.breakdowns.total.detained;
	const breakdown = breakdownChart(id);
	if (!breakdown) return { ...frame, subtitle: detentionsSpan(i18n, total, d, true), body: { kind: 'series', points: seriesPoints(d.monthly) } };
	const key = breakdown.dimension.key;
	const label = dimensionLabels(i18n, d.values)[key];
	const subtitle = detentionsSpan(i18n, total, d, false);
	if (breakdown.chart.kind === 'map') return { ...frame, subtitle, body: { kind: 'map', tiles: regionTiles(d.regions, d.breakdowns.region, label) } };
	return { ...frame, subtitle, body: { kind: 'bars', items: d.breakdowns[key].map((k) => ({ key: k.key, label: label(k.key), value: k.detained })) } };
}

function prisonersChartCard({ i18n, site }: Words, p: PrisonerPageData, id: string, title: string): CardSpec {
	const frame = { locale: i18n.locale, site, title, demo: demoLabel(i18n, p.demo), footer: [sourceLine(i18n, p.credit), dateLine(i18n, p.asOf)] };
	const people = (points: { value: number | null }[]) => i18n.tn('prisoners.people', points.reduce((sum, x) => sum + (x.value ?? 0), 0));
	if (id === 'prisoners-arrests') return { ...frame, subtitle: people(p.charts.arrests), body: { kind: 'series', points: p.charts.arrests } };
	// People held at each month's start: their sum counts no one, so this card says no total.
	if (id === 'prisoners-in-custody') return { ...frame, body: { kind: 'series', points: p.charts.custody } };
	const dimension = (PRISONER_DIMENSIONS as readonly PrisonerDimensionOf[]).find((d) => d.chart?.id === id);
	const labels = dimension ? new Map(p.values[dimension.key].map((v) => [v.code, localized(i18n, v)])) : null;
	const tallies = dimension ? (p.charts.bars[id] ?? []) : p.charts.sentence;
	const items = tallies.map((t) => ({ key: t.key, label: labels ? (labels.get(t.key) ?? t.key) : i18n.t(`bin.${t.key}` as MessageKey), value: t.count }));
	// Ranked like the page's bars: the largest first (sentence lengths keep their own order).
	if (dimension) items.sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
	return { ...frame, subtitle: people(items), body: { kind: 'bars', items } };
}

function figureCard({ i18n, site }: Words, series: FigureSeries): CardSpec {
	const latest = series.figures.reduce((a, b) => (b.date >= a.date ? b : a));
	return {
		locale: i18n.locale,
		site,
		title: localized(i18n, series.metric),
		subtitle: i18n.t('card.latest', { value: qualifiedValue(i18n, latest), date: formatDate(i18n.locale, latest.date, 'day', 'genitive'), points: i18n.tn('figure.points', series.figures.length) }),
		// Published figures are real and sourced, never demo.
		demo: null,
		footer: [sourceLine(i18n, figureSeriesCredit(series.figures)), dateLine(i18n, latest.date)],
		body: { kind: 'figures', figures: series.figures }
	};
}

function profileCard({ i18n, site }: Words, person: Prisoner, s: { articles: Map<string, Article>; regions: Map<string, Region> }): CardSpec {
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
		demo: demoLabel(i18n, isDemo('prisoners')),
		footer: [sourceLine(i18n, creditOf('prisoners')), i18n.t('profile.asOf', { date: formatDate(i18n.locale, person.updatedOn) })],
		body: {
			kind: 'profile',
			facts: { status, chargesHeading: i18n.t('card.charges'), charges, letterHeading: i18n.t('profile.letter'), letter: person.letterAddress ?? i18n.t('profile.noAddress') }
		}
	};
}

/** A collection: who is in it and how many are held now, over its people by article. */
function collectionCard({ i18n, site }: Words, d: CollectionPageData): CardSpec {
	const ru = i18n.locale === 'ru';
	const articles = new Map(d.articles.map((a) => [a.code, a]));
	const asOf = d.members.reduce((last, m) => (m.person.updatedOn > last ? m.person.updatedOn : last), '');
	return {
		locale: i18n.locale,
		site,
		title: ru ? d.collection.titleRu : d.collection.titleEn,
		subtitle: `${i18n.tn('collections.people', d.summary.people)} · ${i18n.t('collection.held')}: ${d.summary.held} · ${i18n.t('collections.curator', { curator: d.collection.curator })}`,
		demo: demoLabel(i18n, d.demo),
		footer: [sourceLine(i18n, creditOf('prisoners')), ...(asOf ? [dateLine(i18n, asOf)] : [])],
		body: {
			kind: 'bars',
			items: d.summary.articles.map((t) => {
				const article = articles.get(t.code);
				return { key: t.code, label: article ? `${articleShortName(i18n, article)} · ${articleTitle(i18n, article)}` : t.code, value: t.people };
			})
		}
	};
}

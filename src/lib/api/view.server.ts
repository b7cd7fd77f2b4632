// The data API's files, made at build time by the same named query (detentionView, by month) that the view's page is
// prerendered with, so the numbers in the files are those its charts draw; and what a view's page shows of them: its
// files, its citation and its schema.org Dataset. See files.ts for the paths.
import { error, json } from '@sveltejs/kit';
import { DETENTION_DIMENSIONS } from '../datasets/detentions';
import { valueLists } from '../datasets/values';
import { bundledDatabase, bundledRow } from '../db/node';
import { detentionView } from '../db/queries';
import type { Database } from '../db/types';
import { lastDataDay } from '../db/workbenchFacts';
import { dimensionLabels } from '../detentions/labels';
import { detentionDomain } from '../detentions/pageData';
import { filterOf, viewPagePath, type SingleView } from '../detentions/views';
import { toCsv, type CsvCell } from '../export/csv';
import { detentionViewQuery } from '../filters/detentionFilters';
import { createI18n, type I18n } from '../i18n/i18n';
import { LOCALES, type Locale } from '../i18n/locales';
import { viewDescription } from '../meta/describe';
import { buildRoot } from '../meta/site';
import { sourceTitle } from '../schema/credit';
import { creditOf, dataPackage, isDemo, publicResource, resourceByName } from '../schema/package';
import { cardPageOf, cardPath, fileType, fillRoute, localizedPath, pagePath, pageType } from '../site/pages';
import { dataVersion } from '../workbench/dataVersion.server';
import { citations, cslJson, type CiteSource } from './cite';
import { datasetJsonLd } from './jsonLd';
import { profileFilePath, VIEW_FILES, viewFilePath, type ViewFile } from './files';

const i18nOf = (locale: Locale) => createI18n(() => locale);
const both = <T>(make: (locale: Locale) => T) => Object.fromEntries(LOCALES.map((l) => [l, make(l)])) as Record<Locale, T>;

/** A path from the site's root as an address: absolute when the build knows the site's address (SITE_URL). */
export const addressOf = (path: string) => `${buildRoot() ?? ''}${path}`;

/**
 * The data's version and date (its last day): the version of the detentions views, of one person's record, or of
 * everything (workbench/dataVersion.server.ts).
 */
export async function dataFacts(db: Database, of?: 'detentions' | { prisoner: string }): Promise<{ version: string; date: string }> {
	const version = of === 'detentions' ? dataVersion('detentions') : of ? dataVersion('prisoners', of.prisoner) : dataVersion();
	return { version, date: await lastDataDay(db) };
}

async function viewTitles(db: Database, view: SingleView | null): Promise<{ title: Record<Locale, string>; description: Record<Locale, string> }> {
	if (!view) return { title: both((l) => i18nOf(l).t('explorer.title')), description: both((l) => i18nOf(l).t('meta.detentions')) };
	const values = await valueLists(db, DETENTION_DIMENSIONS);
	const dimension = DETENTION_DIMENSIONS.find((d) => d.key === view.key)!;
	const words = (i18n: I18n) => ({
		dimension: i18n.t(dimension.label).toLocaleLowerCase(i18n.locale),
		value: dimensionLabels(i18n, values)[view.key](view.value),
		name: i18n.t(dimension.label)
	});
	return {
		title: both((l) => i18nOf(l).t('explorer.singleTitle', words(i18nOf(l)))),
		description: both((l) => viewDescription(i18nOf(l), words(i18nOf(l)).name, words(i18nOf(l)).value))
	};
}

function citeSource(title: Record<Locale, string>, path: string, facts: { version: string; date: string }, resource: string): CiteSource {
	const credit = creditOf(resource);
	return {
		title,
		authors: both((l) => credit.sources.map((s) => sourceTitle(s, l))),
		site: both((l) => i18nOf(l).t('site.short')),
		url: both((l) => addressOf(localizedPath(l, path))),
		...facts
	};
}

/** The view's numbers, one row per count: the total, each month, then each breakdown's values, labelled in both languages. */
async function viewCsv(db: Database, view: SingleView | null): Promise<string> {
	const [{ series, breakdowns }, values] = await Promise.all([detentionView(db, 'month', filterOf(view)), valueLists(db, DETENTION_DIMENSIONS)]);
	const labels = both((l) => dimensionLabels(i18nOf(l), values));
	const row = (breakdown: string, key: string | null, en: string, ru: string, c: { events: number; detained: number | null; unknownEvents: number }): CsvCell[] => [breakdown, key ?? '', en, ru, c.events, c.detained, c.unknownEvents];
	const rows: CsvCell[][] = [
		row('total', null, '', '', breakdowns.total),
		...series.map((p) => row('month', p.period, '', '', p)),
		...DETENTION_DIMENSIONS.flatMap((d) => breakdowns[d.key].map((k) => row(d.key, k.key, labels.en[d.key](k.key), labels.ru[d.key](k.key), k)))
	];
	return toCsv(['breakdown', 'key', 'label_en', 'label_ru', 'events', 'detained', 'unknown_events'], rows);
}

async function viewMetadata(db: Database, view: SingleView | null): Promise<Record<string, unknown>> {
	const [facts, { title, description }, values] = await Promise.all([dataFacts(db, 'detentions'), viewTitles(db, view), valueLists(db, DETENTION_DIMENSIONS)]);
	const page = viewPagePath(view);
	const credit = creditOf('detentions');
	const cite = citeSource(title, page, facts, 'detentions');
	const embedQuery = detentionViewQuery({ filter: filterOf(view), granularity: 'month' }, detentionDomain({ values, first: '', last: '' }));
	return {
		title,
		description,
		view: view ? { dimension: view.key, value: view.value } : null,
		filter: view ? { [view.key]: [view.value] } : {},
		granularity: 'month',
		demo: isDemo('detentions'),
		columns: {
			breakdown: '"total", "month" (key: the first day of the month) or a dimension (key: its code; empty for "not known")',
			events: 'detention events',
			detained: 'people detained, summed over the events whose count is known; empty when none is',
			unknown_events: 'events whose count of people is unknown'
		},
		sources: credit.sources,
		licenses: credit.licenses,
		version: facts.version,
		date: facts.date,
		citation: both((l) => ({ ...citations(l, cite), csl: cslJson(l, cite) })),
		page: both((l) => addressOf(localizedPath(l, page))),
		embed: addressOf(`/embed/detentions-over-time/${embedQuery}`),
		card: both((l) => addressOf(cardPath(l, view ? cardPageOf(pageType('detentionsView'), { dimension: view.key, value: view.value }) : cardPageOf(pageType('detentions'), {})))),
		files: Object.fromEntries(VIEW_FILES.map((f) => [f.file, addressOf(viewFilePath(view, f.file))])),
		package: addressOf('/datapackage.json')
	};
}

/** One of a view's files; the route has checked that the view exists. */
export async function viewFileResponse(view: SingleView | null, file: ViewFile): Promise<Response> {
	const db = await bundledDatabase();
	if (file === 'data.csv') return new Response(await viewCsv(db, view), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
	if (file === 'data.json') {
		const { series, breakdowns } = await detentionView(db, 'month', filterOf(view));
		return json({ view: view ? { dimension: view.key, value: view.value } : null, granularity: 'month', version: dataVersion('detentions'), series, breakdowns });
	}
	return json(await viewMetadata(db, view));
}

/** A person's published record: the row of prisoners.csv as data:check read it, without its private fields. */
export function profileResponse(id: string): Response {
	const row = bundledRow('prisoners.csv', id);
	if (!row) error(404, 'No such person');
	const fields = publicResource(resourceByName('prisoners')!).schema.fields.map((f) => f.name);
	const record = JSON.parse(row) as Record<string, unknown>;
	return json({ ...Object.fromEntries(fields.map((f) => [f, record[f] ?? null])), demo: isDemo('prisoners'), version: dataVersion('prisoners', id) });
}

/** What a view's page shows of its files: the links, the citation, and its schema.org Dataset. */
export async function viewApiData(db: Database, view: SingleView | null, locale: Locale) {
	const [facts, { title, description }] = await Promise.all([dataFacts(db, 'detentions'), viewTitles(db, view)]);
	const page = viewPagePath(view);
	const files = VIEW_FILES.map((f) => ({ ...f, href: viewFilePath(view, f.file) }));
	return {
		files,
		name: title[locale],
		cite: citeSource(title, page, facts, 'detentions'),
		dataset: datasetJsonLd({
			name: title[locale],
			description: description[locale],
			url: addressOf(localizedPath(locale, page)),
			credit: creditOf('detentions'),
			version: facts.version,
			dateModified: facts.date,
			inLanguage: locale,
			distribution: files.map((f) => ({ name: f.file, contentUrl: addressOf(f.href), encodingFormat: f.type }))
		})
	};
}

export type ViewApiData = Awaited<ReturnType<typeof viewApiData>>;

/** What a profile shows of its record: the link to its JSON and its citation. */
export async function profileApiData(db: Database, id: string, name: Record<Locale, string>) {
	const facts = await dataFacts(db, { prisoner: id });
	const title = both((l) => `${name[l]} · ${i18nOf(l).t('prisoners.title')}`);
	return { file: { href: profileFilePath(id), type: 'application/json', label: 'JSON' }, cite: citeSource(title, pagePath('profile', { id }), facts, 'prisoners') };
}

/** The whole data package as a schema.org Dataset, for /data/: every table as CSV, and the package itself. */
export async function packageDataset(db: Database, locale: Locale) {
	const facts = await dataFacts(db);
	const credit = { sources: dataPackage.resources.flatMap((r) => creditOf(r.name).sources).filter((s, i, all) => all.findIndex((o) => o.title === s.title) === i), licenses: dataPackage.licenses ?? [] };
	return datasetJsonLd({
		name: i18nOf(locale).t('site.title'),
		description: i18nOf(locale).t('meta.data'),
		url: addressOf(localizedPath(locale, pagePath('data'))),
		credit,
		version: facts.version,
		dateModified: facts.date,
		inLanguage: locale,
		distribution: [
			...dataPackage.resources.map((r) => ({ name: r.path, contentUrl: addressOf(fillRoute(fileType('table').route, { file: r.path })), encodingFormat: 'text/csv' })),
			{ name: 'datapackage.json', contentUrl: addressOf(fillRoute(fileType('package').route, {})), encodingFormat: 'application/json' }
		]
	});
}

// The manifest of the site being built: every page and file of pages.ts, with its instances read from the data. The
// routes' prerender entries, the sitemap and the cards come from here; so does the benchmark's list of pages.
import { remember } from '../build/reads.server';
import { DETENTION_DIMENSIONS } from '../datasets/detentions';
import { valueLists } from '../datasets/values';
import { collectionList } from '../db/collections';
import { bundledDatabase } from '../db/node';
import { prisonerList } from '../db/queries';
import type { Database } from '../db/types';
import { PRERENDERED_GRANULARITIES, singleViews } from '../detentions/views';
import { EMBEDDABLE_CHARTS } from '../embed/charts';
import { figuresHomeData } from '../figures/pageData';
import { LOCALES } from '../i18n/locales';
import { dataPackage } from '../schema/package';
import { FILE_TYPES, fileType, fillRoute, PAGE_TYPES, pageType, type FileTypeId, type PageType, type PageTypeId, type Params, type SiteData } from './pages';

const read = new WeakMap<Database, { value: Promise<SiteData>; reads: Set<string> }>();

/** What the data holds that pages are made of; read once per database. */
export function siteData(db: Database): Promise<SiteData> {
	return remember(read, db, async () => {
		const [values, people, figures, collections] = await Promise.all([valueLists(db, DETENTION_DIMENSIONS), prisonerList(db), figuresHomeData(db), collectionList(db)]);
		return {
			views: singleViews(values),
			people: people.map((p) => p.id),
			charts: EMBEDDABLE_CHARTS.map((c) => c.id),
			series: figures.series.map((s) => s.metric.code),
			tables: dataPackage.resources.map((r) => r.path),
			granularities: [...PRERENDERED_GRANULARITIES],
			collections: collections.map((c) => c.slug)
		};
	});
}

export interface PageEntry {
	type: PageType;
	params: Params;
	/** After the language prefix: each page is published in every language. */
	path: string;
}

/** Every page the site publishes (each in every language), in the order of pages.ts. */
export async function sitePages(db: Database): Promise<PageEntry[]> {
	const site = await siteData(db);
	return (PAGE_TYPES as readonly PageType[]).flatMap((type) => type.instances(site).map((params) => ({ type, params, path: fillRoute(type.route, params) })));
}

/** Every file the site publishes, as a path from its root. */
export async function siteFiles(db: Database): Promise<{ id: FileTypeId; path: string }[]> {
	const site = await siteData(db);
	return FILE_TYPES.flatMap((type) => type.instances(site).map((params) => ({ id: type.id, path: fillRoute(type.route, params) })));
}

/** How many pages (in every language), cards and other files the build writes: what its progress counts towards. */
export async function siteTotals(db: Database): Promise<{ pages: number; cards: number; dataFiles: number }> {
	const [pages, files] = await Promise.all([sitePages(db), siteFiles(db)]);
	const html: readonly FileTypeId[] = ['notFound'];
	return {
		pages: pages.length * LOCALES.length + files.filter((f) => html.includes(f.id)).length,
		cards: process.env.BUILD_LIGHT === '1' ? 0 : files.filter((f) => f.id === 'card').length,
		dataFiles: files.filter((f) => f.id !== 'card' && !html.includes(f.id)).length
	};
}

/**
 * A page route's prerender entries: its instances in every language (`lang` is the optional [[lang]] segment). Typed
 * as the route's own parameters (`T`, from its $types), which pages.ts declares by name.
 */
export async function pageEntries<T extends Params>(id: PageTypeId): Promise<T[]> {
	const instances = pageType(id).instances(await siteData(await bundledDatabase()));
	return LOCALES.flatMap((locale) => instances.map((params) => (locale === 'en' ? params : { ...params, lang: locale }))) as T[];
}

/** A file route's prerender entries. A light build (BUILD_LIGHT=1: the test sites, which read no card) draws no card. */
export async function fileEntries<T extends Params>(id: FileTypeId): Promise<T[]> {
	if (id === 'card' && process.env.BUILD_LIGHT === '1') return [];
	return fileType(id).instances(await siteData(await bundledDatabase())) as T[];
}

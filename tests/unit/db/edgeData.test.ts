// Whatever data:check accepts must build: the data layer (tables, cube, its Arrow stream as the browser loads it, every
// named query and every page's data) runs on datasets at the edges of what is valid, and on generated valid tables.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_FILTER, type DetentionFilter } from '../../../src/lib/db/detentionFilter';
import { loadCube } from '../../../src/lib/db/load';
import { createNodeDatabase, cubeArrowStream, databaseOf, validatedFiles } from '../../../src/lib/db/node';
import { allFigures, annotationEvents, detentionsCoverage, detentionView, latestFigures, prisonerById, prisonerList } from '../../../src/lib/db/queries';
import { GRANULARITIES } from '../../../src/lib/time/days';
import { detentionPageData } from '../../../src/lib/detentions/pageData';
import { homeData } from '../../../src/lib/home/homeData';
import { canonicalCsv } from '../../../src/lib/ingest/serialize';
import { prisonerPageData } from '../../../src/lib/prisoners/pageData';
import { resourceByName } from '../../../src/lib/schema/package';
import type { Row } from '../../../src/lib/schema/types';
import { readCsv } from '../../csvTotals';

const encoder = new TextEncoder();
const csvOf = (name: string, rows: Row[]) => encoder.encode(canonicalCsv(resourceByName(name)!, rows));

/**
 * The bundled reference tables with these detentions and prisoners, validated as data:check validates them; no
 * change log and no collection, since the bundled ones name the demo people.
 */
function dataset(detentions: Row[], prisoners: Row[] = []) {
	const own = new Map<string, Row[]>([['detentions', detentions], ['prisoners', prisoners], ['collections', []], ['collection_members', []], ['changes', []]]);
	return validatedFiles((r) => {
		const rows = own.get(r.name);
		return rows ? csvOf(r.name, rows) : readFileSync(`data/${r.path}`);
	});
}

const REGIONS = readCsv('data/regions.csv').map((r) => r.code!);
const ARTICLES = readCsv('data/articles.csv').map((a) => a.code!);
const EVENT_TYPES = readCsv('data/event_types.csv').map((e) => e.code!);
const TOPICS = readCsv('data/topics.csv').map((t) => t.code!);

function event(n: number, fields: Partial<Row> = {}): Row {
	return {
		id: `e-${n}`, date: '2022-03-06', region: 'RU-MOW', city: 'Москва', place: null, police_station: null, event_type: 'rally', event_type_raw: null,
		topic: 'antiwar', topic_raw: null, article: 'koap-20.2', detained: 10, description_ru: null, description_en: null, agreement: null, organizer: null,
		source_url: null, ...fields
	};
}

function person(id: string, fields: Partial<Row> = {}): Row {
	return {
		id, name_ru: 'Тест Тестов', name_en: 'Test Testov', birth_year: null, gender: null, region: 'RU-MOW', articles: ['uk-207.3'], articles_raw: null,
		case_category: 'antiwar_speech', arrested_on: null, sentenced_on: null, appeal_on: null, sentence_years: null, punishment: null, fine_rub: null,
		sentence_raw: null, status: 'pretrial_detention', released_on: null, facility: null, letter_address: null, bio_ru: null, bio_en: null, photo: null,
		recognized_by: null, source_url: null, updated_on: '2026-11-01', ...fields
	};
}

const many = (n: number, fields: (i: number) => Partial<Row>) => Array.from({ length: n }, (_, i) => event(i + 1, fields(i)));

const EDGES: Record<string, { detentions: Row[]; prisoners?: Row[] }> = {
	'no events and no people at all': { detentions: [] },
	'one event, one day, one region, count unknown, nothing else known': {
		detentions: [event(1, { city: null, event_type: null, topic: null, article: null, detained: null })],
		prisoners: [person('only-one')]
	},
	'article empty in every row': { detentions: many(40, (i) => ({ article: null, date: `2022-0${1 + (i % 9)}-1${i % 10}`, region: REGIONS[i % 7] })) },
	'topic and event type empty in every row': { detentions: many(25, (i) => ({ topic: null, event_type: null, date: `2023-0${1 + (i % 9)}-0${1 + (i % 9)}` })) },
	'city empty in every row': { detentions: many(12, (i) => ({ city: null, date: `2024-1${i % 3}-1${i % 10}` })) },
	'only unknown counts': { detentions: many(20, (i) => ({ detained: null, date: `2022-02-2${4 + (i % 5)}` })) },
	'zero detained everywhere': { detentions: many(8, (i) => ({ detained: 0, date: `2025-01-0${1 + i}` })) },
	'one region': { detentions: many(30, (i) => ({ region: 'RU-TA', date: `2022-${String(1 + (i % 12)).padStart(2, '0')}-15` })) },
	'one day': { detentions: many(30, (i) => ({ region: REGIONS[i % REGIONS.length], event_type: EVENT_TYPES[i % EVENT_TYPES.length] })) },
	'every code of every vocabulary': {
		detentions: [
			...EVENT_TYPES.map((type, i) => event(100 + i, { event_type: type })),
			...TOPICS.map((topic, i) => event(200 + i, { topic })),
			...ARTICLES.map((article, i) => event(300 + i, { article })),
			...REGIONS.map((region, i) => event(400 + i, { region }))
		],
		prisoners: [
			person('non-custodial', { status: 'non_custodial', punishment: 'fine', fine_rub: 800000, sentenced_on: '2024-03-03' }),
			person('released', { status: 'released', arrested_on: '2022-03-06', released_on: '2023-03-06', punishment: 'imprisonment', sentence_years: 1 })
		]
	}
};

/** Views of every kind the explorer can ask for: unfiltered, by values of each dimension (a few each), by values no row has. */
function filtersOf(rows: Row[]): DetentionFilter[] {
	const values = (field: string) => [...new Set(rows.map((r) => r[field]).filter((v): v is string => typeof v === 'string'))].slice(0, 3);
	return [
		NO_FILTER,
		...values('region').map((v) => ({ ...NO_FILTER, region: [v] })),
		...values('event_type').map((v) => ({ ...NO_FILTER, event: [v] })),
		...values('topic').map((v) => ({ ...NO_FILTER, topic: [v] })),
		...values('article').map((v) => ({ ...NO_FILTER, article: [v] })),
		{ ...NO_FILTER, charge: ['antiwar_speech', 'protest'] },
		{ ...NO_FILTER, region: ['RU-ZZZ'], article: ['uk-999'], event: ['nothing'], topic: ['nothing'] },
		{ ...NO_FILTER, from: '2022-03-01', to: '2022-03-31' }
	];
}

/** Builds the database as the site does, and the browser's copy from the cube's Arrow stream; both answer every view alike. */
async function runDataLayer(detentions: Row[], prisoners: Row[] = []) {
	const files = dataset(detentions, prisoners);
	const db = await databaseOf(files);
	const browser = await createNodeDatabase();
	await loadCube(browser, cubeArrowStream(db));
	for (const [i, filter] of filtersOf(detentions).entries()) {
		// Every period for the unfiltered view; filtered views by month, which exercises the same grouping.
		for (const granularity of i === 0 ? GRANULARITIES : (['month'] as const)) {
			const view = await detentionView(db, granularity, filter);
			expect(await detentionView(browser, granularity, filter)).toEqual(view);
		}
	}
	const [home, explorer, prisonerPage, people] = await Promise.all([homeData(db), detentionPageData(db), prisonerPageData(db), prisonerList(db)]);
	await Promise.all([detentionsCoverage(db), latestFigures(db), allFigures(db), annotationEvents(db), ...people.map((p) => prisonerById(db, p.id))]);
	// Their engines, emptied, serve the next dataset: one engine start per database of the file, not per dataset.
	db.close();
	browser.close();
	return { home, explorer, prisonerPage, people };
}

const known = (rows: Row[]) => rows.filter((r) => r.detained !== null);
const sumOf = (rows: Row[]) => (known(rows).length === 0 ? null : known(rows).reduce((n, r) => n + (r.detained as number), 0));

describe('the data layer on valid data at the edges', () => {
	for (const [name, edge] of Object.entries(EDGES)) {
		it(name, async () => {
			const { home, explorer, prisonerPage, people } = await runDataLayer(edge.detentions, edge.prisoners);
			expect(explorer.breakdowns.total).toEqual({ events: edge.detentions.length, detained: sumOf(edge.detentions), unknownEvents: edge.detentions.length - known(edge.detentions).length });
			expect(home.coverage.events).toBe(edge.detentions.length);
			expect(people).toHaveLength(edge.prisoners?.length ?? 0);
			expect(prisonerPage.page.charts.total).toBe(edge.prisoners?.length ?? 0);
			// The monthly series covers every month from the first event to the last, and nothing when there are none.
			const dates = edge.detentions.map((r) => String(r.date)).sort();
			expect(explorer.monthly.length > 0).toBe(dates.length > 0);
			if (dates.length > 0) expect([explorer.monthly[0]!.period.slice(0, 7), explorer.monthly.at(-1)!.period.slice(0, 7)]).toEqual([dates[0]!.slice(0, 7), dates.at(-1)!.slice(0, 7)]);
		});
	}
});

describe('the data layer on generated valid tables', () => {
	const day = fc.integer({ min: 0, max: 4 * 365 }).map((n) => new Date(Date.UTC(2021, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
	const optional = <T>(values: T[]) => fc.option(fc.constantFrom(...values), { nil: null });
	const row = fc.record({
		date: day,
		region: fc.constantFrom(...REGIONS),
		event_type: optional(EVENT_TYPES),
		topic: optional(TOPICS),
		article: optional(ARTICLES),
		city: fc.option(fc.constantFrom('Москва', 'Казань', ''), { nil: null }),
		detained: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null })
	});

	it('gives totals, per-region and per-article sums equal to the rows, on the build and in the browser', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(row, { minLength: 0, maxLength: 60 }), async (generated) => {
				const rows = generated.map((g, i) => event(i + 1, { ...g, city: g.city || null }));
				const { explorer } = await runDataLayer(rows);
				const { breakdowns } = explorer;
				expect(breakdowns.total.detained).toBe(sumOf(rows));
				for (const { key, detained, events } of breakdowns.region) {
					const inRegion = rows.filter((r) => r.region === key);
					expect([events, detained]).toEqual([inRegion.length, sumOf(inRegion)]);
				}
				for (const { key, detained } of breakdowns.article) expect(detained).toBe(sumOf(rows.filter((r) => r.article === key)));
			}),
			{ numRuns: 5, seed: 20221 }
		);
	}, 120_000);
});

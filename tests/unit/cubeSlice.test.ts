// The explorer counts one or two filter values from /data/detention-cube.json in plain TypeScript (cubeSlice.ts)
// instead of downloading DuckDB: it must answer exactly as the query does, on the bundled data, on data at the edges
// of what is valid, and on generated data: the same series, every breakdown in the same order, the same totals, and
// an unknown count kept unknown (null), never made zero.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIMENSION_KEYS, type DimensionKey } from '../../src/lib/datasets/detentions';
import { NO_FILTER, type DetentionFilter } from '../../src/lib/db/detentionFilter';
import { databaseOf, openDataDirectory, validatedFiles, type NodeDatabase } from '../../src/lib/db/node';
import { detentionView } from '../../src/lib/db/queries';
import { CUBE_FILE_MAX_BROTLI, cubeFileText } from '../../src/lib/detentions/cubeFile.server';
import { countsWithoutEngine, cubeView, type CubeFile } from '../../src/lib/detentions/cubeSlice';
import { canonicalCsv } from '../../src/lib/ingest/serialize';
import { resourceByName } from '../../src/lib/schema/package';
import type { Row } from '../../src/lib/schema/types';
import { GRANULARITIES } from '../../src/lib/time/days';
import { EDGE_EVENT } from '../e2e/sites/edge';
import { chargeTypes, detentionTotals, readCsv } from '../csvTotals';

const encoder = new TextEncoder();

/** The bundled reference tables with these detentions, validated as data:check validates them. */
async function databaseWith(detentions: Row[]): Promise<NodeDatabase> {
	const csv = encoder.encode(canonicalCsv(resourceByName('detentions')!, detentions));
	return databaseOf(validatedFiles((r) => (r.name === 'detentions' ? csv : readFileSync(`data/${r.path}`))));
}

/** The file as the browser receives it: written by the build, then parsed from its text. */
async function servedCube(db: NodeDatabase): Promise<CubeFile> {
	const { text } = await cubeFileText(db);
	return JSON.parse(text) as CubeFile;
}

/** Filters of one or two values (of one dimension or two; now and then a value the data does not hold) at any period. */
function views(values: Record<DimensionKey, string[]>, days: string[]) {
	const pair = fc.constantFrom(...DIMENSION_KEYS).chain((key) => fc.tuple(fc.constant(key), fc.constantFrom(...values[key], 'not-in-the-data')));
	const range = days.length > 0 ? fc.option(fc.constantFrom(...days), { nil: null, freq: 4 }) : fc.constant(null);
	return fc.record({
		pairs: fc.array(pair, { minLength: 1, maxLength: 2 }),
		granularity: fc.constantFrom(...GRANULARITIES),
		from: range,
		to: range
	}).map(({ pairs, granularity, from, to }) => {
		const filter: DetentionFilter = { ...NO_FILTER, from, to };
		for (const [key, value] of pairs) filter[key] = [...new Set([...filter[key], value])].sort();
		return { filter, granularity };
	});
}

/** Asserts the file's answer equals the query's for `runs` generated views. */
async function sameAsQuery(db: NodeDatabase, cube: CubeFile, runs: number, seed: number): Promise<number> {
	let checked = 0;
	await fc.assert(
		fc.asyncProperty(views(cube.values, cube.days), async ({ filter, granularity }) => {
			expect(cubeView(cube, granularity, filter)).toEqual(await detentionView(db, granularity, filter));
			checked++;
		}),
		{ numRuns: runs, seed }
	);
	return checked;
}

function event(n: number, fields: Partial<Row> = {}): Row {
	return { ...EDGE_EVENT, id: `e-${n}`, region: 'RU-MOW', ...fields };
}

const REGIONS = readCsv('data/regions.csv').map((r) => r.code!);
const ARTICLES = readCsv('data/articles.csv').map((a) => a.code!);
const EVENT_TYPES = readCsv('data/event_types.csv').map((e) => e.code!);
const TOPICS = readCsv('data/topics.csv').map((t) => t.code!);

describe('the cube file counted in TypeScript, on the bundled data', () => {
	let db: NodeDatabase;
	let cube: CubeFile;
	beforeAll(async () => {
		db = await openDataDirectory('data');
		cube = await servedCube(db);
	}, 60_000);

	it('is published, small enough to be worth it', async () => {
		const { text, brotli } = await cubeFileText(db);
		expect(JSON.parse(text)).not.toHaveProperty('omitted');
		expect(brotli).toBeGreaterThan(0);
		expect(brotli).toBeLessThanOrEqual(CUBE_FILE_MAX_BROTLI);
	});

	it('is left out, saying so, when it would weigh more than the limit', async () => {
		const { text, brotli } = await cubeFileText(db, 1024);
		expect(brotli).toBe(0);
		expect(JSON.parse(text)).toMatchObject({ version: 1, omitted: expect.stringContaining('over 1024 compressed') });
	});

	it('gives the query’s answer for 200 views of one or two values', async () => {
		expect(await sameAsQuery(db, cube, 200, 2511)).toBe(200);
	}, 120_000);

	it('gives the sums the CSV gives for the two-value view the explorer links to', () => {
		const charge = chargeTypes();
		const expected = detentionTotals('data/detentions.csv', (r) => charge.get(r.article!) === 'antiwar_speech' && r.event_type === 'single_picket');
		const filter = { ...NO_FILTER, charge: ['antiwar_speech'], event: ['single_picket'] };
		expect(countsWithoutEngine(filter)).toBe(true);
		const { breakdowns, series } = cubeView(cube, 'month', filter);
		expect(breakdowns.total).toEqual({ events: expected.events, detained: expected.detained, unknownEvents: expected.unknownEvents });
		expect(series.reduce((n, p) => n + (p.detained ?? 0), 0)).toBe(expected.detained);
	});

	it('leaves three values and date ranges to the engine', () => {
		expect(countsWithoutEngine({ ...NO_FILTER, charge: ['protest'], event: ['rally'], region: ['RU-MOW'] })).toBe(false);
		expect(countsWithoutEngine({ ...NO_FILTER, charge: ['protest', 'antiwar_speech', 'other'] })).toBe(false);
		expect(countsWithoutEngine({ ...NO_FILTER, charge: ['protest'], from: '2022-03-01' })).toBe(false);
		expect(countsWithoutEngine({ ...NO_FILTER, region: ['RU-MOW'], topic: ['antiwar'] })).toBe(true);
	});
});

const EDGES: Record<string, Row[]> = {
	'no events at all': [],
	'the edge site: one event, count unknown, nothing else known': [EDGE_EVENT],
	'only unknown counts': Array.from({ length: 12 }, (_, i) => event(i, { detained: null, date: `2022-02-2${4 + (i % 5)}`, event_type: EVENT_TYPES[i % 3] })),
	'zero detained everywhere': Array.from({ length: 8 }, (_, i) => event(i, { detained: 0, date: `2025-01-0${1 + i}`, topic: TOPICS[i % 2] })),
	'article empty in every row (a dimension typed as text)': Array.from({ length: 20 }, (_, i) => event(i, { article: null, date: `2022-0${1 + (i % 9)}-1${i % 10}`, region: REGIONS[i % 5] })),
	'unknown and zero counts on the same days': Array.from({ length: 16 }, (_, i) =>
		event(i, { detained: i % 3 === 0 ? null : i % 3 === 1 ? 0 : 7, date: `2023-12-${String(25 + (i % 7)).padStart(2, '0')}`, article: ARTICLES[i % 4], event_type: EVENT_TYPES[i % 2] })
	)
};

describe('the cube file counted in TypeScript, on data at the edges', () => {
	/** What the edges must count, besides matching the query: an unknown count stays unknown, and a zero zero. */
	const TOTALS: Record<string, { events: number; detained: number | null; unknownEvents: number }> = {
		'only unknown counts': { events: 12, detained: null, unknownEvents: 12 },
		'zero detained everywhere': { events: 8, detained: 0, unknownEvents: 0 }
	};
	for (const [name, rows] of Object.entries(EDGES)) {
		it(name, async () => {
			const db = await databaseWith(rows);
			const cube = await servedCube(db);
			expect(await sameAsQuery(db, cube, 30, 7)).toBe(30);
			if (TOTALS[name]) expect(cubeView(cube, 'week', { ...NO_FILTER, region: ['RU-MOW'] }).breakdowns.total).toEqual(TOTALS[name]);
			db.close();
		}, 60_000);
	}
});

describe('the cube file counted in TypeScript, on generated data', () => {
	const day = fc.integer({ min: 0, max: 3 * 365 }).map((n) => new Date(Date.UTC(2021, 11, 27) + n * 86_400_000).toISOString().slice(0, 10));
	const optional = <T>(values: T[]) => fc.option(fc.constantFrom(...values), { nil: null });
	const row = fc.record({
		date: day,
		region: fc.constantFrom(...REGIONS.slice(0, 6)),
		event_type: optional(EVENT_TYPES),
		topic: optional(TOPICS),
		article: optional(ARTICLES),
		organizer: fc.option(fc.constantFrom('стихийная', 'Штаб', 'Ёлка', 'zeta', 'Zeta', 'a b'), { nil: null }),
		detained: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null })
	});

	it('gives the query’s answer on every table generated', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 80 }), async (generated) => {
				const db = await databaseWith(generated.map((g, i) => event(i, g)));
				expect(await sameAsQuery(db, await servedCube(db), 25, 99)).toBe(25);
				db.close();
			}),
			{ numRuns: 3, seed: 2025 }
		);
	}, 180_000);
});

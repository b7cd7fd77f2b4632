// The browser loads only the cube the build exports as an Arrow stream: it must answer exactly as the CSVs do.
import { describe, expect, it } from 'vitest';
import { createNodeDatabase, cubeArrowStream, openDataDirectory } from '../../../src/lib/db/node';
import { loadCube } from '../../../src/lib/db/load';
import { detentionView } from '../../../src/lib/db/queries';
import { NO_FILTER } from '../../../src/lib/db/detentionFilter';
import { chargeTypes, detentionTotals } from '../../csvTotals';

describe('the detentions cube as the browser loads it', () => {
	it('gives the same views as the CSVs, filtered or not', async () => {
		const fromCsv = await openDataDirectory('data');
		const stream = cubeArrowStream(fromCsv);
		const browserLike = await createNodeDatabase();
		await loadCube(browserLike, stream);

		const totals = detentionTotals();
		const unfiltered = await detentionView(browserLike, 'month');
		expect(unfiltered.breakdowns.total).toMatchObject({ events: totals.events, detained: totals.detained });
		expect(unfiltered).toEqual(await detentionView(fromCsv, 'month'));
		for (const charge of new Set(chargeTypes().values())) {
			const filter = { ...NO_FILTER, charge: [charge], from: '2022-03-01' };
			expect(await detentionView(browserLike, 'week', filter)).toEqual(await detentionView(fromCsv, 'week', filter));
		}
	});

	it('matches nothing, without an error, for a filter value no event has (the dimensions are ENUMs of the values present)', async () => {
		const db = await createNodeDatabase();
		await loadCube(db, cubeArrowStream(await openDataDirectory('data')));
		expect((await detentionView(db, 'week', { ...NO_FILTER, region: ['RU-ZZZ'] })).breakdowns.total.events).toBe(0);
		const moscow = await detentionView(db, 'week', { ...NO_FILTER, region: ['RU-MOW'] });
		expect((await detentionView(db, 'week', { ...NO_FILTER, region: ['RU-MOW', 'RU-ZZZ'] })).breakdowns.total).toEqual(moscow.breakdowns.total);
		expect(moscow.breakdowns.total.events).toBeGreaterThan(0);
	});

	it('is locked down once loaded: no file or URL can be read', async () => {
		const db = await createNodeDatabase();
		await loadCube(db, cubeArrowStream(await openDataDirectory('data')));
		await expect(db.query("SELECT * FROM read_csv('data/regions.csv')")).rejects.toThrow(/disabled|external/i);
	});

	it('gives a closed database’s engine to the next one empty: no table, no file, no lock of the one before', async () => {
		const first = await createNodeDatabase();
		await loadCube(first, cubeArrowStream(await openDataDirectory('data')));
		first.close();
		const next = await createNodeDatabase();
		expect(await next.query("SELECT count(*)::INT AS n FROM duckdb_tables()")).toEqual([{ n: 0 }]);
		await next.registerFile('one.csv', new TextEncoder().encode('a\n1\n'));
		expect(await next.query("SELECT a FROM read_csv('one.csv')")).toEqual([{ a: 1 }]);
		next.close();
	});
});

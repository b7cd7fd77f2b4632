// The named queries against the bundled data, checked with totals computed from the CSV without our code.
import { beforeAll, describe, expect, it } from 'vitest';
import { openDataDirectory } from '../../../src/lib/db/node';
import { NO_FILTER, type DetentionFilter } from '../../../src/lib/db/detentionFilter';
import type { Granularity } from '../../../src/lib/time/days';
import { DIMENSION_KEYS } from '../../../src/lib/datasets/detentions';
import { annotationEvents, detentionsCoverage, detentionView, latestFigures } from '../../../src/lib/db/queries';
import type { Database } from '../../../src/lib/db/types';
import { chargeTypes, detentionTotals, readCsv, type CsvRow } from '../../csvTotals';

/** The time series and the breakdowns of one detentions view, as the pages draw them. */
const overTime = async (db: Database, granularity: Granularity, filter: DetentionFilter = NO_FILTER) => (await detentionView(db, granularity, filter)).series;
const breakdownsOf = async (db: Database, filter: DetentionFilter = NO_FILTER) => (await detentionView(db, 'year', filter)).breakdowns;

const totals = detentionTotals();
let db: Database;

beforeAll(async () => {
	db = await openDataDirectory('data');
});

const sum = (values: (number | null)[]) => values.reduce<number>((a, b) => a + (b ?? 0), 0);

describe('detentionsOverTime', () => {
	it('gives per-year sums equal to the CSV', async () => {
		const years = await overTime(db, 'year');
		expect(years.map((y) => [y.period.slice(0, 4), y.detained])).toEqual([...totals.byYear].sort());
		expect(years.every((y) => Number.isInteger(y.detained))).toBe(true);
	});

	it('gives per-month sums equal to the CSV, with every month of the range present', async () => {
		const months = await overTime(db, 'month');
		for (const m of months) expect(m.detained ?? 0).toBe(totals.byMonth.get(m.period.slice(0, 7)) ?? 0);
		expect(months[0]!.period).toBe(`${totals.first.slice(0, 7)}-01`);
		expect(months.at(-1)!.period).toBe(`${totals.last.slice(0, 7)}-01`);
		const expectedCount = (Number(totals.last.slice(0, 4)) - Number(totals.first.slice(0, 4))) * 12 + Number(totals.last.slice(5, 7)) - Number(totals.first.slice(5, 7)) + 1;
		expect(months).toHaveLength(expectedCount);
	});

	it('keeps the same grand total at every granularity and counts unknown events apart', async () => {
		for (const g of ['day', 'week', 'month', 'year'] as const) {
			const rows = await overTime(db, g);
			expect(sum(rows.map((r) => r.detained))).toBe(totals.detained);
			expect(sum(rows.map((r) => r.events))).toBe(totals.events);
			expect(sum(rows.map((r) => r.unknownEvents))).toBe(totals.unknownEvents);
		}
	});

	it('starts weeks on Monday', async () => {
		const weeks = await overTime(db, 'week');
		expect(weeks.every((w) => new Date(`${w.period}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
	});
});

describe('detentionsCoverage', () => {
	it('matches the CSV', async () => {
		expect(await detentionsCoverage(db)).toEqual({
			first: totals.first,
			last: totals.last,
			events: totals.events,
			detained: totals.detained,
			unknownEvents: totals.unknownEvents
		});
	});
});

describe('latestFigures', () => {
	it('returns the most recent figure of each metric, as published', async () => {
		const data = readCsv('data/figures.csv');
		const latest = new Map<string, Record<string, string>>();
		for (const row of data) {
			const seen = latest.get(row.metric!);
			if (!seen || row.date! > seen.date! || (row.date === seen.date && Number(row.value) > Number(seen.value))) latest.set(row.metric!, row);
		}
		const figures = await latestFigures(db);
		expect(figures.map((f) => [f.metric, f.date, f.value, f.qualifier, f.sourceTitle])).toEqual(
			[...latest.values()].sort((a, b) => a.metric!.localeCompare(b.metric!)).map((r) => [r.metric, r.date, Number(r.value), r.qualifier, r.source_title])
		);
	});
});

describe('annotationEvents', () => {
	it('lists the key dates in order with both languages', async () => {
		const events = await annotationEvents(db);
		expect(events.find((e) => e.date === '2022-02-24')?.labelEn).toBeTruthy();
		expect(events.every((e) => e.labelRu && e.labelEn)).toBe(true);
		expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
	});
});

describe('lock-down', () => {
	it('refuses to read files or URLs once the data is loaded', async () => {
		await expect(db.query(`SELECT * FROM read_csv('https://example.org/x.csv')`)).rejects.toThrow();
		await expect(db.query(`SELECT * FROM read_csv('/etc/passwd')`)).rejects.toThrow();
		await expect(db.exec('SET enable_external_access = true')).rejects.toThrow();
	});
});

describe('filtered queries', () => {
	const charge = chargeTypes();
	const filter = { ...NO_FILTER, charge: ['antiwar_speech'], region: ['RU-MOW', 'RU-SPE'], from: '2022-03-01', to: '2023-12-31' };
	const keep = (r: CsvRow) =>
		charge.get(r.article!) === 'antiwar_speech' && ['RU-MOW', 'RU-SPE'].includes(r.region!) && r.date! >= '2022-03-01' && r.date! <= '2023-12-31';
	const expected = detentionTotals('data/detentions.csv', keep);

	it('counts only the matching rows, in every breakdown', async () => {
		const b = await breakdownsOf(db, filter);
		expect(b.total).toEqual({ events: expected.events, detained: expected.detained, unknownEvents: expected.unknownEvents });
		for (const name of DIMENSION_KEYS) {
			expect(sum(b[name].map((k) => k.detained))).toBe(expected.detained);
			expect(sum(b[name].map((k) => k.events))).toBe(expected.events);
		}
		expect(b.region.map((r) => r.key).sort()).toEqual(['RU-MOW', 'RU-SPE']);
		expect(b.charge.map((r) => r.key)).toEqual(['antiwar_speech']);
	});

	it('draws the time series over the filtered date range', async () => {
		const months = await overTime(db, 'month', filter);
		expect(months[0]!.period).toBe('2022-03-01');
		expect(months.at(-1)!.period).toBe('2023-12-01');
		expect(months).toHaveLength(22);
		expect(sum(months.map((m) => m.detained))).toBe(expected.detained);
	});

	it('gives the unfiltered totals with no filter, unknown articles as a key of their own', async () => {
		const b = await breakdownsOf(db);
		expect(b.total.detained).toBe(totals.detained);
		const noArticle = detentionTotals('data/detentions.csv', (r) => r.article === '');
		expect(b.article.find((a) => a.key === null)?.events).toBe(noArticle.events);
	});

	it('treats hostile filter values as values, never as SQL', async () => {
		const b = await breakdownsOf(db, { ...NO_FILTER, region: ["RU-MOW') OR 1=1 --"] });
		expect(b.total.events).toBe(0);
		expect(await breakdownsOf(db)).toMatchObject({ total: { events: totals.events } });
	});
});

describe('a filter that matches nothing', () => {
	it('draws zeros over the whole range, not an empty chart', async () => {
		const months = await overTime(db, 'month', { ...NO_FILTER, region: ['nowhere'] });
		expect(months[0]!.period).toBe(`${totals.first.slice(0, 7)}-01`);
		expect(months.every((m) => m.detained === 0 && m.events === 0)).toBe(true);
	});
});

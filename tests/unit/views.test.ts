// Which views are pages: one value of a coded dimension is; combinations, ranges and free text are not.
import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../../src/lib/db/detentionFilter';
import { filterOf, PAGED_DIMENSIONS, singleViewOf, singleViews, viewPagePath, viewResultsPath } from '../../src/lib/detentions/views';

describe('single-value views', () => {
	it('are one value of one coded dimension, with nothing else', () => {
		expect(singleViewOf({ ...NO_FILTER, charge: ['antiwar_speech'] })).toEqual({ key: 'charge', value: 'antiwar_speech' });
		expect(singleViewOf(NO_FILTER)).toBeNull();
		expect(singleViewOf({ ...NO_FILTER, charge: ['antiwar_speech', 'protest'] })).toBeNull();
		expect(singleViewOf({ ...NO_FILTER, charge: ['protest'], region: ['RU-MOW'] })).toBeNull();
		expect(singleViewOf({ ...NO_FILTER, charge: ['protest'], from: '2023-01-01' })).toBeNull();
		// An organiser is free text as the source wrote it: no page, the engine counts it.
		expect(singleViewOf({ ...NO_FILTER, organizer: ['ФБК'] })).toBeNull();
		expect(PAGED_DIMENSIONS).toEqual(['region', 'charge', 'event', 'article', 'topic']);
	});

	it('round-trip between filter and view', () => {
		const view = { key: 'region', value: 'RU-MOW' } as const;
		expect(singleViewOf(filterOf(view))).toEqual(view);
		expect(filterOf(null)).toEqual(NO_FILTER);
	});

	it('have a page and a results file at addresses safe for any code', () => {
		expect(viewPagePath(null)).toBe('/detentions/');
		expect(viewPagePath({ key: 'charge', value: 'antiwar_speech' })).toBe('/detentions/charge/antiwar_speech/');
		expect(viewPagePath({ key: 'article', value: 'koap-20.2' })).toBe('/detentions/article/koap-20.2/');
		expect(viewResultsPath({ key: 'article', value: 'uk 280/3' }, 'month')).toBe('/data/views/article/uk%20280%2F3/month.json');
		// Everything at every period; one value by month only (other periods are the engine's).
		expect(['day', 'week', 'month', 'year'].map((g) => viewResultsPath(null, g as 'day'))).toEqual(['/data/views/all/day.json', '/data/views/all/week.json', '/data/views/all/month.json', '/data/views/all/year.json']);
		expect(viewResultsPath({ key: 'charge', value: 'protest' }, 'week')).toBeNull();
	});

	it('are listed for every value of every paged dimension, and none of free text', () => {
		const values = { region: [{ code: 'RU-MOW' }], charge: [{ code: 'protest' }, { code: 'other' }], event: [], article: [{ code: 'koap-20.2' }], topic: [], organizer: [{ code: 'ФБК' }] };
		expect(singleViews(values)).toEqual([
			{ key: 'region', value: 'RU-MOW' },
			{ key: 'charge', value: 'protest' },
			{ key: 'charge', value: 'other' },
			{ key: 'article', value: 'koap-20.2' }
		]);
	});
});

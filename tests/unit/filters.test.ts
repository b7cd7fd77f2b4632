import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../../src/lib/db/detentionFilter';
import { detentionViewQuery, parseDetentionView, toggleValue } from '../../src/lib/filters/detentionFilters';
import { parseParam } from '../../src/lib/filters/params';

const domain = {
	region: ['RU-MOW', 'RU-SPE', 'UA-43'], article: ['koap-20.2', 'uk-207.3'], event: ['rally', 'picket', 'single_picket'], topic: ['antiwar', 'other'],
	charge: ['antiwar_speech', 'protest'], organizer: ['Солидарность', 'Оргкомитет, Солидарность'], first: '2022-02-24', last: '2026-10-31'
};
const parse = (query: string) => parseDetentionView(query, domain);

describe('parseParam', () => {
	it('tells valid, invalid and missing apart', () => {
		const list = { type: 'list', allowed: new Set(['a', 'b']) } as const;
		expect(parseParam('b,a', list)).toEqual({ kind: 'valid', value: ['a', 'b'] });
		expect(parseParam(null, list)).toEqual({ kind: 'missing', value: [] });
		expect(parseParam('a,zzz', list)).toEqual({ kind: 'invalid', raw: 'a,zzz', reason: 'unknown value "zzz"', value: ['a'] });
		expect(parseParam('2022-02-30', { type: 'date' })).toMatchObject({ kind: 'invalid', value: null });
		expect(parseParam('7', { type: 'number', min: 0, max: 50 })).toEqual({ kind: 'valid', value: 7 });
		expect(parseParam('x', { type: 'number', min: 0, max: 50 })).toMatchObject({ kind: 'invalid', value: null });
	});
});

describe('detentions view in the URL', () => {
	it('reads an empty query as everything, per month', () => {
		expect(parse('')).toEqual({ filter: NO_FILTER, granularity: 'month', problems: [] });
	});

	it('reads every filter', () => {
		const view = parse('charge=antiwar_speech&region=RU-SPE,RU-MOW&from=2022-03-01&to=2022-12-31&event=picket&article=uk-207.3&topic=antiwar&per=week');
		expect(view.problems).toEqual([]);
		expect(view.granularity).toBe('week');
		expect(view.filter).toEqual({
			from: '2022-03-01',
			to: '2022-12-31',
			region: ['RU-MOW', 'RU-SPE'],
			event: ['picket'],
			charge: ['antiwar_speech'],
			article: ['uk-207.3'],
			topic: ['antiwar'],
			organizer: []
		});
	});

	it('falls back to defaults for invalid values and says which', () => {
		const view = parse('charge=bogus&per=decade&from=yesterday&region=RU-MOW,<script>');
		expect(view.filter.charge).toEqual([]);
		expect(view.filter.region).toEqual(['RU-MOW']);
		expect(view.filter.from).toBeNull();
		expect(view.granularity).toBe('month');
		expect(view.problems.map((p) => p.param).sort()).toEqual(['charge', 'from', 'per', 'region']);
	});

	it('rejects dates outside the data and swaps a backwards range', () => {
		expect(parse('from=1999-01-01').problems[0]!.reason).toMatch(/outside the data/);
		expect(parse('from=2023-01-01&to=2022-06-01').filter).toMatchObject({ from: '2022-06-01', to: '2023-01-01' });
	});

	it('writes a canonical query that reads back to the same view', () => {
		const view = parse('region=RU-SPE,RU-MOW&charge=antiwar_speech&per=year');
		const query = detentionViewQuery(view, domain);
		expect(query).toBe('?region=RU-MOW%2CRU-SPE&charge=antiwar_speech&per=year');
		expect(parse(query.slice(1))).toEqual(view);
		expect(detentionViewQuery({ filter: NO_FILTER, granularity: 'month' }, domain)).toBe('');
	});

	it('keeps a value with a comma in it whole, as a source wrote it', () => {
		const filter = { ...NO_FILTER, organizer: ['Оргкомитет, Солидарность', 'Солидарность'] };
		const query = detentionViewQuery({ filter, granularity: 'month' }, domain);
		expect(parse(new URLSearchParams(query).toString()).filter.organizer).toEqual(['Оргкомитет, Солидарность', 'Солидарность']);
	});

	it('toggles a value on and off', () => {
		const on = toggleValue(NO_FILTER, 'region', 'RU-SPE');
		expect(on.region).toEqual(['RU-SPE']);
		expect(toggleValue(on, 'region', 'RU-SPE').region).toEqual([]);
	});
});

// The detentions page's view as URL parameters (urlView.ts), derived from the dimension registry: each dimension's
// values, the date range and the period.
import { byDimension, type DimensionKey } from '../datasets/detentions';
import type { DetentionFilter } from '../db/detentionFilter';
import { GRANULARITIES, type Granularity } from '../time/days';
import type { ParamProblem, ParamSpec } from './params';
import { toggled, urlView } from './urlView';

/** What the data holds: the allowed values of each dimension's parameter, and the dates a range may take. */
export type DetentionDomain = Record<DimensionKey, string[]> & { first: string; last: string };

const detentionUrl = urlView({
	specs: (domain: DetentionDomain) => ({
		from: { type: 'date', min: domain.first, max: domain.last } as ParamSpec,
		to: { type: 'date', min: domain.first, max: domain.last } as ParamSpec,
		...byDimension((d): ParamSpec => ({ type: 'list', allowed: new Set(domain[d.key]) })),
		per: { type: 'one', allowed: new Set<string>(GRANULARITIES), fallback: 'month' } as ParamSpec
	}),
	ranges: [['from', 'to']]
});

/** A view of the detentions data as the URL states it: a filter and a period, with what could not be read. */
export interface DetentionUrlView {
	filter: DetentionFilter;
	granularity: Granularity;
	problems: ParamProblem[];
}

/** `search` is a query string, with or without its "?". */
export function parseDetentionView(search: string, domain: DetentionDomain): DetentionUrlView {
	const { values, problems } = detentionUrl.parse(search, domain);
	const { per, ...filter } = values;
	return { filter: filter as unknown as DetentionFilter, granularity: per as Granularity, problems };
}

export function detentionViewQuery(view: Omit<DetentionUrlView, 'problems'>, domain: DetentionDomain): string {
	return detentionUrl.query({ ...view.filter, per: view.granularity }, domain);
}

/** The filter with `value` added to or removed from one dimension: what clicking a bar or a tile does. */
export function toggleValue(filter: DetentionFilter, key: DimensionKey, value: string): DetentionFilter {
	return { ...filter, [key]: toggled(filter[key], value) };
}

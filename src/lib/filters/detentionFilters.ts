// The detentions page's view as URL parameters, derived from the dimension registry: which values each may take,
// parsing, writing, and toggling one value.
import { byDimension, type DimensionKey } from '../datasets/detentions';
import type { DetentionFilter } from '../db/detentionFilter';
import { GRANULARITIES, type Granularity } from '../time/days';
import { parseParams, serializeParams, type ParamProblem, type ParamSpec } from './params';

/** What the data holds: the allowed values of each dimension's parameter, and the dates a range may take. */
export type DetentionDomain = Record<DimensionKey, string[]> & { first: string; last: string };

type DetentionSpecs = Record<DimensionKey | 'from' | 'to' | 'per', ParamSpec>;

// Every bar and tile on the page links to a toggled view, so a redraw serialises a few hundred URLs: the specs (with
// their sets of allowed values) are built once per domain.
const specsByDomain = new WeakMap<DetentionDomain, DetentionSpecs>();

export function detentionSpecs(domain: DetentionDomain): DetentionSpecs {
	let specs = specsByDomain.get(domain);
	if (!specs) {
		specs = {
			from: { type: 'date', min: domain.first, max: domain.last },
			to: { type: 'date', min: domain.first, max: domain.last },
			...byDimension((d): ParamSpec => ({ type: 'list', allowed: new Set(domain[d.key]) })),
			per: { type: 'one', allowed: new Set<string>(GRANULARITIES), fallback: 'month' }
		};
		specsByDomain.set(domain, specs);
	}
	return specs;
}

/** A view of the detentions data as the URL states it: a filter and a period, with what could not be read. */
export interface DetentionUrlView {
	filter: DetentionFilter;
	granularity: Granularity;
	problems: ParamProblem[];
}

/** `search` is a query string, with or without its "?". */
export function parseDetentionView(search: string, domain: DetentionDomain): DetentionUrlView {
	const { values, problems } = parseParams(new URLSearchParams(search), detentionSpecs(domain));
	const { per, ...rest } = values;
	const filter = rest as unknown as DetentionFilter;
	// A range given backwards is still one range.
	if (filter.from && filter.to && filter.from > filter.to) [filter.from, filter.to] = [filter.to, filter.from];
	return { filter, granularity: per as Granularity, problems };
}

export function detentionViewQuery(view: Omit<DetentionUrlView, 'problems'>, domain: DetentionDomain): string {
	const query = serializeParams({ ...view.filter, per: view.granularity }, detentionSpecs(domain)).toString();
	return query === '' ? '' : `?${query}`;
}

/** The filter with `value` added to or removed from one dimension: what clicking a bar or a tile does. */
export function toggleValue(filter: DetentionFilter, key: DimensionKey, value: string): DetentionFilter {
	const list = filter[key];
	const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value].sort();
	return { ...filter, [key]: next };
}

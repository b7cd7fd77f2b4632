// The detentions page's filters as URL parameters: which values each may take, parsing, and toggling.
import { GRANULARITIES, type Granularity } from '../db/queries';
import type { DetentionFilter } from '../db/detentionFilter';
import { enumValues } from '../schema/package';
import { parseParams, serializeParams, type ParamProblem, type ValuesOf } from './params';

/** What the data holds: the allowed values of the parameters that name codes or dates. */
export interface DetentionDomain {
	regions: string[];
	articles: string[];
	eventTypes: string[];
	topics: string[];
	first: string;
	last: string;
}

export const CHARGE_TYPES = enumValues('articles', 'charge_type');

// Every bar and tile on the page links to a toggled view, so a redraw serialises a few hundred URLs: the specs (with
// their sets of allowed values) are built once per domain.
const specsByDomain = new WeakMap<DetentionDomain, ReturnType<typeof buildSpecs>>();

export function detentionSpecs(domain: DetentionDomain) {
	let specs = specsByDomain.get(domain);
	if (!specs) {
		specs = buildSpecs(domain);
		specsByDomain.set(domain, specs);
	}
	return specs;
}

function buildSpecs(domain: DetentionDomain) {
	return {
		from: { type: 'date', min: domain.first, max: domain.last },
		to: { type: 'date', min: domain.first, max: domain.last },
		charge: { type: 'list', allowed: new Set(CHARGE_TYPES) },
		article: { type: 'list', allowed: new Set(domain.articles) },
		region: { type: 'list', allowed: new Set(domain.regions) },
		event: { type: 'list', allowed: new Set(domain.eventTypes) },
		topic: { type: 'list', allowed: new Set(domain.topics) },
		per: { type: 'one', allowed: new Set<string>(GRANULARITIES), fallback: 'month' }
	} as const;
}

export type DetentionParams = ValuesOf<ReturnType<typeof detentionSpecs>>;

export interface DetentionView {
	filter: DetentionFilter;
	granularity: Granularity;
	problems: ParamProblem[];
}

export function parseDetentionView(params: URLSearchParams, domain: DetentionDomain): DetentionView {
	const { values, problems } = parseParams(params, detentionSpecs(domain));
	const { per, ...filter } = values;
	// A range given backwards is still one range.
	if (filter.from && filter.to && filter.from > filter.to) [filter.from, filter.to] = [filter.to, filter.from];
	return { filter, granularity: per as Granularity, problems };
}

export function detentionViewQuery(view: Omit<DetentionView, 'problems'>, domain: DetentionDomain): string {
	const query = serializeParams<ReturnType<typeof detentionSpecs>>({ ...view.filter, per: view.granularity }, detentionSpecs(domain)).toString();
	return query === '' ? '' : `?${query}`;
}

export type ListKey = 'region' | 'event' | 'charge' | 'article' | 'topic';

/** The filter with `value` added to or removed from one list: what clicking a bar or a tile does. */
export function toggleValue(filter: DetentionFilter, key: ListKey, value: string): DetentionFilter {
	const list = filter[key];
	const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value].sort();
	return { ...filter, [key]: next };
}

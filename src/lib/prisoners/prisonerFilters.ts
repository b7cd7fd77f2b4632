// The prisoners page's view as URL parameters (parsed like the detentions page's), derived from the dimension
// registry plus search, sentence, dates, order and page; and the one function that applies a view to people.
import { byPrisonerDimension, PRISONER_DIMENSIONS, type ChargeOf, type PrisonerDimensionOf, type PrisonerKey } from '../datasets/prisoners';
import type { ParamProblem, ParamSpec } from '../filters/params';
import { toggled, urlView } from '../filters/urlView';
import type { PrisonerEntry } from './entries';
import { foldName, matchesName } from '../text/fold';

export const SORTS = ['arrested', 'name', 'sentence'] as const;
export type PrisonerSort = (typeof SORTS)[number];
/** People a page of the list shows: a screen or two of cards on a desktop, about nine screens on a phone. The whole
 * list is downloaded and printed at once, so nobody pages through it to take it away. */
export const PAGE_SIZE = 24;

/** What the data holds: each dimension's codes, and the earliest and latest arrest dates. */
export type PrisonerDomain = Record<PrisonerKey, string[]> & { first: string; last: string };

const prisonerUrl = urlView({
	specs: (domain: PrisonerDomain) => ({
		q: { type: 'text', maxLength: 100 } as ParamSpec,
		...byPrisonerDimension((d): ParamSpec => ({ type: 'list', allowed: new Set(domain[d.key]) })),
		smin: { type: 'number', min: 0, max: 50 } as ParamSpec,
		smax: { type: 'number', min: 0, max: 50 } as ParamSpec,
		from: { type: 'date', min: domain.first, max: domain.last } as ParamSpec,
		to: { type: 'date', min: domain.first, max: domain.last } as ParamSpec,
		sort: { type: 'one', allowed: new Set<string>(SORTS), fallback: 'arrested' } as ParamSpec,
		page: { type: 'number', min: 1, max: 100_000 } as ParamSpec
	}),
	ranges: [
		['smin', 'smax'],
		['from', 'to']
	]
});

/** A view of the list: a search, each dimension's chosen codes, a sentence range, an arrest date range, order and page. */
export type PrisonerView = Record<PrisonerKey, string[]> & {
	q: string;
	smin: number | null;
	smax: number | null;
	from: string | null;
	to: string | null;
	sort: PrisonerSort;
	page: number | null;
};

/** `search` is a query string, with or without its "?". */
export function parsePrisonerView(search: string, domain: PrisonerDomain): { view: PrisonerView; problems: ParamProblem[] } {
	const { values, problems } = prisonerUrl.parse(search, domain);
	return { view: values as unknown as PrisonerView, problems };
}

export function prisonerViewQuery(view: PrisonerView, domain: PrisonerDomain): string {
	return prisonerUrl.query(view as unknown as Parameters<typeof prisonerUrl.query>[0], domain);
}

/** The view with `value` added to or removed from one dimension, from the first page. */
export function togglePrisonerValue(view: PrisonerView, key: PrisonerKey, value: string): PrisonerView {
	return { ...view, page: null, [key]: toggled(view[key], value) };
}

export function prisonerMatcher(view: PrisonerView, chargeOf: ChargeOf): (p: PrisonerEntry) => boolean {
	const query = foldName(view.q);
	const chosen = (PRISONER_DIMENSIONS as readonly PrisonerDimensionOf[])
		.filter((d) => view[d.key].length > 0)
		.map((d) => ({ codesOf: d.codesOf, set: new Set(view[d.key]) }));
	return (p) =>
		matchesName(p.searchKey ?? searchKeyOf(p), query) &&
		chosen.every(({ codesOf, set }) => codesOf(p, chargeOf).some((code) => code !== null && set.has(code))) &&
		(view.smin === null || (p.sentenceYears !== null && p.sentenceYears >= view.smin)) &&
		(view.smax === null || (p.sentenceYears !== null && p.sentenceYears <= view.smax)) &&
		(view.from === null || (p.arrestedOn !== null && p.arrestedOn >= view.from)) &&
		(view.to === null || (p.arrestedOn !== null && p.arrestedOn <= view.to));
}

/** Each article's charge type, from the articles a page was prerendered with. */
export function chargeLookup(articles: readonly { code: string; chargeType: string }[]): ChargeOf {
	const charge = new Map(articles.map((a) => [a.code, a.chargeType]));
	return (code) => charge.get(code);
}

export function searchKeyOf(p: PrisonerEntry): string {
	return `${foldName(p.nameRu)} ${foldName(p.nameEn)}`;
}

const byName = (a: PrisonerEntry, b: PrisonerEntry) => a.nameEn.localeCompare(b.nameEn);
const SORTERS: Record<PrisonerSort, (a: PrisonerEntry, b: PrisonerEntry) => number> = {
	arrested: (a, b) => (b.arrestedOn ?? '').localeCompare(a.arrestedOn ?? '') || byName(a, b),
	name: byName,
	sentence: (a, b) => (b.sentenceYears ?? -1) - (a.sentenceYears ?? -1) || byName(a, b)
};

export function sortPrisoners(list: PrisonerEntry[], sort: PrisonerSort): PrisonerEntry[] {
	return [...list].sort(SORTERS[sort]);
}

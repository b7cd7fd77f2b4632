// The prisoners page's view as URL parameters (shared parsing with the detentions page), and applying it.
import { enumValues } from '../schema/package';
import { parseParams, serializeParams, type ParamProblem, type ValuesOf } from '../filters/params';
import type { PrisonerEntry } from './entries';
import { foldName, matchesName } from './search';

export const STATUSES = enumValues('prisoners', 'status');
export const GENDERS = enumValues('prisoners', 'gender');
export const CHARGE_TYPES = enumValues('articles', 'charge_type');
export const SORTS = ['arrested', 'name', 'sentence'] as const;
export type PrisonerSort = (typeof SORTS)[number];
export const PAGE_SIZE = 48;

export interface PrisonerDomain {
	regions: string[];
	articles: string[];
	/** Earliest and latest arrest dates in the data. */
	first: string;
	last: string;
}

export function prisonerSpecs(domain: PrisonerDomain) {
	return {
		q: { type: 'text', maxLength: 100 },
		charge: { type: 'list', allowed: new Set(CHARGE_TYPES) },
		article: { type: 'list', allowed: new Set(domain.articles) },
		region: { type: 'list', allowed: new Set(domain.regions) },
		status: { type: 'list', allowed: new Set(STATUSES) },
		gender: { type: 'list', allowed: new Set(GENDERS) },
		smin: { type: 'number', min: 0, max: 50 },
		smax: { type: 'number', min: 0, max: 50 },
		from: { type: 'date', min: domain.first, max: domain.last },
		to: { type: 'date', min: domain.first, max: domain.last },
		sort: { type: 'one', allowed: new Set<string>(SORTS), fallback: 'arrested' },
		page: { type: 'number', min: 1, max: 100_000 }
	} as const;
}

export type PrisonerView = ValuesOf<ReturnType<typeof prisonerSpecs>>;

export function parsePrisonerView(params: URLSearchParams, domain: PrisonerDomain): { view: PrisonerView; problems: ParamProblem[] } {
	const { values, problems } = parseParams(params, prisonerSpecs(domain));
	if (values.smin !== null && values.smax !== null && values.smin > values.smax) [values.smin, values.smax] = [values.smax, values.smin];
	if (values.from && values.to && values.from > values.to) [values.from, values.to] = [values.to, values.from];
	return { view: values, problems };
}

export function prisonerViewQuery(view: PrisonerView, domain: PrisonerDomain): string {
	const query = serializeParams(view, prisonerSpecs(domain)).toString();
	return query === '' ? '' : `?${query}`;
}

/** Article code → charge type, to filter people by the category of any of their charges. */
export type ChargeOf = (article: string) => string | undefined;

export function prisonerMatcher(view: PrisonerView, chargeOf: ChargeOf): (p: PrisonerEntry) => boolean {
	const query = foldName(view.q);
	const sets = {
		charge: new Set(view.charge),
		article: new Set(view.article),
		region: new Set(view.region),
		status: new Set(view.status),
		gender: new Set(view.gender)
	};
	return (p) =>
		matchesName(p.searchKey ?? searchKeyOf(p), query) &&
		(sets.charge.size === 0 || sets.charge.has(p.caseCategory) || p.articles.some((a) => sets.charge.has(chargeOf(a) ?? ''))) &&
		(sets.article.size === 0 || p.articles.some((a) => sets.article.has(a))) &&
		(sets.region.size === 0 || sets.region.has(p.region)) &&
		(sets.status.size === 0 || sets.status.has(p.status)) &&
		(sets.gender.size === 0 || (p.gender !== null && sets.gender.has(p.gender))) &&
		(view.smin === null || (p.sentenceYears !== null && p.sentenceYears >= view.smin)) &&
		(view.smax === null || (p.sentenceYears !== null && p.sentenceYears <= view.smax)) &&
		(view.from === null || (p.arrestedOn !== null && p.arrestedOn >= view.from)) &&
		(view.to === null || (p.arrestedOn !== null && p.arrestedOn <= view.to));
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

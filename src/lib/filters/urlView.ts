// A dataset's view as URL parameters, declared once per dataset (detentionFilters.ts, prisonerFilters.ts): which
// parameters it takes for the values its data holds, and from that alone reading a link (what cannot be used is kept
// as a problem), writing the canonical query of a view, and toggling one value of a list.
import { parseParams, serializeParams, type ParamProblem, type Specs, type ValuesOf } from './params';

export interface UrlViewSpec<D extends object, S extends Specs> {
	/** The parameters a view takes, in the order a link writes them, for the values `domain` holds. */
	specs: (domain: D) => S;
	/** Pairs of parameters that bound a range (from, to): a range given backwards is still one range. */
	ranges?: readonly (readonly [keyof S & string, keyof S & string])[];
}

export interface UrlView<D extends object, S extends Specs> {
	specs(domain: D): S;
	/** `search` is a query string, with or without its "?". */
	parse(search: string, domain: D): { values: ValuesOf<S>; problems: ParamProblem[] };
	/** The canonical query of some values ('' for the default view, '?…' otherwise): the view's one name in links. */
	query(values: ValuesOf<S>, domain: D): string;
}

export function urlView<D extends object, S extends Specs>(spec: UrlViewSpec<D, S>): UrlView<D, S> {
	// Every bar and tile links to a toggled view, so a redraw writes a few hundred queries: the parameters (with their
	// sets of allowed values) are made once per domain.
	const made = new WeakMap<D, S>();
	const specs = (domain: D) => {
		let s = made.get(domain);
		if (!s) {
			s = spec.specs(domain);
			made.set(domain, s);
		}
		return s;
	};
	return {
		specs,
		parse(search, domain) {
			const { values, problems } = parseParams(new URLSearchParams(search), specs(domain));
			for (const [from, to] of spec.ranges ?? []) {
				const lo = values[from];
				const hi = values[to];
				if (lo !== null && hi !== null && lo > hi) {
					values[from] = hi;
					values[to] = lo;
				}
			}
			return { values, problems };
		},
		query(values, domain) {
			const query = serializeParams(values, specs(domain)).toString();
			return query === '' ? '' : `?${query}`;
		}
	};
}

/** A list with `value` added, or removed when it is there: what a click on a bar, a tile or a box does. */
export function toggled(list: readonly string[], value: string): string[] {
	return list.includes(value) ? list.filter((v) => v !== value) : [...list, value].sort();
}

/** The parts of a link that could not be used, in words, for the page's note; '' when there are none. */
export function problemsText(problems: ParamProblem[]): string {
	return problems.map((p) => `${p.param}=${p.raw} (${p.reason})`).join('; ');
}

// Which articles a demo prisoner is charged under, weighted like real case lists.
import { dayOf } from './days';
import { inForceFrom } from './in-force';
import { WeightedPicker, type Rng } from './prng';
import type { ArticleRef, NonEmpty } from './types';

const CHARGE_TYPE_WEIGHTS: Record<string, number> = {
	antiwar_speech: 0.36,
	treason_espionage: 0.14,
	terrorism: 0.16,
	extremism: 0.14,
	protest: 0.08,
	religion: 0.03,
	other: 0.09
};

/** Within a charge type, the articles that dominate real case lists get more weight (default 1). */
const ARTICLE_WEIGHTS: Record<string, number> = {
	'uk-207.3': 6,
	'uk-280.3': 3,
	'uk-280.4': 2,
	'uk-275': 5,
	'uk-275.1': 1.5,
	'uk-205.2': 4,
	'uk-205.5': 2,
	'uk-282.2': 3,
	'uk-280': 2,
	'uk-212.1': 2,
	'uk-318': 3,
	'uk-330.1': 2,
	'uk-284.1': 2,
	'uk-337': 2,
	'uk-167': 2,
	'uk-319': 0.3,
	'uk-329': 0.5
};
/** Administrative-only prisoners: repeated arrests for protest or "discrediting" (default 0.2). */
const ADMIN_CASE_WEIGHTS: Record<string, number> = { 'koap-20.3.3': 3, 'koap-20.2': 2, 'koap-19.3': 1 };

export const FIRST_POSSIBLE_ARREST = dayOf('2019-01-01');

export interface CaseArticles {
	/** The first article is the main charge and sets case_category. */
	articles: NonEmpty<ArticleRef>;
	/** Earliest possible arrest: every article must already be in force. */
	earliest: number;
}

function earliestArrest(articles: readonly ArticleRef[]): number {
	return Math.max(FIRST_POSSIBLE_ARREST, ...articles.map((a) => inForceFrom(a.code)));
}

export class ArticleChooser {
	private readonly byType = new Map<string, WeightedPicker<ArticleRef>>();
	private readonly typePicker: WeightedPicker<string>;
	private readonly administrative: WeightedPicker<ArticleRef> | null;

	constructor(articles: readonly ArticleRef[]) {
		const criminal = articles.filter((a) => a.law === 'criminal');
		const administrative = articles.filter((a) => a.law === 'administrative');
		this.administrative =
			administrative.length === 0
				? null
				: new WeightedPicker(administrative.map((a) => [a, ADMIN_CASE_WEIGHTS[a.code] ?? 0.2] as const));
		const types = new Set(criminal.map((a) => a.charge_type));
		for (const type of types) {
			const ofType = criminal.filter((a) => a.charge_type === type);
			this.byType.set(type, new WeightedPicker(ofType.map((a) => [a, ARTICLE_WEIGHTS[a.code] ?? 1] as const)));
		}
		this.typePicker = new WeightedPicker([...types].map((t) => [t, CHARGE_TYPE_WEIGHTS[t] ?? 0.03] as const));
	}

	/** 1–3 criminal articles; extras share the main charge type so case_category stays coherent. */
	criminalCase(rng: Rng): CaseArticles {
		const type = this.typePicker.pick(rng);
		const picker = this.byType.get(type);
		if (!picker) throw new Error(`no criminal articles of type ${type}`);
		const chosen: NonEmpty<ArticleRef> = [picker.pick(rng)];
		const extra = rng() < 0.6 ? 0 : rng() < 0.75 ? 1 : 2;
		for (let tries = 0; chosen.length < 1 + extra && tries < 10; tries++) {
			const candidate = picker.pick(rng);
			if (!chosen.some((a) => a.code === candidate.code)) chosen.push(candidate);
		}
		return { articles: chosen, earliest: earliestArrest(chosen) };
	}

	/** Rare cases of repeated administrative arrests; null when articles.csv has no such article. */
	administrativeCase(rng: Rng): CaseArticles | null {
		if (!this.administrative) return null;
		const chosen: NonEmpty<ArticleRef> = [this.administrative.pick(rng)];
		return { articles: chosen, earliest: earliestArrest(chosen) };
	}
}

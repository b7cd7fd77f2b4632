// What a dataset registry declares about a dimension's values and charts (datasets/detentions.ts, prisoners.ts).
import type { MessageKey } from '../i18n/messages';

/** Where a dimension's codes and their labels come from. */
export type ValueSource =
	/** A lookup table with `code` and Russian and English names (regions, event types, topics). */
	| { kind: 'lookup'; table: 'regions' | 'event_types' | 'topics'; labelRu: string; labelEn: string }
	/** articles.csv: labelled by short name and title («УК 207.3 · Публичное распространение…»). */
	| { kind: 'articles' }
	/** An enum of the data package, labelled by messages `${messages}.${code}`. */
	| { kind: 'enum'; resource: string; field: string; messages: string }
	/** Codes the registry lists itself, labelled by messages `${messages}.${code}`: a yes-only filter has no enum to come from. */
	| { kind: 'fixed'; codes: readonly string[]; messages: string }
	/**
	 * Free text as the source wrote it in a column of detentions.csv (an organiser's name): its own label, a proper name
	 * in any language. `english` names the words that are not names but a source's categories (OVD-Info's «стихийная»),
	 * so English pages say them in English.
	 */
	| { kind: 'text'; field: string; english?: Record<string, string> };

/** One value of a dimension with its labels: what filters offer and charts name. */
export interface DimensionValue {
	code: string;
	labelRu: string;
	labelEn: string;
}

export interface ChartSpec {
	/** Element id, embed path and file name of downloads. */
	id: string;
	title: MessageKey;
	subtitle?: MessageKey;
	/** A sensible iframe height for its embed before the host script fits it. */
	height: number;
}

/** How a filter panel offers a dimension: checkboxes for short lists, a pick list for long ones. */
export type FilterControl = 'checks' | 'pick';

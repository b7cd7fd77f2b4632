// The prisoners dataset's dimensions, each declared once: its URL key, what a person's values in it are, where its
// codes and labels come from, how the filter panel offers it, and the chart that counts people by it. The URL
// parameters, the matching, the filter panel and the breakdown charts derive from this list.
import type { MessageKey } from '../i18n/messages';
import type { PrisonerEntry } from '../prisoners/entries';
import type { ChartSpec, DimensionValue, FilterControl, ValueSource } from './types';

/** Article code → its charge type, to find people by the category of any of their charges. */
export type ChargeOf = (article: string) => string | undefined;

export interface PrisonerDimension {
	/** URL parameter, e.g. ?status=imprisoned. */
	key: string;
	/** The codes a person has in this dimension; a filter keeps people with any of its codes. */
	codesOf: (person: PrisonerEntry, chargeOf: ChargeOf) => readonly (string | null)[];
	values: ValueSource;
	filter: FilterControl;
	/** The filter's legend and the key column's heading. */
	label: MessageKey;
	/** A bar chart of people by one code each (`keyOf`), when the dimension has one. */
	chart?: ChartSpec & { keyOf: (person: PrisonerEntry) => string };
}

export const PRISONER_DIMENSIONS = [
	{
		key: 'charge', label: 'filter.charge', filter: 'checks',
		// The main charge's category, or that of any other charge: someone charged with treason and "fakes" is found under both.
		codesOf: (p, chargeOf) => [p.caseCategory, ...p.articles.map((a) => chargeOf(a) ?? null)],
		values: { kind: 'enum', resource: 'articles', field: 'charge_type', messages: 'charge' },
		chart: { id: 'prisoners-by-charge', title: 'prisoners.byCharge', height: 480, keyOf: (p) => p.caseCategory }
	},
	{
		key: 'status', label: 'prisoners.status', filter: 'checks',
		codesOf: (p) => [p.status],
		values: { kind: 'enum', resource: 'prisoners', field: 'status', messages: 'status' },
		chart: { id: 'prisoners-by-status', title: 'prisoners.byStatus', height: 480, keyOf: (p) => p.status }
	},
	{
		key: 'gender', label: 'prisoners.gender', filter: 'checks',
		codesOf: (p) => [p.gender],
		values: { kind: 'enum', resource: 'prisoners', field: 'gender', messages: 'gender' }
	},
	{
		key: 'region', label: 'table.region', filter: 'pick',
		codesOf: (p) => [p.region],
		values: { kind: 'lookup', table: 'regions', labelRu: 'name_ru', labelEn: 'name_en' }
	},
	{
		key: 'article', label: 'table.article', filter: 'pick',
		codesOf: (p) => p.articles,
		values: { kind: 'articles' }
	},
	{
		key: 'letter', label: 'prisoners.letter', filter: 'checks',
		// One box, "has an address": people without one are not a group anyone looks for, so they have no code.
		codesOf: (p) => [p.hasLetterAddress ? 'yes' : null],
		values: { kind: 'fixed', codes: ['yes'], messages: 'letter' }
	}
] as const satisfies readonly PrisonerDimension[];

export type PrisonerKey = (typeof PRISONER_DIMENSIONS)[number]['key'];
export type PrisonerDimensionOf = PrisonerDimension & { key: PrisonerKey };

/** Something for every dimension, by its key: a view's lists, a page's values. */
export function byPrisonerDimension<T>(make: (dimension: PrisonerDimensionOf) => T): Record<PrisonerKey, T> {
	return Object.fromEntries((PRISONER_DIMENSIONS as readonly PrisonerDimensionOf[]).map((d) => [d.key, make(d)])) as Record<PrisonerKey, T>;
}

/** The prisoners page's charts, top to bottom: people by each dimension that has a chart, then sentences and time. */
export const PRISONER_CHARTS: ChartSpec[] = [
	...(PRISONER_DIMENSIONS as readonly PrisonerDimension[]).flatMap((d) => (d.chart ? [{ id: d.chart.id, title: d.chart.title, height: d.chart.height }] : [])),
	{ id: 'prisoners-by-sentence', title: 'prisoners.bySentence', height: 460 },
	{ id: 'prisoners-arrests', title: 'prisoners.arrests', height: 560 },
	{ id: 'prisoners-in-custody', title: 'prisoners.inCustody', height: 580 }
];

export type { DimensionValue };

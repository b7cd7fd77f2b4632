// The filter every detentions query takes, and the one function that turns it into a parameterised WHERE clause.
import { enumType } from './load';
import type { SqlParam } from './types';

/** Field names match the URL parameters of the detentions page. Empty lists and nulls mean "no restriction". */
export interface DetentionFilter {
	from: string | null;
	to: string | null;
	region: string[];
	event: string[];
	charge: string[];
	article: string[];
	topic: string[];
}

export const NO_FILTER: DetentionFilter = { from: null, to: null, region: [], event: [], charge: [], article: [], topic: [] };

export function isUnfiltered(filter: DetentionFilter): boolean {
	return !filter.from && !filter.to && filter.region.length + filter.event.length + filter.charge.length + filter.article.length + filter.topic.length === 0;
}

/** Columns of the detentions cube (see load.ts); the SQL text depends only on how many values each list has. */
const LIST_COLUMNS: [keyof DetentionFilter, string][] = [
	['region', 'region'],
	['event', 'event_type'],
	['topic', 'topic'],
	['article', 'article'],
	['charge', 'charge_type']
];

/** `firstParam` is the number of the first `$n` placeholder, for queries with parameters of their own before these. */
export function detentionWhere(filter: DetentionFilter, firstParam = 1): { sql: string; params: SqlParam[] } {
	const params: SqlParam[] = [];
	const placeholder = (value: SqlParam) => {
		params.push(value);
		return `$${firstParam + params.length - 1}`;
	};
	const clauses: string[] = [];
	if (filter.from) clauses.push(`d.date >= ${placeholder(filter.from)}::DATE`);
	if (filter.to) clauses.push(`d.date <= ${placeholder(filter.to)}::DATE`);
	for (const [key, column] of LIST_COLUMNS) {
		const values = filter[key] as string[];
		// Each value is cast to the column's ENUM, so rows are compared as small integers; a value the data does not
		// hold becomes NULL and matches nothing.
		if (values.length > 0) clauses.push(`d.${column} IN (${values.map((v) => `TRY_CAST(${placeholder(v)} AS ${enumType(column)})`).join(', ')})`);
	}
	return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** What every detentions query reads: the pre-counted cube, aliased so the WHERE clause's columns apply. */
export const FILTERED_DETENTIONS = 'detention_cube d';

// The filter every detentions query takes, derived from the dimension registry, and the one function that turns it
// into a parameterised WHERE clause.
import { byDimension, DETENTION_DIMENSIONS, DIMENSION_KEYS, type DimensionKey } from '../datasets/detentions';
import { enumType } from './load';
import type { SqlParam } from './types';

/** A date range and, per dimension, the codes to keep (its URL key). Empty lists and nulls mean "no restriction". */
export type DetentionFilter = { from: string | null; to: string | null } & Record<DimensionKey, string[]>;

export const NO_FILTER: DetentionFilter = { from: null, to: null, ...byDimension((): string[] => []) };

export function isUnfiltered(filter: DetentionFilter): boolean {
	return !filter.from && !filter.to && DIMENSION_KEYS.every((key) => filter[key].length === 0);
}

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
	for (const { key, column } of DETENTION_DIMENSIONS) {
		const values = filter[key];
		// Each value is cast to the column's ENUM, so rows are compared as small integers; a value the data does not
		// hold becomes NULL and matches nothing.
		if (values.length > 0) clauses.push(`d.${column} IN (${values.map((v) => `TRY_CAST(${placeholder(v)} AS ${enumType(column)})`).join(', ')})`);
	}
	return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** What every detentions query reads: the pre-counted cube, aliased so the WHERE clause's columns apply. */
export const FILTERED_DETENTIONS = 'detention_cube d';

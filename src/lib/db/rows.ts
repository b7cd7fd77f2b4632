// Converts Arrow results to plain objects: BigInt counts become numbers here, never in a chart.

/** The part of an Arrow table we read; both DuckDB clients return one. */
export interface ArrowLike {
	numRows: number;
	schema: { fields: { name: string }[] };
	getChildAt(index: number): { get(row: number): unknown } | null;
}

function plain(value: unknown): unknown {
	if (typeof value === 'bigint') return Number(value);
	if (value && typeof value === 'object' && 'toArray' in value && typeof value.toArray === 'function') {
		return Array.from(value.toArray() as ArrayLike<unknown>, plain);
	}
	return value;
}

export function arrowToRows<T>(table: ArrowLike): T[] {
	const names = table.schema.fields.map((f) => f.name);
	const columns = names.map((_, i) => table.getChildAt(i));
	const rows: T[] = new Array(table.numRows);
	for (let r = 0; r < table.numRows; r++) {
		const row: Record<string, unknown> = {};
		names.forEach((name, c) => {
			const v = columns[c]?.get(r);
			row[name] = v === undefined ? null : plain(v);
		});
		rows[r] = row as T;
	}
	return rows;
}

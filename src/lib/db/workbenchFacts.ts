// What the workbench page says about the tables at build time: how many rows each holds, and the data's last day.
import type { Resource } from '../schema/types';
import type { Database } from './types';

/** Rows of each published table, by name. */
export async function tableRowCounts(db: Database, resources: Resource[]): Promise<Record<string, number>> {
	const counts: Record<string, number> = {};
	for (const r of resources) {
		if (!/^[a-z_][a-z0-9_]*$/.test(r.name)) throw new Error(`unsafe table name ${r.name}`);
		const [row] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM "${r.name}"`);
		counts[r.name] = row?.n ?? 0;
	}
	return counts;
}

/** The last day of the detentions data (what "as of" means for an answer drawn from it), or '' without any. */
export async function lastDataDay(db: Database): Promise<string> {
	const [row] = await db.query<{ last: string | null }>(`SELECT last FROM detention_bounds`);
	return row?.last ?? '';
}

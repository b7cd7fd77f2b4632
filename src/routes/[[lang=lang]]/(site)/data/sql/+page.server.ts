// The workbench page: what it knows at build time about the tables (rows, last day) and the data's version.
import { bundledDatabase } from '$lib/db/node';
import { lastDataDay, tableRowCounts } from '$lib/db/workbenchFacts';
import { dataPackage } from '$lib/schema/package';
import { dataVersion } from '$lib/workbench/dataVersion.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const db = await bundledDatabase();
	return { rows: await tableRowCounts(db, dataPackage.resources), dataDate: await lastDataDay(db), dataVersion: dataVersion() };
};

// The home page built the naive way, for the benchmark's naiveLcpMs only; bench/naive.ts copies it into a copy of
// src/routes as the home page's +page.ts. Nothing is prerendered: the browser starts DuckDB, loads the CSVs, runs the
// home page's queries and only then draws the same components the site prerenders.
import { fetchData, startEngine } from '$lib/db/browser';
import { loadTables } from '$lib/db/load';
import { homeData } from '$lib/home/homeData';
import { dataPackage } from '$lib/schema/package';

export const ssr = false;

export async function load() {
	const [db, files] = await Promise.all([startEngine(), Promise.all(dataPackage.resources.map(async (resource) => ({ resource, csv: await fetchData(resource.path) })))]);
	await loadTables(db, files);
	return homeData(db);
}

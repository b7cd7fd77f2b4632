// Fetches the compact list of everyone (/data/prisoners-index.json) and folds each name once for search.
import { resolve } from '$app/paths';
import type { PrisonerEntry } from './entries';
import { searchKeyOf } from './prisonerFilters';

export async function fetchPrisonerIndex(): Promise<PrisonerEntry[]> {
	const response = await fetch(resolve('/data/prisoners-index.json' as '/'));
	if (!response.ok) throw new Error(`HTTP ${response.status}`);
	const list = (await response.json()) as PrisonerEntry[];
	// Folding names here keeps each keystroke of a search to plain substring checks.
	return list.map((p) => ({ ...p, searchKey: searchKeyOf(p) }));
}

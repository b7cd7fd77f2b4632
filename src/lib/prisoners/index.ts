// Fetches the compact list of everyone (/data/prisoners-index.json) and folds each name once for search.
import type { PrisonerEntry } from './entries';
import { searchKeyOf } from './prisonerFilters';

export async function fetchPrisonerIndex(url: string): Promise<PrisonerEntry[]> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`HTTP ${response.status}`);
	const list = (await response.json()) as PrisonerEntry[];
	// Folding names here keeps each keystroke of a search to plain substring checks.
	return list.map((p) => ({ ...p, searchKey: searchKeyOf(p) }));
}

// How fast the importers place names written in a region column (src/lib/import/places.ts): 100,000 rows, each a
// region's or a city's name or alias in a fresh mix of upper and lower case, so that few answers come from memory.
import { readFileSync } from 'node:fs';
import { placeMatcher } from '../src/lib/import/places';
import { readReferenceTables } from '../src/lib/import/reference';

export function measurePlaceMatching(rowCount = 100_000): number {
	const { regions, places } = readReferenceTables((p) => readFileSync(`data/${p}`));
	const names = [...regions.flatMap((r) => [r.nameRu, r.nameEn, ...r.aliases]), ...places.flatMap((p) => [p.nameRu, p.nameEn, ...p.aliases])];
	const spelling = (name: string, round: number) => [...name].map((letter, i) => (i < 16 && (round >> i) & 1 ? letter.toUpperCase() : letter.toLowerCase())).join('');
	const rows = Array.from({ length: rowCount }, (_, i) => spelling(names[i % names.length]!, Math.floor(i / names.length)));
	const started = performance.now();
	const matcher = placeMatcher(regions, places);
	const placed = rows.filter((name) => matcher(name).ok).length;
	if (placed !== rows.length) throw new Error(`placed ${placed} of ${rows.length} names`);
	return performance.now() - started;
}

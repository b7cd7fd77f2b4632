// Which article a demo detention is charged under, following how charges shifted after the March 2022 laws.
import { inForceFrom, MARCH_4_2022 } from './in-force';
import { WeightedPicker, type Rng } from './prng';
import type { EventType, Topic } from './types';

// Articles charged: 20.2 (rules for public events) and 19.3 (disobeying police) at gatherings and before
// the March 2022 speech laws; after them 20.3.3 ("discrediting the army") for lone acts, and now and then
// a criminal case for "fakes" (207.3) or repeated "discrediting" (280.3).
const GATHERING_ARTICLES = new WeightedPicker<string>([
	['koap-20.2', 0.9],
	['koap-19.3', 0.1]
]);
const ONLINE_ARTICLES = new WeightedPicker<string>([
	['koap-20.3.3', 0.82],
	['uk-207.3', 0.1],
	['uk-280.3', 0.05],
	['koap-20.2', 0.03]
]);
const LONE_ACT_ARTICLES = new WeightedPicker<string>([
	['koap-20.3.3', 0.9],
	['koap-20.2', 0.04],
	['koap-19.3', 0.03],
	['uk-207.3', 0.02],
	['uk-280.3', 0.01]
]);

/** The article charged at an event, or '' for unknown (about 10% of events). */
export function articleFor(
	type: EventType,
	topic: Topic,
	day: number,
	rng: Rng,
	available: ReadonlySet<string>
): string {
	if (rng() < 0.1) return '';
	const gathering = type === 'rally' || type === 'memorial' || topic === 'navalny' || topic === 'elections';
	let table = LONE_ACT_ARTICLES;
	if (gathering || day < MARCH_4_2022) table = GATHERING_ARTICLES;
	else if (type === 'online') table = ONLINE_ARTICLES;
	const code = table.pick(rng);
	// An article missing from articles.csv, or not yet in force, is reported as unknown rather than guessed.
	return available.has(code) && day >= inForceFrom(code) ? code : '';
}

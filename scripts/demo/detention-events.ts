// What kind of demo event happens on a day, what it is about and how many people it detains.
import { dayOf, within } from './days';
import { normal, randInt, WeightedPicker, type Rng } from './prng';
import type { EventType, Topic } from './types';

const NAVALNY_DAYS = [dayOf('2024-02-16'), dayOf('2024-02-20')] as const;
const ELECTION_DAYS = [dayOf('2024-03-15'), dayOf('2024-03-17')] as const;
const MOBILISATION_PEAK = [dayOf('2022-09-21'), dayOf('2022-10-10')] as const;
const MOBILISATION_TAIL = [dayOf('2022-10-11'), dayOf('2022-10-31')] as const;

export function topicFor(day: number, rng: Rng): Topic {
	if (within(day, NAVALNY_DAYS)) return rng() < 0.9 ? 'navalny' : 'antiwar';
	if (within(day, ELECTION_DAYS)) return 'elections';
	if (within(day, MOBILISATION_PEAK)) return rng() < 0.85 ? 'mobilisation' : 'antiwar';
	if (within(day, MOBILISATION_TAIL)) return rng() < 0.4 ? 'mobilisation' : 'antiwar';
	return rng() < 0.02 ? 'other' : 'antiwar';
}

// Event mixes: mass street protests on big days, single pickets, posts and symbols in quiet times.
const MASS_PROTEST_MIX = new WeightedPicker<EventType>([
	['rally', 0.75],
	['single_picket', 0.15],
	['symbols', 0.06],
	['performance', 0.04]
]);
const WAVE_MIX = new WeightedPicker<EventType>([
	['rally', 0.2],
	['single_picket', 0.45],
	['symbols', 0.12],
	['online', 0.13],
	['performance', 0.05],
	['other', 0.05]
]);
/** Exported because the events of unknown size are drawn from the quiet mix on any day. */
export const QUIET_MIX = new WeightedPicker<EventType>([
	['single_picket', 0.45],
	['online', 0.25],
	['symbols', 0.15],
	['rally', 0.06],
	['performance', 0.05],
	['other', 0.04]
]);
const MOBILISATION_MIX = new WeightedPicker<EventType>([
	['rally', 0.85],
	['single_picket', 0.1],
	['performance', 0.05]
]);
const NAVALNY_MIX = new WeightedPicker<EventType>([
	['memorial', 0.9],
	['single_picket', 0.1]
]);
const ELECTIONS_MIX = new WeightedPicker<EventType>([
	['other', 0.7],
	['single_picket', 0.3]
]);

/** `intensity` is the day's unscaled total, so the mix of events does not change with scale. */
export function eventTypeFor(topic: Topic, intensity: number, rng: Rng): EventType {
	switch (topic) {
		case 'navalny':
			return NAVALNY_MIX.pick(rng);
		case 'elections':
			return ELECTIONS_MIX.pick(rng);
		case 'mobilisation':
			return MOBILISATION_MIX.pick(rng);
		default:
			if (intensity >= 100) return MASS_PROTEST_MIX.pick(rng);
			if (intensity >= 10) return WAVE_MIX.pick(rng);
			return QUIET_MIX.pick(rng);
	}
}

/** Capitals hold the biggest rallies. */
const RALLY_SIZE_FACTOR: Record<string, number> = { 'RU-MOW': 2.5, 'RU-SPE': 1.8 };

export function eventSize(type: EventType, intensity: number, region: string, rng: Rng): number {
	switch (type) {
		case 'rally':
			if (intensity >= 100) {
				// Log-normal: most rallies see tens of detentions, a few in the capitals hundreds.
				const size = (1 + Math.exp(1.9 + 1.1 * normal(rng))) * (RALLY_SIZE_FACTOR[region] ?? 1);
				return Math.min(700, Math.max(2, Math.round(size)));
			}
			return 2 + Math.floor(Math.exp(0.4 + 0.7 * normal(rng)));
		case 'single_picket':
			return rng() < 0.9 ? 1 : randInt(rng, 2, 3);
		case 'performance':
			return randInt(rng, 1, 4);
		case 'memorial':
			return randInt(rng, 1, 6);
		case 'other':
			return randInt(rng, 1, 3);
		default:
			return 1; // online posts and symbols: one person each
	}
}

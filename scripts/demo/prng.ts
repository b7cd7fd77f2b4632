// Seeded randomness for the demo generators, since Math.random would make the files differ on every run.

export type Rng = () => number;

/** mulberry32: tiny, fast and good enough for demo data. */
export function mulberry32(seed: number): Rng {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * A seed from a text (FNV-1a, 32 bits): a row's own stream, keyed by its id, so a value added to the demo later never
 * shifts the shared stream that every existing row's numbers come from.
 */
export function seedOf(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	return hash >>> 0;
}

/** The item at `index`; throws instead of returning undefined, so a bad index fails loudly. */
export function at<T>(items: readonly T[], index: number): T {
	const item = items[index];
	if (item === undefined) throw new Error(`index ${index} is outside a list of ${items.length}`);
	return item;
}

/** Integer in [min, max], both inclusive. */
export function randInt(rng: Rng, min: number, max: number): number {
	return min + Math.floor(rng() * (max - min + 1));
}

/** A uniformly chosen item; throws on an empty list. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
	return at(items, Math.floor(rng() * items.length));
}

/** Standard normal via Box–Muller; used for the long tail of rally sizes. */
export function normal(rng: Rng): number {
	const u = 1 - rng(); // avoid log(0)
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Weighted choice with a cumulative table and binary search, fast enough for a million draws. */
export class WeightedPicker<T> {
	private readonly items: T[] = [];
	private readonly cumulative: number[] = [];
	private total = 0;

	constructor(entries: Iterable<readonly [T, number]>) {
		for (const [item, weight] of entries) {
			if (weight <= 0) continue;
			this.total += weight;
			this.items.push(item);
			this.cumulative.push(this.total);
		}
		if (this.items.length === 0) throw new Error('WeightedPicker needs at least one positive weight');
	}

	pick(rng: Rng): T {
		const target = rng() * this.total;
		let lo = 0;
		let hi = this.cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (at(this.cumulative, mid) > target) hi = mid;
			else lo = mid + 1;
		}
		return at(this.items, lo);
	}
}

/** Gives every item the same weight, for building WeightedPicker tables in groups. */
export function weighted<T>(items: readonly T[], weight: number): [T, number][] {
	return items.map((item) => [item, weight]);
}

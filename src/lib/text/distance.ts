// How far apart two strings are, and which known values are nearest to one that is not known: for messages that
// suggest what a mistyped code or name was meant to be.

/** Levenshtein distance: the fewest one-character insertions, deletions and substitutions from `a` to `b`. */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
			current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
		}
		previous = current;
	}
	return previous[b.length]!;
}

/**
 * The known values nearest to `value`, closest first (ties in the order given), at most `limit` of them, and only
 * those within a quarter of the longer string's length (at least one edit): a typo is near, a different code is not.
 */
export function closestValues(value: string, known: Iterable<string>, limit = 3): string[] {
	const near: { value: string; distance: number }[] = [];
	for (const candidate of known) {
		const distance = editDistance(value, candidate);
		if (distance <= Math.max(1, Math.floor(Math.max(value.length, candidate.length) / 4))) near.push({ value: candidate, distance });
	}
	return near
		.sort((a, b) => a.distance - b.distance)
		.slice(0, limit)
		.map((n) => n.value);
}

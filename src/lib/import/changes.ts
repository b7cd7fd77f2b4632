// What a new import of the prisoner list changes against the published one, as rows appended to the change log
// (data/changes.csv) the feeds are made from. The log is only ever appended to: what was published stays published.
import type { Row } from '../schema/types';

type Change = 'added' | 'sentenced' | 'released' | 'status';

const GONE = new Set(['released', 'exchanged', 'died']);

/**
 * The changes from `previous` to `next` (rows of prisoners.csv), dated `date` (the import's --as-of): a new id is
 * added; a sentence date that appears is sentenced; a status that becomes released is released, any other new
 * status is status. A sentence that moves someone from pre-trial detention to prison is one change, not two.
 * Someone missing from the new list is not announced (a list may be partial); their rows in the log then point at no
 * one, which data:check reports, so that a removal is a maintainer's decision.
 */
export function changesBetween(previous: readonly Row[], next: readonly Row[], date: string): Row[] {
	const before = new Map(previous.map((r) => [String(r.id), r]));
	const changes: Row[] = [];
	const add = (person: string, change: Change) => changes.push({ date, person, change, note_en: null, note_ru: null });
	for (const row of next) {
		const id = String(row.id);
		const old = before.get(id);
		if (!old) {
			add(id, 'added');
			continue;
		}
		const sentenced = old.sentenced_on === null && row.sentenced_on !== null;
		if (sentenced) add(id, 'sentenced');
		if (row.status !== old.status) {
			if (row.status === 'released') add(id, 'released');
			else if (GONE.has(String(row.status)) || !sentenced) add(id, 'status');
		}
	}
	return changes.sort((a, b) => String(a.person).localeCompare(String(b.person)));
}

/** "3 added, 1 sentenced": the appended changes by kind, for the import's summary. */
export function changesSummary(changes: readonly Row[]): string {
	const counts = new Map<string, number>();
	for (const c of changes) counts.set(String(c.change), (counts.get(String(c.change)) ?? 0) + 1);
	return counts.size === 0 ? 'no change' : [...counts].map(([change, n]) => `${n} ${change}`).join(', ');
}

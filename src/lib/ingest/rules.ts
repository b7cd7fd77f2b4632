// Checks across the cells of one row that a Table Schema cannot express: facts that contradict each other would
// be drawn as nonsense (a fine counted as imprisonment, a release before the arrest), so the row is refused.
import type { Row } from '../schema/types';
import type { Problem } from './problems';

/** A problem of the row, about one field: its column is where the problem is reported. */
export type RowProblem = Problem & { field: string };

/** Punishments served at liberty: whoever has one is never counted as held, whatever else a list says. */
export const NON_CUSTODIAL: ReadonlySet<string> = new Set(['suspended', 'fine', 'forced_labour', 'correctional_labour', 'compulsory_work', 'restricted_freedom']);
const CUSTODIAL = new Set(['imprisonment', 'life_imprisonment']);

function prisonerProblems(row: Row): RowProblem[] {
	const problems: RowProblem[] = [];
	const { status, punishment } = row;
	if (status === 'imprisoned' && typeof punishment === 'string' && NON_CUSTODIAL.has(punishment)) {
		problems.push({ field: 'status', code: 'status.servedAtLiberty', params: { punishment } });
	}
	if (status === 'non_custodial' && typeof punishment === 'string' && CUSTODIAL.has(punishment)) {
		problems.push({ field: 'status', code: 'status.servedInCustody', params: { punishment } });
	}
	const dates: [string, string][] = [
		['arrested_on', 'sentenced_on'],
		['sentenced_on', 'appeal_on'],
		['arrested_on', 'released_on']
	];
	for (const [earlier, later] of dates) {
		const a = row[earlier];
		const b = row[later];
		if (typeof a === 'string' && typeof b === 'string' && b < a) problems.push({ field: later, code: 'dates.order', params: { later, laterDate: b, earlier, earlierDate: a } });
	}
	const birthDate = row.birth_date;
	if (typeof birthDate === 'string') {
		const year = birthDate.slice(0, 4);
		const birthYear = row.birth_year;
		if (typeof birthYear !== 'number') problems.push({ field: 'birth_year', code: 'birth.yearMissing', params: { birthDate, year } });
		else if (String(birthYear) !== year) problems.push({ field: 'birth_date', code: 'birth.yearDiffers', params: { birthDate, birthYear } });
	}
	return problems;
}

/** A correction is announced by its note alone: a feed entry saying only "Correction" would tell a reader nothing. */
function changeProblems(row: Row): RowProblem[] {
	if (row.change !== 'corrected') return [];
	return (['note_en', 'note_ru'] as const).filter((field) => row[field] === null).map((field) => ({ field, code: 'changes.noteMissing', params: { field } }));
}

/** Rules by resource name; resources without any have none. */
export const ROW_RULES: Record<string, (row: Row) => RowProblem[]> = {
	prisoners: prisonerProblems,
	changes: changeProblems
};

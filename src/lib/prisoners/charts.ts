// Everything the prisoners page's charts draw, from one list of people: the build and the browser both call it.
import type { PrisonerEntry } from './entries';
import { arrestsByMonth, inCustodyByMonth, sentenceBin, SENTENCE_BINS, tally, type KeyTally, type MonthCount } from './stats';

export interface PrisonerCharts {
	total: number;
	status: KeyTally[];
	charge: KeyTally[];
	sentence: KeyTally[];
	arrests: MonthCount[];
	custody: MonthCount[];
	/** People left out of the custody series because their custody dates are not known. */
	custodyLeftOut: number;
}

export function prisonerCharts(list: PrisonerEntry[], asOf: string): PrisonerCharts {
	const custody = inCustodyByMonth(list, asOf);
	return {
		total: list.length,
		status: tally(list, (p) => p.status),
		charge: tally(list, (p) => p.caseCategory),
		sentence: tally(list, sentenceBin, SENTENCE_BINS),
		arrests: arrestsByMonth(list, asOf),
		custody: custody.series,
		custodyLeftOut: custody.leftOut
	};
}

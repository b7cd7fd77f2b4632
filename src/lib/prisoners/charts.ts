// Everything the prisoners page's charts draw, from one list of people: the build and the browser both call it.
import { PRISONER_DIMENSIONS, type PrisonerDimension } from '../datasets/prisoners';
import type { PrisonerEntry } from './entries';
import { arrestsByMonth, inCustodyByMonth, sentenceBin, SENTENCE_BINS, tally, type KeyTally, type MonthCount } from './stats';

export interface PrisonerCharts {
	total: number;
	/** People per code of each dimension that has a chart, by chart id. */
	bars: Record<string, KeyTally[]>;
	sentence: KeyTally[];
	arrests: MonthCount[];
	custody: MonthCount[];
	/** People left out of the custody series because their custody dates are not known. */
	custodyLeftOut: number;
}

export function prisonerCharts(list: PrisonerEntry[], asOf: string): PrisonerCharts {
	const custody = inCustodyByMonth(list, asOf);
	const charted = (PRISONER_DIMENSIONS as readonly PrisonerDimension[]).flatMap((d) => (d.chart ? [d.chart] : []));
	return {
		total: list.length,
		bars: Object.fromEntries(charted.map((c) => [c.id, tally(list, c.keyOf)])),
		sentence: tally(list, sentenceBin, SENTENCE_BINS),
		arrests: arrestsByMonth(list, asOf),
		custody: custody.series,
		custodyLeftOut: custody.leftOut
	};
}

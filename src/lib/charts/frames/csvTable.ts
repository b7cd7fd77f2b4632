// The data behind a chart as a table a reader can download.
import type { CsvCell } from '../../export/csv';

/** ChartFrame names the file (the chart and its filters). */
export interface CsvTable {
	columns: string[];
	rows: CsvCell[][];
}

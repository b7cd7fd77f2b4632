// The data behind a chart as a table a reader can download.
import type { CsvCell } from '../../export/csv';

export interface CsvTable {
	fileName: string;
	columns: string[];
	rows: CsvCell[][];
}

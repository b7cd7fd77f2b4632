// Hands a file made in the browser to the reader as a download; nothing is uploaded anywhere.
import type { CsvCell } from './csv';

export function saveBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Starts a download of a CSV, UTF-8 with a BOM so that Excel reads Cyrillic. Its writer (export/csv.ts, PapaParse:
 * 20 KB compressed) is loaded on the first download, not with every page that offers one.
 */
export async function downloadCsv(fileName: string, columns: string[], rows: CsvCell[][]): Promise<void> {
	const { toCsv } = await import('./csv');
	saveBlob(new Blob(['\uFEFF', toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }), fileName);
}

// The workbench page's state: the query being written, the answer shown (one page of it, its chart), its view, and
// the link that holds them. Every change of answer or view is written into the address (shallow, no reload).
import { replaceState } from '$app/navigation';
import { WorkbenchFailure, type WorkbenchError } from '../db/engineError';
import type { AnswerPage, Sort } from '../db/workbench';
import { chartOf, CHART_ROWS, type AnswerChart } from './chart';
import { answerCsv } from './download';
import { readLink, writeLink, type AnswerView, type ReadLink } from './link';
import { TABLE_NAMES } from './tableDocs';
import { saveBlob } from '../export/download';

export const PAGE_SIZE = 50;
/** A download holds at most this many rows. */
export const CSV_ROWS = 1_000_000;

export type LinkNotice = { kind: 'damaged'; read: number; expected: number } | { kind: 'unreadable' } | null;

const engine = () => import('../db/workbenchBrowser').then((m) => m.workbenchEngine(TABLE_NAMES));

export class WorkbenchView {
	/** The editor's text. */
	sql = $state('');
	/** The query whose answer is shown. */
	ran = $state('');
	running = $state(false);
	error = $state<WorkbenchError | null>(null);
	answer = $state<AnswerPage | null>(null);
	/** Computed when the chart is first shown for an answer. */
	chart = $state<AnswerChart | null>(null);
	view = $state<AnswerView>('table');
	page = $state(1);
	sort = $state<Sort | null>(null);
	elapsedMs = $state(0);
	linkNotice = $state<LinkNotice>(null);
	invalidParams = $state<string[]>([]);
	downloadedRows = $state<number | null>(null);

	constructor(sql: string) {
		this.sql = sql;
	}

	get pages(): number {
		return Math.max(1, Math.ceil((this.answer?.total ?? 0) / PAGE_SIZE));
	}

	/** Reads a link; a query in it runs (an intact one), or is put in the editor with a note (a damaged one). */
	async open(params: URLSearchParams): Promise<void> {
		const link: ReadLink = readLink(params);
		this.invalidParams = link.invalid;
		this.view = link.view;
		if (link.query.kind === 'missing') return;
		if (link.query.kind === 'damaged') {
			this.linkNotice = link.query.expected === null ? { kind: 'unreadable' } : { kind: 'damaged', read: link.query.sql.length, expected: link.query.expected };
			if (link.query.sql) this.sql = link.query.sql;
			return;
		}
		this.sql = link.query.sql;
		await this.#show(link.query.sql, link.page, link.sort);
	}

	/** Asks again what was asked last: the status line's "Try again" after the engine failed to download. */
	retry(): Promise<void> {
		return this.#show(this.sql, this.page, this.sort);
	}

	/** Runs the editor's query from its first page. */
	run(): Promise<void> {
		this.linkNotice = null;
		return this.#show(this.sql, 1, null);
	}

	goTo(page: number): Promise<void> {
		return this.#show(this.ran, Math.min(Math.max(1, page), this.pages), this.sort, this.answer?.total);
	}

	/** A column's sort: ascending, then descending, then the query's own order. */
	sortBy(column: number): Promise<void> {
		const current = this.sort?.column === column ? this.sort : null;
		const next = !current ? { column, descending: false } : !current.descending ? { column, descending: true } : null;
		return this.#show(this.ran, 1, next, this.answer?.total);
	}

	async showAs(view: AnswerView): Promise<void> {
		this.view = view;
		this.#writeLink();
		if (view === 'chart' && this.answer && !this.chart) await this.#chart();
	}

	async cancel(): Promise<void> {
		await (await engine()).cancel();
	}

	async #show(sql: string, page: number, sort: Sort | null, knownTotal?: number): Promise<void> {
		if (this.running) return;
		this.running = true;
		this.error = null;
		const fresh = sql !== this.ran || knownTotal === undefined;
		const started = performance.now();
		try {
			let workbench;
			try {
				workbench = await engine();
			} catch {
				// The engine could not start (a download broken off): the status line says why and offers to try again.
				return;
			}
			let answer = await workbench.page(sql, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE, sort }, knownTotal);
			// A link to a page past the end shows the last page.
			if (answer.rows.length === 0 && answer.total > 0 && page > 1) {
				page = Math.ceil(answer.total / PAGE_SIZE);
				answer = await workbench.page(sql, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE, sort }, answer.total);
			}
			this.answer = answer;
			this.ran = sql;
			this.page = page;
			this.sort = sort;
			if (fresh) {
				this.chart = null;
				this.downloadedRows = null;
			}
			this.elapsedMs = Math.round(performance.now() - started);
			this.#writeLink();
			if (this.view === 'chart' && !this.chart) await this.#chart(false);
			performance.measure('workbench-answer', { start: started });
		} catch (e) {
			this.error = e instanceof WorkbenchFailure ? e.error : { kind: 'load', detail: e instanceof Error ? e.message : String(e) };
			// The answer of another query is not left under the error; a stopped page change keeps its own answer.
			if (sql !== this.ran || this.error.kind !== 'canceled') {
				this.answer = null;
				this.chart = null;
			}
		} finally {
			this.running = false;
		}
	}

	/** The chart of the whole answer: from the page shown when it holds every row, or one query of at most CHART_ROWS. */
	async #chart(exclusive = true): Promise<void> {
		const answer = this.answer;
		if (!answer) return;
		if (answer.total > CHART_ROWS) {
			this.chart = { kind: 'none' };
			return;
		}
		if (answer.total <= answer.rows.length && this.page === 1 && !this.sort) {
			this.chart = chartOf(answer.columns, answer.rows);
			return;
		}
		if (exclusive && this.running) return;
		if (exclusive) this.running = true;
		try {
			const all = await (await engine()).page(this.ran, { offset: 0, limit: CHART_ROWS, sort: null }, answer.total);
			this.chart = chartOf(all.columns, all.rows);
		} catch (e) {
			this.error = e instanceof WorkbenchFailure ? e.error : { kind: 'load', detail: String(e) };
		} finally {
			if (exclusive) this.running = false;
		}
	}

	/** The answer as CSV, from DuckDB in batches (at most CSV_ROWS rows), with the data version and the query. */
	async download(dataVersion: string, fileName: string): Promise<void> {
		if (this.running || !this.answer) return;
		this.running = true;
		this.error = null;
		try {
			const csv = answerCsv(this.ran, dataVersion);
			this.downloadedRows = await (await engine()).stream(this.ran, this.sort, CSV_ROWS, (columns, rows) => csv.add(columns, rows));
			saveBlob(new Blob(csv.parts(), { type: 'text/csv;charset=utf-8' }), fileName);
		} catch (e) {
			this.error = e instanceof WorkbenchFailure ? e.error : { kind: 'load', detail: String(e) };
		} finally {
			this.running = false;
		}
	}

	#writeLink(): void {
		if (!this.ran) return;
		replaceState(writeLink({ sql: this.ran, view: this.view, page: this.page, sort: this.sort }), {});
	}
}

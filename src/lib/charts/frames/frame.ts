// What every chart passes to its ChartFrame: the title, source, date, demo label and text alternative around the drawing.
import type { Snippet } from 'svelte';
import type { Credit } from '../../schema/credit';

export interface FrameProps {
	/** Element id, also used to link the data table to the figure and to name downloads. */
	id: string;
	title: string;
	subtitle?: string;
	/** Who made the data and its licence, from the data package. */
	credit: Credit;
	/** ISO date the data is as of. */
	dataDate: string;
	/** The chart draws fictional demo data: shown as a label on its face. */
	demo?: boolean;
	/** One or two sentences saying what the chart shows, for readers who cannot see it. */
	summary: string;
	notes?: string[];
	/** What belongs right under the drawing: "show all", the query engine's status. */
	footer?: Snippet;
	/** Offer the code to embed this chart (its id and filters); absent inside an embed. */
	embed?: { chart: string; query: string };
	/** Names the downloads (CSV, SVG, PNG), e.g. with the chart's filters; the id when absent. */
	downloadName?: string;
}

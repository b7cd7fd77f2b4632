// What a link-preview card shows, as plain data: its words (already in the page's language) and the drawing in its
// middle. cards.server.ts makes one per page that has a card; Card.svelte draws it with the site's own chart plots.
import type { BreakdownItem } from '../charts/scales/breakdown';
import type { FigurePoint } from '../charts/scales/figureSeries';
import type { TileInput } from '../charts/scales/tileMap';
import type { SeriesPoint } from '../charts/scales/timeSeries';
import type { Locale } from '../i18n/locales';

/** A count in large figures, what qualifies it ("at least") over it, and the sentence that says what it counts. */
export interface BigCount {
	qualifier: string;
	value: string;
	text: string;
}

export interface ProfileFacts {
	/** Status, region, age: one line. */
	status: string;
	chargesHeading: string;
	/** One per charge: «УК 205.2 — Оправдание терроризма». */
	charges: string[];
	letterHeading: string;
	/** The address to write to, or the sentence that none is known. */
	letter: string;
}

export type CardBody =
	/** Counts per month, as an area. */
	| { kind: 'series'; points: SeriesPoint[] }
	/** The largest values as ranked bars, as many as fit. */
	| { kind: 'bars'; items: BreakdownItem[] }
	| { kind: 'map'; tiles: TileInput[] }
	/** A series of published figures. */
	| { kind: 'figures'; figures: FigurePoint[] }
	/** A person's facts; never a photograph. */
	| { kind: 'profile'; facts: ProfileFacts }
	/** The home page: a real published count beside the detentions series, which carries its own demo label. */
	| { kind: 'count'; count: BigCount | null; caption: string; demo: string | null; points: SeriesPoint[] };

export interface CardSpec {
	locale: Locale;
	/** The site's name, at the top. */
	site: string;
	title: string;
	/** Lines the title may take before it is shortened (2 unless said). */
	titleLines?: number;
	subtitle?: string;
	/** The "Demo data" label, when the card's data is demo; null otherwise. */
	demo: string | null;
	/** Source and date lines, each one line. */
	footer: string[];
	body: CardBody;
}

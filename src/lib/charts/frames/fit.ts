// Where a chart cannot measure itself (an embed without framework code, any page before it hydrates), it is drawn at
// several widths and CSS container queries show the widest that fits its box, so text stays 11–16 px from 300 to
// 1,200 px wide instead of scaling with the frame. Embeds ask for this (EmbedFrame); site pages measure once hydrated.
import { getContext, setContext } from 'svelte';

/** The widths drawn; app.css shows .fit-N from the N-th width up (a unit test checks the two agree). */
export const FIT_WIDTHS = [300, 400, 530, 700, 920] as const;

const KEY = Symbol('chart-fit');

/** Called by a frame around charts that must read well at any width before they can measure it. */
export function drawAtSeveralWidths(): void {
	setContext(KEY, true);
}

/** The widths to draw at before measuring, or none (one drawing at the initial width). */
export function fitWidths(): readonly number[] {
	return getContext<boolean | undefined>(KEY) ? FIT_WIDTHS : [];
}

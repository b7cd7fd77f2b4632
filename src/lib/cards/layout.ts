// Where a card's words go: the frame's lines (site, title, subtitle, footer), its demo label, and the box left for the
// drawing; the lines of a profile and of the home page's count. Pure, measured with the one text estimate.
import { CARD } from '../design/tokens';
import { fitText, textWidth } from '../text/width';
import type { BigCount, CardSpec, ProfileFacts } from './spec';

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** One <text>: its class (cards/style.ts) says its colour and weight. */
export interface Line {
	x: number;
	y: number;
	size: number;
	text: string;
	class: 'site' | 'title' | 'subtitle' | 'foot' | 'heading' | 'text' | 'strong' | 'count' | 'badge';
}

/** A label in a rounded box (the demo label). */
export interface Badge {
	box: Box;
	line: Line;
}

const round = (n: number) => Math.round(n * 10) / 10;
const bold = (cls: Line['class']) => cls !== 'subtitle' && cls !== 'foot' && cls !== 'text';

/** A text fitted into lines, each a Line, the first baseline at `y`, lines `leading` × size apart. */
function lines(text: string, at: { x: number; y: number }, options: { width: number; sizes: number[]; maxLines: number; leading: number; class: Line['class'] }): Line[] {
	const fitted = fitText(text, { width: options.width, sizes: options.sizes, maxLines: options.maxLines, bold: bold(options.class) });
	return fitted.lines.map((t, i) => ({ x: round(at.x), y: round(at.y + (i === 0 ? 0 : i * fitted.size * options.leading)), size: fitted.size, text: t, class: options.class }));
}

/** A label in a rounded box, its right edge at `right` (or its left at `left`). */
export function badge(text: string, at: { right?: number; left?: number; baseline: number }, size = 22): Badge {
	const width = textWidth(text, size, true) + 24;
	const x = at.right !== undefined ? at.right - width : (at.left ?? 0);
	return {
		box: { x: round(x), y: round(at.baseline - size - 2), width: round(width), height: size + 14 },
		line: { x: round(x + 12), y: round(at.baseline + 2), size, text, class: 'badge' }
	};
}

/** The frame: the site's name (and the demo label across from it), the title, the subtitle, the footer, the body's box. */
export function frameLayout(card: Omit<CardSpec, 'body'>): { lines: Line[]; badge: Badge | null; body: Box } {
	const width = CARD.width - 2 * CARD.pad;
	const out: Line[] = [];
	let y = CARD.pad + 20;
	const demo = card.demo ? badge(card.demo, { right: CARD.width - CARD.pad, baseline: y }) : null;
	out.push(...lines(card.site, { x: CARD.pad, y }, { width: width - (demo ? demo.box.width + 24 : 0), sizes: [24], maxLines: 1, leading: 1, class: 'site' }));

	const title = fitText(card.title, { width, sizes: [54, 48, 42, 36], maxLines: card.titleLines ?? 2, bold: true });
	y += 26 + title.size;
	const titleLines = lines(card.title, { x: CARD.pad, y }, { width, sizes: [title.size], maxLines: card.titleLines ?? 2, leading: 1.18, class: 'title' });
	out.push(...titleLines);
	y = titleLines.at(-1)!.y;

	if (card.subtitle) {
		const subtitle = fitText(card.subtitle, { width, sizes: [28, 25], maxLines: 2 });
		y += 14 + subtitle.size;
		const subLines = lines(card.subtitle, { x: CARD.pad, y }, { width, sizes: [subtitle.size], maxLines: 2, leading: 1.3, class: 'subtitle' });
		out.push(...subLines);
		y = subLines.at(-1)!.y;
	}

	// Source and date at the foot, each on one line, the last one's baseline `bottom` above the card's edge.
	let footY = CARD.height - CARD.bottom - (card.footer.length - 1) * CARD.footLine;
	const footTop = footY - 21;
	for (const text of card.footer) {
		out.push(...lines(text, { x: CARD.pad, y: footY }, { width, sizes: [21, 19, 17], maxLines: 1, leading: 1, class: 'foot' }));
		footY += CARD.footLine;
	}

	const top = y + 28;
	const bottom = footTop - 24;
	return { lines: out, badge: demo, body: { x: CARD.pad, y: round(top), width, height: round(Math.max(0, bottom - top)) } };
}

/** A caption over a drawing (three lines at most), with a demo label beside it when the drawing's data is demo. */
export function captionLayout(caption: string, demo: string | null, box: Box): { lines: Line[]; badge: Badge | null; rest: Box } {
	const label = demo ? badge(demo, { right: box.x + box.width, baseline: box.y + 20 }, 18) : null;
	const text = lines(caption, { x: box.x, y: box.y }, { width: box.width - (label ? label.box.width + 16 : 0), sizes: [20, 18], maxLines: 3, leading: 1.3, class: 'strong' });
	const shifted = text.map((l) => ({ ...l, y: round(l.y + l.size) }));
	const height = text.length * (text[0]?.size ?? 0) * 1.3;
	return { lines: shifted, badge: label, rest: { x: box.x, y: round(box.y + height + 10), width: box.width, height: round(box.height - height - 10) } };
}

/** The count to the left of another drawing, in a column of 390 px; the drawing gets the rest of the box. */
export function countLayout(count: BigCount, box: Box): { lines: Line[]; rest: Box } {
	const column = 390;
	const out: Line[] = [];
	let y = box.y;
	if (count.qualifier) {
		y += 24;
		out.push({ x: box.x, y, size: 24, text: count.qualifier, class: 'count' });
	}
	const value = fitText(count.value, { width: column, sizes: [76, 64, 52], maxLines: 1, bold: true });
	y += value.size * 0.9;
	out.push({ x: box.x, y: round(y), size: value.size, text: value.lines[0]!, class: 'count' });
	const room = Math.max(1, Math.floor((box.y + box.height - y - 12) / 27));
	const text = fitText(count.text, { width: column, sizes: [20, 18], maxLines: room });
	text.lines.forEach((t, i) => out.push({ x: box.x, y: round(y + 12 + text.size * 1.2 + i * text.size * 1.3), size: text.size, text: t, class: 'text' }));
	return { lines: out, rest: { x: box.x + column + 40, y: box.y, width: box.width - column - 40, height: box.height } };
}

/** A profile's facts: its status, the charges (three lines at most), and where to write a letter. */
export function profileLayout(facts: ProfileFacts, box: Box): Line[] {
	const out: Line[] = [];
	let y = box.y;
	const heading = (text: string) => {
		y += 30;
		out.push({ x: box.x, y: round(y), size: 18, text: text.toLocaleUpperCase(), class: 'heading' });
		y += 10;
	};
	const block = (text: string, maxLines: number, cls: Line['class'] = 'text') => {
		const fitted = fitText(text, { width: box.width, sizes: [22], maxLines, bold: bold(cls) });
		y += fitted.size * 1.15;
		fitted.lines.forEach((t, i) => out.push({ x: box.x, y: round(y + i * fitted.size * 1.3), size: fitted.size, text: t, class: cls }));
		y += (fitted.lines.length - 1) * fitted.size * 1.3 + 8;
	};
	const status = fitText(facts.status, { width: box.width, sizes: [26, 24, 22], maxLines: 1, bold: true });
	y += status.size;
	out.push({ x: box.x, y: round(y), size: status.size, text: status.lines[0]!, class: 'count' });
	y += 6;
	if (facts.charges.length > 0) {
		heading(facts.chargesHeading);
		// A fourth charge and after share the third line.
		const charges = facts.charges.length > 3 ? [...facts.charges.slice(0, 2), facts.charges.slice(2).join('; ')] : facts.charges;
		for (const line of charges) block(line, 1);
	}
	heading(facts.letterHeading);
	block(facts.letter, Math.max(1, Math.floor((box.y + box.height - y) / 31)));
	return out;
}

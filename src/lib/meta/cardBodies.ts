// The middles of cards that are not one chart alone: the home page's count beside its series, a chart under a
// caption with its own demo label, and a profile's facts. Pure SVG text, laid out with measured text.
import { badge, COLOURS, type Box } from './cardFrame';
import { fitText, textLines, type Measure } from './svgText';

/** A caption over a drawing (three lines at most), with a "Demo data" label beside it when the drawing's data is demo. */
export function captioned(caption: string, demo: string | null, draw: (box: Box) => string): (box: Box, measure: Measure) => string {
	return (box, measure) => {
		const label = demo ? badge(demo, { right: box.x + box.width, baseline: box.y + 20 }, measure, 18) : null;
		const text = fitText(caption, { width: box.width - (label ? label.width + 16 : 0), sizes: [20, 18], maxLines: 3, bold: true, measure });
		const height = text.lines.length * text.size * 1.3;
		return (
			textLines(text.lines, box.x, box.y + text.size, text.size * 1.3, { size: text.size, bold: true, fill: COLOURS.fg }) +
			(label?.svg ?? '') +
			draw({ x: box.x, y: box.y + height + 10, width: box.width, height: box.height - height - 10 })
		);
	};
}

/** A count in large figures, what qualifies it ("at least") over it, and the sentence that says what it counts. */
export interface BigCount {
	qualifier: string;
	value: string;
	text: string;
}

/** The count to the left of another drawing. */
export function countBeside(count: BigCount | null, other: (box: Box, measure: Measure) => string): (box: Box, measure: Measure) => string {
	return (box, measure) => {
		if (!count) return other(box, measure);
		const column = 390;
		let y = box.y;
		const parts: string[] = [];
		if (count.qualifier) {
			y += 24;
			parts.push(textLines([count.qualifier], box.x, y, 0, { size: 24, bold: true, fill: COLOURS.accent }));
		}
		const value = fitText(count.value, { width: column, sizes: [76, 64, 52], maxLines: 1, bold: true, measure });
		y += value.size * 0.9;
		parts.push(textLines(value.lines, box.x, y, 0, { size: value.size, bold: true, fill: COLOURS.accent }));
		const lines = Math.max(1, Math.floor((box.y + box.height - y - 12) / 27));
		const text = fitText(count.text, { width: column, sizes: [20, 18], maxLines: lines, measure });
		parts.push(textLines(text.lines, box.x, y + 12 + text.size * 1.2, text.size * 1.3, { size: text.size, fill: COLOURS.fg }));
		parts.push(other({ x: box.x + column + 40, y: box.y, width: box.width - column - 40, height: box.height }, measure));
		return parts.join('');
	};
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

/** A profile's facts: its status, the charges, and where to write a letter. No photograph is ever drawn. */
export function profileBody(facts: ProfileFacts): (box: Box, measure: Measure) => string {
	return (box, measure) => {
		const parts: string[] = [];
		let y = box.y;
		const heading = (text: string) => {
			y += 30;
			parts.push(textLines([text.toLocaleUpperCase()], box.x, y, 0, { size: 18, bold: true, fill: COLOURS.muted }));
			y += 10;
		};
		const block = (text: string, maxLines: number, bold = false) => {
			const fitted = fitText(text, { width: box.width, sizes: [22], maxLines, bold, measure });
			y += fitted.size * 1.15;
			parts.push(textLines(fitted.lines, box.x, y, fitted.size * 1.3, { size: fitted.size, bold, fill: COLOURS.fg }));
			y += (fitted.lines.length - 1) * fitted.size * 1.3 + 8;
		};
		const status = fitText(facts.status, { width: box.width, sizes: [26, 24, 22], maxLines: 1, bold: true, measure });
		y += status.size;
		parts.push(textLines(status.lines, box.x, y, 0, { size: status.size, bold: true, fill: COLOURS.accent }));
		y += 6;
		if (facts.charges.length > 0) {
			heading(facts.chargesHeading);
			// Three lines at most; a fourth charge and after share the third line.
			const lines = facts.charges.length > 3 ? [...facts.charges.slice(0, 2), facts.charges.slice(2).join('; ')] : facts.charges;
			for (const line of lines) block(line, 1);
		}
		heading(facts.letterHeading);
		block(facts.letter, Math.max(1, Math.floor((box.y + box.height - y) / 31)));
		return parts.join('');
	};
}

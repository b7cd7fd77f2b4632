// A chart's SVG as a file that says what it shows outside our page: computed colours and fonts written inline,
// with margins, the title and what the chart is filtered to above it, and its key, credit, licence, date and
// address below it. PNG is the same SVG drawn on a canvas at twice the size.

import { saveBlob } from './download';

const STYLE_PROPERTIES = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline'];
const SVG_NS = 'http://www.w3.org/2000/svg';
const MARGIN = 24;

function inlineStyles(source: Element, target: Element): void {
	const computed = getComputedStyle(source);
	const style = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
	target.setAttribute('style', style);
	for (let i = 0; i < source.children.length; i++) inlineStyles(source.children[i]!, target.children[i]!);
}

/** Breaks text into lines of about `width` pixels at `size`, by words (an average glyph is about 0.55 em wide). */
export function wrapText(text: string, width: number, size: number): string[] {
	const perLine = Math.max(12, Math.floor(width / (size * 0.55)));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && (line + ' ' + word).length > perLine) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

export interface ImageText {
	/** The title, then what the chart shows: period, filters, scale. */
	heading: string[];
	/** The chart's key: numbered key dates, the meaning of a pattern. */
	legend: string[];
	/** Credit, licence, date, and where the chart lives. */
	footer: string[];
}

/** The colour the page is painted on (the body's, else the root's): light text of the dark theme stays readable. */
function pageBackground(): string {
	for (const element of [document.body, document.documentElement]) {
		const colour = getComputedStyle(element).backgroundColor;
		if (colour && colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour)) return colour;
	}
	return '#ffffff';
}

/** A standalone SVG document of the chart with its texts around it, each line wrapped to the chart's width. */
export function standaloneSvg(svg: SVGSVGElement, text: ImageText): string {
	const box = svg.viewBox.baseVal;
	const clone = svg.cloneNode(true) as SVGSVGElement;
	inlineStyles(svg, clone);
	const page = getComputedStyle(svg.closest('figure') ?? document.body);
	const font = page.fontFamily;
	const out = document.createElementNS(SVG_NS, 'svg');
	let y = MARGIN;
	const write = (content: string, size: number, weight = '400', colour = page.color) => {
		for (const line of wrapText(content, box.width, size)) {
			y += size * 1.35;
			const node = document.createElementNS(SVG_NS, 'text');
			node.setAttribute('x', String(MARGIN));
			node.setAttribute('y', String(Math.round(y)));
			node.setAttribute('style', `font-family:${font};font-size:${size}px;font-weight:${weight};fill:${colour}`);
			node.textContent = line;
			out.append(node);
		}
	};
	text.heading.forEach((line, i) => write(line, i === 0 ? 18 : 13, i === 0 ? '700' : '400'));
	y += 12;
	clone.setAttribute('x', String(MARGIN));
	clone.setAttribute('y', String(Math.round(y)));
	clone.setAttribute('width', String(box.width));
	clone.setAttribute('height', String(box.height));
	clone.removeAttribute('style');
	y += box.height + 8;
	for (const line of text.legend) write(line, 11);
	y += 6;
	for (const line of text.footer) write(line, 11);
	const width = box.width + 2 * MARGIN;
	const height = Math.ceil(y + MARGIN);
	out.setAttribute('xmlns', SVG_NS);
	out.setAttribute('viewBox', `0 0 ${width} ${height}`);
	out.setAttribute('width', String(width));
	out.setAttribute('height', String(height));
	const background = document.createElementNS(SVG_NS, 'rect');
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	background.setAttribute('fill', pageBackground());
	out.prepend(background);
	out.append(clone);
	return new XMLSerializer().serializeToString(out);
}

export function downloadSvg(fileName: string, svgText: string): void {
	saveBlob(new Blob([svgText], { type: 'image/svg+xml' }), fileName);
}

export async function downloadPng(fileName: string, svgText: string): Promise<void> {
	const image = new Image();
	const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
	try {
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = image.naturalWidth * 2;
		canvas.height = image.naturalHeight * 2;
		const context = canvas.getContext('2d')!;
		context.scale(2, 2);
		context.drawImage(image, 0, 0);
		const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
		if (png) saveBlob(png, fileName);
	} finally {
		URL.revokeObjectURL(url);
	}
}

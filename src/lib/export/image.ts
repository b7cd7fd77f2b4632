// A chart's SVG as a file that looks the same outside our page: computed colours and fonts written inline,
// with the title above and the source line below. PNG is the same SVG drawn on a canvas at twice the size.

import { saveBlob } from './download';

const STYLE_PROPERTIES = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline'];
const SVG_NS = 'http://www.w3.org/2000/svg';

function inlineStyles(source: Element, target: Element): void {
	const computed = getComputedStyle(source);
	const style = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
	target.setAttribute('style', style);
	for (let i = 0; i < source.children.length; i++) inlineStyles(source.children[i]!, target.children[i]!);
}

function text(content: string, x: number, y: number, size: number, weight: string, colour: string, font: string): SVGTextElement {
	const node = document.createElementNS(SVG_NS, 'text');
	node.setAttribute('x', String(x));
	node.setAttribute('y', String(y));
	node.setAttribute('style', `font-family:${font};font-size:${size}px;font-weight:${weight};fill:${colour}`);
	node.textContent = content;
	return node;
}

/** A standalone SVG document of the chart, `lines` above it (title, subtitle) and `footer` lines below it. */
export function standaloneSvg(svg: SVGSVGElement, lines: string[], footer: string[]): string {
	const box = svg.viewBox.baseVal;
	const clone = svg.cloneNode(true) as SVGSVGElement;
	inlineStyles(svg, clone);
	const page = getComputedStyle(svg.closest('figure') ?? document.body);
	const font = page.fontFamily;
	const top = 16 + lines.length * 22;
	const height = top + box.height + 12 + footer.length * 16;
	const out = document.createElementNS(SVG_NS, 'svg');
	out.setAttribute('xmlns', SVG_NS);
	out.setAttribute('viewBox', `0 0 ${box.width} ${height}`);
	out.setAttribute('width', String(box.width));
	out.setAttribute('height', String(height));
	const background = document.createElementNS(SVG_NS, 'rect');
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	background.setAttribute('fill', getComputedStyle(document.body).backgroundColor || '#ffffff');
	out.append(background);
	lines.forEach((line, i) => out.append(text(line, 0, 22 + i * 22, i === 0 ? 18 : 14, i === 0 ? '700' : '400', page.color, font)));
	clone.setAttribute('x', '0');
	clone.setAttribute('y', String(top));
	clone.setAttribute('width', String(box.width));
	clone.setAttribute('height', String(box.height));
	clone.removeAttribute('style');
	out.append(clone);
	footer.forEach((line, i) => out.append(text(line, 0, top + box.height + 24 + i * 16, 11, '400', page.color, font)));
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

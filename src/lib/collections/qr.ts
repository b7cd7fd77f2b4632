// A QR code as one SVG path, made here from the address (the `qrcode` package's encoder): no network, no canvas, and
// the same drawing at build time and in the browser.
import QRCode from 'qrcode';

export interface QrDrawing {
	/** Modules a side, without the quiet zone. */
	size: number;
	/** Every dark module, as runs of unit squares along each row. */
	path: string;
}

/** Error correction M (15 %): a poster scuffed at a corner still scans, and a long address stays a small code. */
export function qrDrawing(text: string): QrDrawing {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const size = modules.size;
	const runs: string[] = [];
	for (let y = 0; y < size; y++) {
		let x = 0;
		while (x < size) {
			if (!modules.get(y, x)) {
				x++;
				continue;
			}
			const start = x;
			while (x < size && modules.get(y, x)) x++;
			runs.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
		}
	}
	return { size, path: runs.join('') };
}

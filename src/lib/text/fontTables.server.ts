// A TrueType font's advance widths, read from its own tables (cmap, hmtx): what the glyph-width table of
// text/width.ts is made from (scripts/glyph-widths.ts), and how the cards' tests know a font has every letter drawn.

export interface FontMetrics {
	unitsPerEm: number;
	/** A character's advance in font units; null when the font has no glyph for it. */
	advance(codePoint: number): number | null;
}

/** The advances of a TrueType font: its Unicode cmap (format 4 or 12) and its horizontal metrics. */
export function readMetrics(font: Buffer): FontMetrics {
	const tables = new Map<string, number>();
	for (let i = 0; i < font.readUInt16BE(4); i++) tables.set(font.toString('latin1', 12 + 16 * i, 16 + 16 * i), font.readUInt32BE(20 + 16 * i));
	const table = (tag: string) => {
		const offset = tables.get(tag);
		if (offset === undefined) throw new Error(`the font has no ${tag} table`);
		return offset;
	};
	const unitsPerEm = font.readUInt16BE(table('head') + 18);
	const metricCount = font.readUInt16BE(table('hhea') + 34);
	const hmtx = table('hmtx');
	const glyphOf = cmapLookup(font, table('cmap'));
	return {
		unitsPerEm,
		advance(codePoint) {
			const glyph = glyphOf(codePoint);
			return glyph === 0 ? null : font.readUInt16BE(hmtx + 4 * Math.min(glyph, metricCount - 1));
		}
	};
}

function cmapLookup(font: Buffer, cmap: number): (codePoint: number) => number {
	const subtables = Array.from({ length: font.readUInt16BE(cmap + 2) }, (_, i) => ({
		platform: font.readUInt16BE(cmap + 4 + 8 * i),
		encoding: font.readUInt16BE(cmap + 6 + 8 * i),
		offset: cmap + font.readUInt32BE(cmap + 8 + 8 * i)
	}));
	const full = subtables.find((s) => s.platform === 3 && s.encoding === 10 && font.readUInt16BE(s.offset) === 12);
	if (full) {
		const groups = font.readUInt32BE(full.offset + 12);
		return (c) => {
			for (let g = 0; g < groups; g++) {
				const at = full.offset + 16 + 12 * g;
				const start = font.readUInt32BE(at);
				if (c >= start && c <= font.readUInt32BE(at + 4)) return font.readUInt32BE(at + 8) + c - start;
			}
			return 0;
		};
	}
	const bmp = subtables.find((s) => s.platform === 3 && s.encoding === 1 && font.readUInt16BE(s.offset) === 4);
	if (!bmp) throw new Error('the font has no Unicode cmap');
	const at = bmp.offset;
	const segments = font.readUInt16BE(at + 6) / 2;
	const ends = at + 14;
	const starts = ends + 2 * segments + 2;
	const deltas = starts + 2 * segments;
	const ranges = deltas + 2 * segments;
	return (c) => {
		if (c > 0xffff) return 0;
		for (let s = 0; s < segments; s++) {
			if (c > font.readUInt16BE(ends + 2 * s)) continue;
			const start = font.readUInt16BE(starts + 2 * s);
			if (c < start) return 0;
			const delta = font.readInt16BE(deltas + 2 * s);
			const range = font.readUInt16BE(ranges + 2 * s);
			if (range === 0) return (c + delta) & 0xffff;
			const glyph = font.readUInt16BE(ranges + 2 * s + range + 2 * (c - start));
			return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
		}
		return 0;
	};
}

// Moving about a tile map from the keyboard, and where a tile's tooltip goes. Pure; no DOM.

/** Tiles in reading order: by row, then by column. */
export function readingOrder<T extends { col: number; row: number }>(tiles: T[]): T[] {
	return [...tiles].sort((a, b) => a.row - b.row || a.col - b.col);
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The tile an arrow key moves to: the nearest in that direction within a quarter-turn cone, a step aside costing
 * twice a step ahead, so that the next tile in the same row or column wins over a diagonal one. Null at the edge.
 */
export function neighbourTile<T extends { code: string; col: number; row: number }>(tiles: T[], from: string, direction: Direction): T | null {
	const start = tiles.find((t) => t.code === from);
	if (!start) return null;
	let best: T | null = null;
	let bestCost = Infinity;
	for (const t of tiles) {
		const dx = t.col - start.col;
		const dy = t.row - start.row;
		const ahead = { left: -dx, right: dx, up: -dy, down: dy }[direction];
		const aside = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
		if (ahead <= 0 || aside > ahead) continue;
		const cost = ahead + 2 * aside;
		if (cost < bestCost) {
			best = t;
			bestCost = cost;
		}
	}
	return best;
}

/**
 * Where a tooltip of `box` size goes, in px of the drawing (`chart`): centred above the tile, below it on the top
 * row, and slid sideways so that it never runs off either edge. `scale` turns layout units into px.
 */
export function tooltipPlacement(
	tile: { x: number; y: number },
	size: number,
	scale: number,
	box: { width: number; height: number },
	chart: { width: number; height: number },
	gap = 4
): { left: number; top: number } {
	const centre = (tile.x + size / 2) * scale;
	const left = Math.max(0, Math.min(centre - box.width / 2, chart.width - box.width));
	const above = tile.y * scale - gap - box.height;
	const below = (tile.y + size) * scale + gap;
	const top = above >= 0 ? above : Math.max(0, Math.min(below, chart.height - box.height));
	return { left, top };
}

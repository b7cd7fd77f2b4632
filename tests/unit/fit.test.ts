// Embeds draw each chart at FIT_WIDTHS and app.css shows the widest copy that fits: the two lists must agree, or an
// embed shows no chart at some width, or two charts at once.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIT_WIDTHS } from '../../src/lib/charts/frames/fit';

const css = readFileSync('src/lib/app.css', 'utf8');

describe('fitted drawings', () => {
	it('switches copies at exactly the widths they are drawn at', () => {
		const queries = [...css.matchAll(/@container \(min-width: (\d+)px\) \{ \.fits \.fit-(\d+) \{ display: none; \} \.fits \.fit-(\d+) \{ display: block; \} \}/g)];
		expect(queries.map((m) => Number(m[1]))).toEqual(FIT_WIDTHS.slice(1));
		// At each step the copy drawn for the step replaces the one before it.
		for (const [i, m] of queries.entries()) expect([Number(m[2]), Number(m[3])]).toEqual([i, i + 1]);
		expect(css).toMatch(/\.fits \.fit-0 \{ display: block; \}/);
	});
});

import { describe, expect, it } from 'vitest';
import { EMBEDDABLE_CHARTS } from '../../src/lib/embed/charts';
import { embedSnippet } from '../../src/lib/embed/snippet';
import { messagesOf } from '../../src/lib/i18n/messages';

describe('embedSnippet', () => {
	it('writes an iframe with a fixed fallback height and the host script', () => {
		const code = embedSnippet({ src: 'https://example.org/ru/embed/detentions-over-time/?charge=protest', script: 'https://example.org/embed.js', title: 'Задержания', height: 620 });
		expect(code).toBe(
			'<iframe src="https://example.org/ru/embed/detentions-over-time/?charge=protest" title="Задержания" width="100%" height="620" style="border:0;width:100%" loading="lazy" referrerpolicy="no-referrer" data-pd-embed></iframe>\n' +
				'<script src="https://example.org/embed.js" async></script>'
		);
	});

	it('escapes quotes and markup in attributes', () => {
		const code = embedSnippet({ src: 'https://example.org/e/?q="><script>', script: 'https://example.org/embed.js', title: '"<b>', height: 400 });
		expect(code).not.toContain('"><script>');
		expect(code).toContain('title="&quot;&lt;b>"');
	});
});

describe('embeddable charts', () => {
	it('have unique ids and a title in both languages', () => {
		expect(new Set(EMBEDDABLE_CHARTS.map((c) => c.id)).size).toBe(EMBEDDABLE_CHARTS.length);
		for (const c of EMBEDDABLE_CHARTS) expect([messagesOf('en')[c.title], messagesOf('ru')[c.title]].every(Boolean)).toBe(true);
	});
});

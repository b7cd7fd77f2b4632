// Renders a chart component to HTML on the server and reduces it to a stable SVG text for golden files.
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { i18nContext } from '../../src/lib/i18n/i18n';
import type { Locale } from '../../src/lib/i18n/locales';

export function renderHtml<P extends Record<string, unknown>>(component: Component<P>, props: P, locale: Locale = 'en'): string {
	return render(component, { props, context: i18nContext(locale) }).body;
}

/** The first <svg>…</svg>, without Svelte's hydration comments, numbers rounded to 1 decimal, one tag a line. */
export function goldenSvg(html: string): string {
	const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>') + 6);
	return (
		svg
			.replace(/<!--[^>]*-->/g, '')
			.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
			.replace(/>\s*</g, '>\n<')
			.trim() + '\n'
	);
}

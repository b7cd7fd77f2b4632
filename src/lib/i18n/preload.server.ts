// The link that has the browser download a page's texts together with the app's own scripts. routes/+layout.ts loads
// them before the page renders; found only then, they cost one more round trip before the filters answer (562 ms on
// the bench's slow link). The chunk's name is in the browser build's manifest, which is written before the pages are
// prerendered; the dev server has none and does without the link.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALES, type Locale } from './locales';

const MANIFEST = path.join('.svelte-kit', 'output', 'client', '.vite', 'manifest.json');

let chunks: Partial<Record<Locale, string>> | undefined;

function readChunks(): Partial<Record<Locale, string>> {
	if (!existsSync(MANIFEST)) return {};
	const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, { file: string } | undefined>;
	// Each language's table is messages/<locale>.ts (messages.ts), and the manifest names it by that source.
	return Object.fromEntries(LOCALES.map((locale) => [locale, manifest[`src/lib/i18n/messages/${locale}.ts`]?.file]));
}

/**
 * Adds the preload of the language's texts to a page that runs the app (one with SvelteKit's own preloads), relative
 * to the page at `pathname` on a site whose root is `base`, as the site's other links are: it works under any path.
 */
export function withMessagesPreload(html: string, locale: Locale, pathname: string, base: string): string {
	chunks ??= readChunks();
	const file = chunks[locale];
	if (!file || !html.includes('rel="modulepreload"')) return html;
	const depth = pathname.slice(base.length).split('/').filter(Boolean).length;
	return html.replace('</head>', `<link rel="modulepreload" href="${'../'.repeat(depth) || './'}${file}"></head>`);
}

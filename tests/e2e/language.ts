// Words in the other language, as a reader of one language meets them: Latin prose on a Russian page, Cyrillic on an
// English one. Outside the words a page marks as the other language's (`lang`), code, URLs and domains, the
// only ones allowed are proper names and technical terms written the same in both (the list below, kept short).
import type { Page } from 'playwright-core';

/** Latin-script names and terms a Russian page writes as they are. */
export const LATIN_ON_RU = [
	'CSV', 'SQL', 'DuckDB', 'JavaScript', 'Excel', 'BOM', 'JSON', 'SVG', 'PNG', 'iframe', 'README', 'URL', 'Enter', 'Ctrl', 'Tab', 'Mac',
	'Frictionless Data Package', 'Creative Commons', 'CC', 'BY', 'GeoNames', 'VARCHAR', 'Pussy Riot', 'The Insider', 'Meduza', 'AFP',
	'The Brussels Times', 'Human Rights Watch', 'Current Time', 'data', 'republicworld', 'Atom', 'JSON Feed', 'iCalendar', 'API', 'curl', 'Telegram', 'ZT', 'QR',
	'dekoder'
];

/** Each run of words in the other script that is neither marked nor allowed, once. */
export function foreignWords(page: Page, locale: 'en' | 'ru'): Promise<string[]> {
	return page.evaluate(
		({ locale, allowed }) => {
			const other = locale === 'ru' ? 'en' : 'ru';
			const marked = `[lang="${other}"], code, pre, kbd, samp, script, style, noscript, textarea, .cm-editor, .sr-data`;
			const words = locale === 'ru' ? /[A-Za-z][\w'’.-]*(?:[ \u00a0]+[A-Za-z][\w'’.-]*)*/g : /[А-Яа-яЁё][А-Яа-яЁё'’.-]*(?:[ \u00a0]+[А-Яа-яЁё][А-Яа-яЁё'’.-]*)*/g;
			const found = new Set<string>();
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const parent = node.parentElement;
				if (!parent || parent.closest(marked)) continue;
				// An address shown as its own link text is not prose.
				const link = parent.closest('a');
				if (link && link.textContent === link.getAttribute('href')) continue;
				// Addresses and file names are not prose either: a URL, a domain (memopzk.org), detentions.csv.
				const text = (node.textContent ?? '').replace(/https?:\/\/\S+|\b[\w-]+(\.[\w-]+)*\.(org|net|ru|cz|com|ua|news|info|media|csv|json|arrow|xml|txt|js|html|atom|ics)\b/g, '');
				for (const [run] of text.matchAll(words)) {
					const rest = allowed.reduce((text, name) => text.replace(new RegExp(`(^|[^A-Za-z])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \u00a0]')}(?![A-Za-z])`, 'g'), '$1'), run);
					if (/[A-Za-zА-Яа-яЁё]{2}/.test(rest)) found.add(run.trim());
				}
			}
			return [...found];
		},
		// Longest first: 'JSON Feed' before 'JSON'.
		{ locale, allowed: locale === 'ru' ? [...LATIN_ON_RU].sort((a, b) => b.length - a.length) : [] }
	);
}

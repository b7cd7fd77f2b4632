// Latin spellings of Russian text (BGN/PCGN-like, no diacritics): for name_en and the ids built from them, and the
// first step of folding names for search (fold.ts). The one table of Cyrillic letters in the code.

const TRANSLIT: Record<string, string> = {
	а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y',
	к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
	х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
	// Ukrainian and Belarusian letters, which names in Russian lists sometimes keep.
	і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'w'
};
const VOWELS_AND_SIGNS = 'аеёиоуыэюяъь';

/** BGN/PCGN-like romanisation without diacritics: Семён → Semyon, Елена → Yelena, Наталья → Natalya. */
export function transliterate(text: string): string {
	let out = '';
	let prev = ' ';
	for (const ch of text) {
		const lower = ch.toLowerCase();
		let latin = TRANSLIT[lower] ?? ch;
		// е is "ye" at the start of a word and after a vowel or a sign, as in BGN/PCGN.
		if (lower === 'е' && (prev === ' ' || prev === '-' || VOWELS_AND_SIGNS.includes(prev))) latin = 'ye';
		if (ch !== lower && latin) latin = latin.charAt(0).toUpperCase() + latin.slice(1);
		out += latin;
		prev = lower;
	}
	return out;
}

export function slugify(latin: string): string {
	return latin
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Makes a slug unique with -2, -3…, as two people can share a name. */
export function uniqueId(base: string, taken: Set<string>): string {
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}

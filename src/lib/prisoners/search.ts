// Name search that treats Cyrillic and Latin spellings alike: "Иванов", "Ivanov" and "ivanov" fold to one key.

const CYRILLIC: Record<string, string> = {
	а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
	н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
	ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'i', є: 'e', ґ: 'g'
};

/**
 * Latin spellings of one Russian name vary (Yevgeny/Evgeniy, Fyodorov/Fedorov, Yuliya/Yulia, Shchukin/Schukin): these rules
 * fold the usual variants together. Both the names and the query go through them, so only the result must agree.
 */
const FOLDS: [RegExp, string][] = [
	[/shch|sch/g, 'sh'],
	[/kh/g, 'h'],
	[/x/g, 'ks'],
	[/tz|ts/g, 'c'],
	[/iy(?=[aeou])/g, 'i'],
	[/[yj]o|[yj]e/g, 'e'],
	[/[yj]u|iu/g, 'u'],
	[/[yj]a|ia/g, 'a'],
	[/[yj]/g, 'i'],
	[/w/g, 'v'],
	[/ph/g, 'f'],
	[/(.)\1+/g, '$1']
];

/** Lower case, no diacritics, Cyrillic transliterated, spelling variants folded, words separated by one space. */
export function foldName(text: string): string {
	const plain = text
		.toLowerCase()
		.replace(/ё/g, 'е')
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[\u0400-\u04ff]/g, (ch) => CYRILLIC[ch] ?? ch);
	let folded = plain;
	for (const [pattern, replacement] of FOLDS) folded = folded.replace(pattern, replacement);
	return folded
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** True when every word of the query starts a word of the name (folded): "iv dem" finds "Ivan Demonov". */
export function matchesName(foldedNames: string, foldedQuery: string): boolean {
	if (foldedQuery === '') return true;
	const words = ` ${foldedNames}`;
	return foldedQuery.split(' ').every((w) => words.includes(` ${w}`));
}

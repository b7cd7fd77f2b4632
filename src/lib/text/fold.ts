// Names folded so that Cyrillic and every common Latin spelling agree: "Иванов", "Ivanov" and "ivanov" give one key.
// Prisoner search and the importers' place names both match on it.
import { transliterate } from './transliterate';

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

/**
 * Lower case, Cyrillic transliterated, no diacritics, spelling variants folded, words separated by one space. An
 * apostrophe (the soft sign as GeoNames writes it, Arkhangel’sk) joins a word rather than splitting it.
 */
export function foldName(text: string): string {
	const plain = transliterate(text.toLowerCase())
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/['’ʼ`´ʹ]/g, '');
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

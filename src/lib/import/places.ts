// Finds the region an export's place column means, whether it names a region or a city, from regions.csv and places.csv.
import { editDistance } from '../text/distance';
import { foldName } from '../text/fold';
import type { PlaceRef, RegionRef } from './reference';

export type PlaceMatch =
	| { ok: true; region: string; /** the place's Russian name when the name was a city or town, else null */ city: string | null }
	| { ok: false; suggestions: string[] };

/**
 * Words that say what sort of region a name is, not which. They are kept as one canonical word each, because
 * "Moscow Oblast" and "Moscow" are two regions; a name written without them still finds its region.
 */
const REGION_KIND_WORDS: Record<string, string> = {
	область: 'oblast', обл: 'oblast', oblast: 'oblast', obl: 'oblast', регион: 'oblast', region: 'oblast',
	край: 'krai', krai: 'krai', kray: 'krai',
	республика: 'republic', респ: 'republic', republic: 'republic', rep: 'republic',
	автономный: 'okrug', автономная: 'okrug', округ: 'okrug', ао: 'okrug', autonomous: 'okrug', okrug: 'okrug'
};

/** Words that never tell two places apart: what sort of settlement it is, and the qualifiers of official names. */
const NOT_NAME_WORDS = [
	'город', 'гор', 'г', 'посёлок', 'пос', 'пгт', 'п', 'city', 'town', 'of', 'федерального', 'значения', 'federal',
	'оккупирован', 'оккупированная', 'часть', 'occupied', 'part'
];

const kindOfWord = new Map(Object.entries(REGION_KIND_WORDS).map(([word, kind]) => [foldName(word), kind]));
const notNameWords = new Set(NOT_NAME_WORDS.map(foldName));

const REGION_CODE = /^(RU|UA)-[A-Z0-9]{2,3}$/i;
/** «Н. Новгород», «С.-Петербург», «Б Салдинка»: a first word cut short, and the rest of the name. */
const ABBREVIATED_FIRST_WORD = /^\s*(\p{L}+)\.\s*-?\s*(.+)$|^\s*(\p{L})\s+(.+)$/u;
const MAX_SUGGESTIONS = 3;

interface NameKey {
	/** The words that say which place it is, folded. */
	words: string[];
	bare: string;
	/** The canonical kind words it was written with, e.g. "#oblast". */
	kinds: string;
	/** `bare` with `kinds`, so "Moscow Oblast" and "Moscow" differ. */
	full: string;
}

interface KnownName {
	key: NameKey;
	region: string;
	/** The place's Russian name, or null for a name of the region itself. */
	place: string | null;
	/** How a suggestion shows it: «Нижний Новгород (RU-NIZ)». */
	label: string;
}

function nameKey(name: string): NameKey {
	const folded = foldName(name);
	const kinds = new Set<string>();
	const words: string[] = [];
	for (const word of folded.split(' ')) {
		const kind = kindOfWord.get(word);
		if (kind) kinds.add(kind);
		else if (word !== '' && !notNameWords.has(word)) words.push(word);
	}
	const bare = words.join(' ');
	const kindWords = [...kinds]
		.sort()
		.map((k) => `#${k}`)
		.join(' ');
	return { words, bare, kinds: kindWords, full: `${bare} ${kindWords}`.trim() };
}

/** An official name and its parts: «Кемеровская область — Кузбасс» is also «Кемеровская область» and «Кузбасс». */
function namesWithin(official: string): string[] {
	return [official, ...official.split(/\s*[—–]\s*|\s+-\s+|[()]/)].map((p) => p.trim()).filter((p) => p !== '');
}

function addTo(index: Map<string, KnownName[]>, key: string, known: KnownName) {
	const list = index.get(key);
	if (list) list.push(known);
	else index.set(key, [known]);
}

const unique = <T>(items: T[]) => [...new Set(items)];

/** One region for the names found (at least one), or the names' labels when they lie in several regions. */
function decide(found: KnownName[]): PlaceMatch {
	const [region, ...otherRegions] = unique(found.map((f) => f.region));
	if (region === undefined || otherRegions.length > 0) return { ok: false, suggestions: unique(found.map((f) => f.label)) };
	const [city = null, ...otherCities] = unique(found.map((f) => f.place));
	return { ok: true, region, city: otherCities.length === 0 ? city : null };
}

/** Finds the region of a name as exports write it: a region or a city, Russian or English, official, short or old. */
export function placeMatcher(regions: RegionRef[], places: PlaceRef[]): (name: string) => PlaceMatch {
	const known: KnownName[] = [];
	const regionCodes = new Set<string>();
	for (const r of regions) {
		regionCodes.add(r.code);
		const label = `${r.nameRu} (${r.code})`;
		for (const name of [...namesWithin(r.nameRu), ...namesWithin(r.nameEn), ...r.aliases]) {
			known.push({ key: nameKey(name), region: r.code, place: null, label });
		}
	}
	for (const p of places) {
		const label = `${p.nameRu} (${p.region})`;
		for (const name of [p.nameRu, p.nameEn, ...p.aliases]) known.push({ key: nameKey(name), region: p.region, place: p.nameRu, label });
	}
	const byFull = new Map<string, KnownName[]>();
	const byBare = new Map<string, KnownName[]>();
	for (const k of known) {
		if (k.key.bare === '') continue;
		addTo(byFull, k.key.full, k);
		addTo(byBare, k.key.bare, k);
	}

	/**
	 * A region's own name wins over a city of the same name: «Москва» is the region, as exports mean it. A name
	 * written with a kind word ("Zaporozhye Oblast") names a region even when only its capital's spelling matched.
	 */
	function exactly(found: KnownName[] | undefined, asRegion = false): PlaceMatch | null {
		if (!found) return null;
		const regionNames = found.filter((f) => f.place === null);
		const answer = decide(regionNames.length > 0 ? regionNames : found);
		return answer.ok && asRegion ? { ...answer, city: null } : answer;
	}

	function abbreviated(name: string): PlaceMatch | null {
		const parts = ABBREVIATED_FIRST_WORD.exec(name);
		if (!parts) return null;
		const start = foldName(parts[1] ?? parts[3] ?? '').replace(/ /g, '');
		const rest = nameKey(parts[2] ?? parts[4] ?? '');
		// "Моск. обл." has no other word to go by: a letter or two alone would fit too many names.
		if (start === '' || (rest.bare === '' && start.length < 3)) return null;
		const fits = known.filter((k) => {
			const [first = '', ...others] = k.key.words;
			return first.startsWith(start) && others.length === rest.words.length && others.join(' ') === rest.bare;
		});
		// "Моск. обл." is the oblast, not Moscow: names of the same kind go first.
		const sameKind = fits.filter((k) => k.key.kinds === rest.kinds);
		const found = sameKind.length > 0 ? sameKind : fits;
		if (found.length === 0) return null;
		const answer = decide(found);
		return answer.ok ? answer : { ok: false, suggestions: answer.suggestions.slice(0, MAX_SUGGESTIONS) };
	}

	function closest(key: NameKey): string[] {
		// A quarter of the letters may be wrong, so that a short unknown word does not land on some short name.
		const allowed = Math.min(3, Math.max(1, Math.floor(key.bare.length / 4)));
		const near: { distance: number; kindDistance: number; label: string }[] = [];
		for (const [bare, found] of byBare) {
			if (Math.abs(bare.length - key.bare.length) > allowed) continue;
			const distance = editDistance(key.bare, bare);
			if (distance > allowed) continue;
			for (const f of found) near.push({ distance, kindDistance: editDistance(key.full, f.key.full), label: f.label });
		}
		near.sort((a, b) => a.distance - b.distance || a.kindDistance - b.kindDistance || a.label.localeCompare(b.label, 'ru'));
		return unique(near.map((n) => n.label)).slice(0, MAX_SUGGESTIONS);
	}

	function match(name: string): PlaceMatch {
		const trimmed = name.trim();
		if (REGION_CODE.test(trimmed) && regionCodes.has(trimmed.toUpperCase())) return { ok: true, region: trimmed.toUpperCase(), city: null };
		const key = nameKey(trimmed);
		if (key.bare === '') return { ok: false, suggestions: [] };
		return exactly(byFull.get(key.full)) ?? exactly(byBare.get(key.bare), key.kinds !== '') ?? abbreviated(trimmed) ?? { ok: false, suggestions: closest(key) };
	}

	// Exports repeat the same few hundred names thousands of times.
	const answers = new Map<string, PlaceMatch>();
	return (name) => {
		let answer = answers.get(name);
		if (!answer) {
			answer = match(name);
			answers.set(name, answer);
		}
		return answer;
	};
}

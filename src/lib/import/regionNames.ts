// Finds a region's code from the way exports write its name: Russian or English, full or short, common nicknames.

export interface RegionName {
	code: string;
	nameRu: string;
	nameEn: string;
}

/** Words that say what kind of region it is, not which one; "Московская область" and "Московская обл." agree. */
const KIND_WORDS = new Set(['республика', 'респ', 'область', 'обл', 'край', 'автономный', 'автономная', 'округ', 'ао', 'город', 'г', 'федерального', 'значения', 'оккупирован', 'оккупированная', 'часть', 'occupied', 'part']);

/** Names people use that are not in the official lists. */
const NICKNAMES: Record<string, string> = {
	спб: 'RU-SPE', петербург: 'RU-SPE', питер: 'RU-SPE', ленинград: 'RU-SPE', мск: 'RU-MOW', подмосковье: 'RU-MOS',
	чечня: 'RU-CE', башкирия: 'RU-BA', удмуртия: 'RU-UD', 'кабардино балкария': 'RU-KB', 'карачаево черкесия': 'RU-KC',
	тува: 'RU-TY', хмао: 'RU-KHM', янао: 'RU-YAN', нао: 'RU-NEN', еао: 'RU-YEV', чукотка: 'RU-CHU', ямал: 'RU-YAN',
	днр: 'UA-14', лнр: 'UA-09', 'st petersburg': 'RU-SPE', 'st. petersburg': 'RU-SPE', 'saint-petersburg': 'RU-SPE', crimea: 'UA-43'
};

function words(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/ё/g, 'е')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w !== '');
}

/** The key a name is looked up by: its words without kind words, in order. */
export function regionKey(name: string): string {
	return words(name)
		.filter((w) => !KIND_WORDS.has(w))
		.join(' ');
}

/** Parts of an official name, e.g. "Кемеровская область — Кузбасс" → the whole, "Кемеровская область", "Кузбасс". */
function parts(name: string): string[] {
	return [name, ...name.split(/\s+[—–-]\s+|[()]/)].map((p) => p.trim()).filter(Boolean);
}

export function regionMatcher(regions: RegionName[]): (name: string) => string | null {
	const byKey = new Map<string, string>();
	for (const [nick, code] of Object.entries(NICKNAMES)) byKey.set(regionKey(nick), code);
	for (const r of regions) {
		for (const p of [...parts(r.nameRu), ...parts(r.nameEn)]) {
			const key = regionKey(p);
			if (key && !byKey.has(key)) byKey.set(key, r.code);
		}
		byKey.set(r.code.toLowerCase(), r.code);
	}
	return (name) => byKey.get(regionKey(name)) ?? null;
}

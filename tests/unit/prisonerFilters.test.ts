// The prisoners page's filters on plain entries: each narrows the list, the URL says what was chosen, and the order.
import { describe, expect, it } from 'vitest';
import { toEntry, type PrisonerEntry } from '../../src/lib/prisoners/entries';
import { parsePrisonerView, prisonerMatcher, prisonerViewQuery, sortPrisoners } from '../../src/lib/prisoners/prisonerFilters';

const domain = {
	region: ['RU-MOW', 'RU-SPE'], article: ['uk-207.3', 'uk-275', 'koap-20.2'], charge: ['antiwar_speech', 'treason_espionage', 'protest'],
	status: ['imprisoned', 'released', 'pretrial_detention'], gender: ['female', 'male'], letter: ['yes'], first: '2019-01-01', last: '2026-10-01'
};
const entry = (id: string, patch: Partial<PrisonerEntry>): PrisonerEntry => ({
	id, nameRu: id, nameEn: id, birthYear: 1980, gender: 'male', region: 'RU-MOW', articles: ['uk-207.3'], caseCategory: 'antiwar_speech',
	arrestedOn: '2023-01-01', sentenceYears: 5, punishment: 'imprisonment', status: 'imprisoned', releasedOn: null, photo: null, hasLetterAddress: true, letterAddress: 'Box 1, Town', ...patch
});
const people = [
	entry('a', { nameRu: 'Семён Фёдоров', nameEn: 'Semyon Fyodorov', sentenceYears: 8.5 }),
	entry('b', { nameRu: 'Анна Петрова', nameEn: 'Anna Petrova', gender: 'female', region: 'RU-SPE', articles: ['uk-275'], caseCategory: 'treason_espionage', sentenceYears: 14, arrestedOn: '2024-05-01' }),
	entry('c', { nameRu: 'Олег Ким', nameEn: 'Oleg Kim', status: 'released', sentenceYears: null, arrestedOn: null, hasLetterAddress: false, letterAddress: null })
];
const charge = (code: string) => ({ 'uk-207.3': 'antiwar_speech', 'uk-275': 'treason_espionage' })[code];
const find = (query: string) => {
	const { view } = parsePrisonerView(query, domain);
	return people.filter(prisonerMatcher(view, charge)).map((p) => p.id);
};

describe('prisoner filters', () => {
	it('search, charge type, status, gender, region and article narrow the list', () => {
		expect(find('q=федоров')).toEqual(['a']);
		expect(find('q=Fedorov')).toEqual(['a']);
		expect(find('charge=treason_espionage')).toEqual(['b']);
		expect(find('status=released')).toEqual(['c']);
		expect(find('gender=female')).toEqual(['b']);
		expect(find('region=RU-MOW')).toEqual(['a', 'c']);
		expect(find('article=uk-207.3')).toEqual(['a', 'c']);
	});

	it('finds the people one can write to, alone or with other filters, and drops a value it does not know', () => {
		expect(find('letter=yes')).toEqual(['a', 'b']);
		expect(find('letter=yes&gender=female')).toEqual(['b']);
		expect(find('letter=yes&status=released')).toEqual([]);
		const { view, problems } = parsePrisonerView('letter=no', domain);
		expect(problems.map((p) => p.param)).toEqual(['letter']);
		expect(people.filter(prisonerMatcher(view, charge)).map((p) => p.id)).toEqual(['a', 'b', 'c']);
		expect(prisonerViewQuery(parsePrisonerView('letter=yes&gender=female', domain).view, domain)).toContain('letter=yes');
	});

	it('carries the letter address in the compact entry, for the list to show, print and download', () => {
		const person = { id: 'd', nameRu: 'Д', nameEn: 'D', birthYear: null, birthDate: null, gender: null, region: 'RU-MOW', articles: [], articlesRaw: null, caseCategory: 'protest',
			arrestedOn: null, sentencedOn: null, appealOn: null, sentenceYears: null, punishment: null, fineRub: null, sentenceRaw: null, status: 'imprisoned',
			releasedOn: null, facility: null, letterAddress: '000000, ФКУ ИК-0', letterServices: null, bioRu: null, bioEn: null, photo: null, recognizedBy: null, sourceUrl: null, updatedOn: '2026-11-01' };
		expect(toEntry(person).hasLetterAddress).toBe(true);
		expect(toEntry({ ...person, letterAddress: ' 000000, ФКУ ИК-0 ' }).letterAddress).toBe('000000, ФКУ ИК-0');
		expect(toEntry({ ...person, letterAddress: null })).toMatchObject({ hasLetterAddress: false, letterAddress: null });
		expect(toEntry({ ...person, letterAddress: '  ' })).toMatchObject({ hasLetterAddress: false, letterAddress: null });
		// The biography stays on the profile: the list does not need it.
		expect(JSON.stringify(toEntry({ ...person, bioEn: 'A long biography' }))).not.toContain('biography');
	});

	it('sentence and arrest-date ranges leave out people whose value is unknown', () => {
		expect(find('smin=8')).toEqual(['a', 'b']);
		expect(find('smin=6&smax=10')).toEqual(['a']);
		expect(find('from=2024-01-01')).toEqual(['b']);
	});

	it('reports what it cannot use and writes a canonical query', () => {
		const { view, problems } = parsePrisonerView('status=asleep&smin=abc&sort=random&page=2', domain);
		expect(problems.map((p) => p.param).sort()).toEqual(['smin', 'sort', 'status']);
		expect(prisonerViewQuery(view, domain)).toBe('?page=2');
	});

	it('sorts by sentence with the unsentenced last', () => {
		expect(sortPrisoners(people, 'sentence').map((p) => p.id)).toEqual(['b', 'a', 'c']);
	});
});

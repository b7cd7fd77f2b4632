// A profile page with hostile text in every field: everything shows as text, no markup, no unsafe link; and the
// profile as a reader meets it: how to write, words in the person's gender, initials in the page's script.
import type { ComponentProps } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { Prisoner } from '../../src/lib/db/queries';
import PrisonerCard from '../../src/lib/prisoners/PrisonerCard.svelte';
import { toEntry } from '../../src/lib/prisoners/entries';
import Profile from '../../src/lib/prisoners/Profile.svelte';
import { renderHtml } from '../charts/svg';

const XSS = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const hostile: Prisoner = {
	id: 'x', nameRu: `Иван ${XSS}`, nameEn: `Ivan ${XSS}`, birthYear: 1990, birthDate: null, gender: 'male', region: 'RU-MOW', articles: ['uk-207.3', `bad${XSS}`],
	articlesRaw: `ч. 2 ст. 207.3 УК РФ ${XSS}`, caseCategory: 'antiwar_speech', arrestedOn: '2022-03-05', sentencedOn: '2023-01-10', appealOn: null,
	sentenceYears: 7.5, punishment: 'imprisonment', fineRub: null, sentenceRaw: `7 лет 6 месяцев ${XSS}`, status: 'imprisoned',
	releasedOn: null, facility: `ИК-0 ${XSS}`, letterAddress: `000000, ${XSS}`, letterServices: null, bioRu: `Первый абзац ${XSS}\nВторой абзац`, bioEn: `First ${XSS}\nSecond`,
	photo: null, recognizedBy: `Org ${XSS}; Another`, sourceUrl: 'javascript:alert(3)', updatedOn: '2026-11-01'
};
const article = { code: 'uk-207.3', law: 'criminal' as const, number: '207.3', shortRu: 'УК 207.3', shortEn: 'CC 207.3', titleRu: 'Фейки', titleEn: 'Fakes', chargeType: 'antiwar_speech' };
const render = (person: ComponentProps<typeof Profile>['person'], locale: 'en' | 'ru' = 'en') =>
	renderHtml(Profile, { person, region: undefined, articles: new Map([[article.code, article]]), demo: true, backHref: '/prisoners/' }, locale);

describe('Profile', () => {
	const html = render(hostile);

	it('shows hostile text as text', () => {
		expect(html).not.toContain('<script>');
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;script>alert(1)&lt;/script>&lt;img src=x onerror=alert(2)>');
	});

	it('drops links that are not http(s)', () => {
		expect(html).not.toContain('href="javascript:');
		expect(html).not.toMatch(/<a[^>]+alert\(3\)/);
	});

	it('shows the facts a reader comes for, and says the profile is fictional', () => {
		expect(html).toContain('Fictional demo profile');
		expect(html).toContain('CC 207.3');
		expect(html).toContain('5 March 2022');
		expect(html).toContain('Sentenced: imprisonment, 7.5 years');
		expect(html).toContain('As the source wrote it: <q lang="ru">7 лет 6 месяцев &lt;script');
		expect(html).toContain('How to write a letter');
		expect(html).toContain('<p>Second</p>');
	});

	it('links a real source safely', () => {
		const ok = render({ ...hostile, sourceUrl: 'https://example.org/case' });
		expect(ok).toContain('<a href="https://example.org/case" rel="noopener noreferrer">');
	});

	it('speaks Russian on Russian pages', () => {
		expect(render(hostile, 'ru')).toContain('Как написать письмо');
	});

	it('never calls a fine or a suspended term imprisonment', () => {
		const text = (html: string) => html.replace(/<!--[^>]*-->/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
		const fined = { ...hostile, status: 'non_custodial', punishment: 'fine', fineRub: 800_000, sentenceYears: null, sentenceRaw: 'штраф 800 тыс. руб.' };
		expect(text(render(fined))).toContain('Sentenced, not in custody');
		expect(text(render(fined))).toContain('Sentence: fine of 800,000 roubles');
		const ru = text(render(fined, 'ru'));
		expect(ru).toContain('Наказание: штраф 800 000 рублей');
		expect(ru).not.toContain('В заключении');
		const suspended = { ...hostile, status: 'non_custodial', punishment: 'suspended', sentenceYears: 2 };
		expect(text(render(suspended, 'ru'))).toContain('Наказание: условный срок, 2 года');
	});

	const text = (html: string) => html.replace(/<!--[^>]*-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
	const copyButton = /<button type="button" class="copy-address[^"]*" hidden(="")?>Copy address<\/button>/;

	it('offers a copy button beside a letter address, hidden until script finds a clipboard, with a status to announce it', () => {
		expect(html).toMatch(copyButton);
		expect(html).toMatch(/<span role="status" aria-live="polite"[^>]*><\/span>/);
		const none = render({ ...hostile, letterAddress: null });
		expect(none).not.toContain('<button');
		expect(text(none)).toContain('No address is known for letters to this person now.');
	});

	it('names the electronic letter services a prison accepts, as text, only when there are some', () => {
		const withServices = render({ ...hostile, letterServices: 'ФСИН-Письмо; Демо-почта' });
		expect(text(withServices)).toContain('This prison also accepts electronic letters through ФСИН-Письмо or Демо-почта.');
		expect(text(render({ ...hostile, letterServices: 'ФСИН-Письмо' }, 'ru'))).toContain('Это учреждение принимает также электронные письма через ФСИН-Письмо.');
		expect(withServices.match(/<a /g)?.length).toBe(html.match(/<a /g)?.length);
		expect(html).not.toContain('This prison also accepts');
		expect(html).toContain('Some prisons accept electronic letters');
	});

	it('uses the Russian words for the person’s gender, and the "(а)" form only when it is unknown', () => {
		const exchanged = { ...hostile, status: 'exchanged' };
		const woman = text(render({ ...exchanged, gender: 'female' }, 'ru'));
		expect(woman).toContain('Освобождена при обмене');
		expect(woman).toContain('Признана политзаключённой');
		expect(woman).not.toContain('(а)');
		const man = text(render({ ...exchanged, gender: 'male' }, 'ru'));
		expect(man).toContain('Освобождён при обмене');
		expect(man).toContain('Признан политзаключённым');
		expect(man).not.toContain('(а)');
		const unknown = text(render({ ...exchanged, gender: null }, 'ru'));
		expect(unknown).toContain('Освобождён(а) при обмене');
		expect(unknown).toContain('Признан(а) политзаключённым');
		expect(text(render({ ...hostile, status: 'died', gender: 'female' }, 'ru'))).toContain('Умерла');
		expect(text(render({ ...exchanged, gender: 'female' }))).toContain('Freed in an exchange');
	});

	it('speaks of the person in their gender on list cards too, with initials in the page’s script', () => {
		const card = (person: Prisoner) =>
			text(renderHtml(PrisonerCard, { person: toEntry(person), lookups: { regions: new Map(), articles: new Map() }, href: '/ru/prisoners/x/', asOf: '2026-11-01' }, 'ru'));
		const exchanged = { ...hostile, nameRu: 'Анна Петрова', nameEn: 'Anna Petrova', status: 'exchanged' };
		const woman = card({ ...exchanged, gender: 'female' });
		expect(woman).toContain('Освобождена при обмене');
		expect(woman).toContain('арестована 5 марта 2022');
		expect(woman).toMatch(/^\s*АП /);
		expect(card({ ...exchanged, gender: 'male' })).toContain('арестован 5 марта 2022');
		expect(card({ ...exchanged, gender: null })).toContain('арестован(а) 5 марта 2022');
	});

	it('shows on the list card where to write, where an address is known', () => {
		const card = (person: Prisoner, locale: 'en' | 'ru') =>
			text(renderHtml(PrisonerCard, { person: toEntry(person), lookups: { regions: new Map(), articles: new Map() }, href: '/prisoners/x/', asOf: '2026-11-01' }, locale));
		const address = '000000, Демо-область, ФКУ ИК-0, Петровой Анне';
		expect(card({ ...hostile, letterAddress: address }, 'en')).toContain(`Address for letters: ${address}`);
		expect(card({ ...hostile, letterAddress: address }, 'ru')).toContain(`Адрес для писем: ${address}`);
		expect(card({ ...hostile, letterAddress: null }, 'en')).not.toContain('Address for letters');
	});

	it('leaves out the sources section when there is neither a source nor a recognition', () => {
		expect(html).toContain('Sources');
		const bare = render({ ...hostile, sourceUrl: null, recognizedBy: null });
		expect(bare).not.toContain('Sources');
		expect(bare).not.toContain('sources-heading');
		expect(render({ ...hostile, sourceUrl: null, recognizedBy: ' ; ' }, 'ru')).not.toContain('Источники');
		expect(render({ ...hostile, sourceUrl: 'https://example.org/case', recognizedBy: null })).toContain('Sources');
	});

	it('draws the initials of the name in the page’s language', () => {
		const person = { ...hostile, nameRu: 'Иван Демонов', nameEn: 'Ivan Demonov' };
		const avatar = (html: string) => html.match(/<span class="avatar[^"]*"[^>]*>([^<]*)<\/span>/)?.[1];
		expect(avatar(render(person, 'ru'))).toBe('ИД');
		expect(avatar(render(person))).toBe('ID');
	});
});

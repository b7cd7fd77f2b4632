// A profile page with hostile text in every field: everything shows as text, no markup, no unsafe link.
import { describe, expect, it } from 'vitest';
import type { Prisoner } from '../../src/lib/db/queries';
import Profile from '../../src/lib/prisoners/Profile.svelte';
import { renderHtml } from '../charts/svg';

const XSS = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const hostile: Prisoner = {
	id: 'x', nameRu: `Иван ${XSS}`, nameEn: `Ivan ${XSS}`, birthYear: 1990, gender: 'male', region: 'RU-MOW', articles: ['uk-207.3', `bad${XSS}`],
	articlesRaw: `ч. 2 ст. 207.3 УК РФ ${XSS}`, caseCategory: 'antiwar_speech', arrestedOn: '2022-03-05', sentencedOn: '2023-01-10', appealOn: null,
	sentenceYears: 7.5, punishment: 'imprisonment', fineRub: null, sentenceRaw: `7 лет 6 месяцев ${XSS}`, status: 'imprisoned',
	releasedOn: null, facility: `ИК-0 ${XSS}`, letterAddress: `000000, ${XSS}`, bioRu: `Первый абзац ${XSS}\nВторой абзац`, bioEn: `First ${XSS}\nSecond`,
	photo: null, recognizedBy: `Org ${XSS}; Another`, sourceUrl: 'javascript:alert(3)', updatedOn: '2026-11-01'
};
const article = { code: 'uk-207.3', law: 'criminal' as const, number: '207.3', shortRu: 'УК 207.3', shortEn: 'CC 207.3', titleRu: 'Фейки', titleEn: 'Fakes', chargeType: 'antiwar_speech' };
const render = (person: Prisoner, locale: 'en' | 'ru' = 'en') =>
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
		expect(html).toContain('As the source wrote it: «7 лет 6 месяцев &lt;script>');
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
});

// The first-letter guidance of the letters page: each point in the page's words (messages `letters.guide.*`) with
// the sources it rests on (/work/shared/facts/letters.md, as the project gathered them). Not legal advice.
import type { MessageKey } from '../i18n/messages';

export interface Source {
	title: { en: string; ru: string };
	url: string;
}

export interface GuidancePoint {
	text: MessageKey;
	sources: Source[];
}

const MEDIAZONA = { title: { en: 'Mediazona, 6 July 2023', ru: 'Медиазона, 6 июля 2023 года' }, url: 'https://mediazonaby.com/article/2023/07/06/letters' };
const SIZO = { title: { en: 'sizo.ru', ru: 'sizo.ru' }, url: 'https://sizo.ru/articles/o-tsenzure-kak-vychityvayut-perepisku-zaklyuchennykh' };
const KRYM = { title: { en: 'Krym.Realii (Radio Liberty)', ru: 'Крым.Реалии (Радио Свобода)' }, url: 'https://ru.krymr.com/a/29649663.html' };
const ZONA = { title: { en: 'Zona Solidarnosti (avtonom.org)', ru: 'Зона солидарности (avtonom.org)' }, url: 'https://www.avtonom.org/news/kak-vesti-perepisku-s-zaklyuchennymi-aktualnye-sovety-zony-solidarnosti' };
const REALNA = { title: { en: 'Realna Gazeta', ru: 'Реальна газета' }, url: 'https://realgazeta.com.ua/lysty-v-polon-druzhyna-polonenoho-podilylasia-dosvidom-elektronnoho-lystuvannia-z-cholovikom' };
const NSN = { title: { en: 'NSN, 30 August 2025', ru: 'НСН, 30 августа 2025 года' }, url: 'https://nsn.fm/society/v-rossii-zakluchennym-iz-sizo-i-kolonii-teper-mozhno-otpravlyat-memy' };
const MEDUZA = { title: { en: 'Meduza, 4 February 2024', ru: 'Медуза, 4 февраля 2024 года' }, url: 'https://meduza.io/amp/feature/2024/02/04/v-rossiyskih-koloniyah-zapretili-videozvonki-kak-esche-mozhno-svyazatsya-s-zaklyuchennym-est-li-neofitsialnye-sposoby-i-kak-rabotaet-tsenzura' };
const SUPPORT = { title: { en: 'a prisoner support group’s Telegram post', ru: 'пост группы поддержки в Telegram' }, url: 'https://www.tg-me.com/telegram/com.sapatov_mp/48' };

/** What to know before writing. */
export const GUIDANCE_FACTS: GuidancePoint[] = [
	{ text: 'letters.guide.censor', sources: [MEDIAZONA, SIZO] },
	{ text: 'letters.guide.law', sources: [SIZO] },
	{ text: 'letters.guide.withheld', sources: [MEDIAZONA] },
	{ text: 'letters.guide.noLimit', sources: [SIZO, MEDIAZONA] },
	{ text: 'letters.guide.electronic', sources: [REALNA, NSN] },
	{ text: 'letters.guide.noCalls', sources: [MEDUZA] },
	{ text: 'letters.guide.matters', sources: [SUPPORT] }
];

/** What to write in a first letter, and what to leave out. */
export const GUIDANCE_WRITE: GuidancePoint[] = [
	{ text: 'letters.guide.introduce', sources: [KRYM, ZONA] },
	{ text: 'letters.guide.subjects', sources: [KRYM, ZONA] },
	{ text: 'letters.guide.avoid', sources: [KRYM, ZONA, MEDIAZONA] },
	{ text: 'letters.guide.language', sources: [] }
];

// Every interface text of the site in English and Russian, gathered from one file per area (messages/): each area's
// Russian table must have every key of its English one, so a missing translation does not compile.
import type { Message } from './format';
import * as site from './messages/site';
import * as home from './messages/home';
import * as figures from './messages/figures';
import * as charts from './messages/charts';
import * as data from './messages/data';
import * as embed from './messages/embed';
import * as detentions from './messages/detentions';
import * as prisoners from './messages/prisoners';

const en = { ...site.en, ...home.en, ...figures.en, ...charts.en, ...data.en, ...embed.en, ...detentions.en, ...prisoners.en };

export type MessageKey = keyof typeof en;

const ru: Record<MessageKey, Message> = { ...site.ru, ...home.ru, ...figures.ru, ...charts.ru, ...data.ru, ...embed.ru, ...detentions.ru, ...prisoners.ru };

export const MESSAGES = { en, ru } as const;

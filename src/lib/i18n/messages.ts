// Every interface text of the site in English and Russian, gathered from one file per area (messages/): each area's
// Russian table must have every key of its English one, so a missing translation does not compile.
import type { Message } from './format';
import * as site from './messages/site';
import * as home from './messages/home';
import * as figures from './messages/figures';
import * as charts from './messages/charts';
import * as data from './messages/data';
import * as check from './messages/check';
import * as embed from './messages/embed';
import * as detentions from './messages/detentions';
import * as prisoners from './messages/prisoners';
import * as notFound from './messages/notFound';
import * as map from './messages/map';
import * as meta from './messages/meta';
import * as workbench from './messages/workbench';
import * as feeds from './messages/feeds';
import * as api from './messages/api';
import * as campaigns from './messages/campaigns';

const en = { ...site.en, ...home.en, ...figures.en, ...charts.en, ...data.en, ...check.en, ...embed.en, ...detentions.en, ...prisoners.en, ...notFound.en, ...map.en, ...meta.en, ...workbench.en, ...feeds.en, ...api.en, ...campaigns.en };

export type MessageKey = keyof typeof en;

const ru: Record<MessageKey, Message> = { ...site.ru, ...home.ru, ...figures.ru, ...charts.ru, ...data.ru, ...check.ru, ...embed.ru, ...detentions.ru, ...prisoners.ru, ...notFound.ru, ...map.ru, ...meta.ru, ...workbench.ru, ...feeds.ru, ...api.ru, ...campaigns.ru };

export const MESSAGES = { en, ru } as const;

// Every interface text of the site in Russian: each area's table has every key of its English one (en.ts).
import type { Messages } from './en';
import { ru as site } from './site.ru';
import { ru as home } from './home.ru';
import { ru as figures } from './figures.ru';
import { ru as charts } from './charts.ru';
import { ru as data } from './data.ru';
import { ru as check } from './check.ru';
import { ru as embed } from './embed.ru';
import { ru as detentions } from './detentions.ru';
import { ru as prisoners } from './prisoners.ru';
import { ru as notFound } from './notFound.ru';
import { ru as map } from './map.ru';
import { ru as meta } from './meta.ru';
import { ru as workbench } from './workbench.ru';
import { ru as feeds } from './feeds.ru';
import { ru as api } from './api.ru';
import { ru as campaigns } from './campaigns.ru';

export const ru: Messages = { ...site, ...home, ...figures, ...charts, ...data, ...check, ...embed, ...detentions, ...prisoners, ...notFound, ...map, ...meta, ...workbench, ...feeds, ...api, ...campaigns };

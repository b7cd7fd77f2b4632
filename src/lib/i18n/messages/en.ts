// Every interface text of the site in English, gathered from one file per area: its keys are the site's message keys.
import type { Message } from '../format';
import { en as site } from './site';
import { en as home } from './home';
import { en as figures } from './figures';
import { en as charts } from './charts';
import { en as data } from './data';
import { en as check } from './check';
import { en as embed } from './embed';
import { en as detentions } from './detentions';
import { en as prisoners } from './prisoners';
import { en as notFound } from './notFound';
import { en as map } from './map';
import { en as meta } from './meta';
import { en as workbench } from './workbench';
import { en as feeds } from './feeds';
import { en as api } from './api';
import { en as campaigns } from './campaigns';

export const en = { ...site, ...home, ...figures, ...charts, ...data, ...check, ...embed, ...detentions, ...prisoners, ...notFound, ...map, ...meta, ...workbench, ...feeds, ...api, ...campaigns };

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, Message>;

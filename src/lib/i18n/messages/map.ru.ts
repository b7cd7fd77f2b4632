// The Russian of map.ts: the same keys, so a missing translation does not compile.
import type { Message } from '../format';
import type { en } from './map';

export const ru: Record<keyof typeof en, Message> = {
	'map.explore': '{title}: карта; стрелками можно переходить от региона к региону',
	'map.exploreFilter': '{title}: карта; стрелками можно переходить от региона к региону, а клавишей Enter — отфильтровать страницу по региону',
	'map.range': 'от {from} до {to}',
	'map.tapToFilter': 'Нажмите ещё раз, чтобы отфильтровать по этому региону',
	'map.tapToUnfilter': 'Нажмите ещё раз, чтобы снять фильтр',
	'map.exploreOpen': '{title}: карта; стрелками можно переходить от региона к региону, а клавишей Enter — открыть страницу региона на сайте в новой вкладке',
	'map.tapToOpen': 'Нажмите ещё раз, чтобы открыть страницу региона',
	'map.east': '↓ восточная часть карты',
	'map.key': '{label}, от самого бледного цвета к самому насыщенному: {ranges}. Серый: {zero}.',
	'map.keyNoData': 'Штриховка: {label}.',
	'map.keyOutlined': 'Пунктирная рамка: {label}.',
};

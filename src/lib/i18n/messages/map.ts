// Messages of the tile-grid map: its keyboard help, the key to its colours and the touch hints, in English and Russian.
import type { Message } from '../format';

export const en = {
	'map.explore': '{title}: map; the arrow keys move from region to region',
	'map.exploreFilter': '{title}: map; the arrow keys move from region to region, Enter filters the page by the region',
	'map.range': '{from} to {to}',
	'map.tapToFilter': 'Tap again to filter by this region',
	'map.tapToUnfilter': 'Tap again to remove this filter',
	'map.exploreOpen': '{title}: map; the arrow keys move from region to region, Enter opens the region’s page on the site in a new tab',
	'map.tapToOpen': 'Tap again to open the region’s page',
	'map.east': '↓ the map’s eastern half',
	'map.key': '{label}, from the faintest colour to the strongest: {ranges}. Grey: {zero}.',
	'map.keyNoData': 'Hatched: {label}.',
	'map.keyOutlined': 'Dashed outline: {label}.',
} satisfies Record<string, Message>;

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

// Messages of the tile-grid map: its keyboard help, the key to its colours and the touch hints. In English; the Russian
// is in map.ru.ts.
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

// Messages of the site shell: name, navigation, footer. In English; the Russian is in site.ru.ts.
import type { Message } from '../format';

export const en = {
	'site.title': 'Political repression in Russia: detentions and prisoners',
	'site.short': 'Repression in numbers',
	'site.skip': 'Skip to content',
	'nav.home': 'Overview',
	'nav.detentions': 'Detentions',
	'nav.prisoners': 'Prisoners',
	'nav.data': 'Data',
	'nav.about': 'About',
	'nav.language': 'Language',
	'nav.main': 'Main',
	'lang.switch': 'Русский',
	'lang.switchCode': 'RU',
	'footer.about': 'An open-source dashboard. Data: CSV files under a Frictionless data package; no trackers, no third-party requests.',
	'footer.demo': 'This build contains demo data marked as such.'

} satisfies Record<string, Message>;

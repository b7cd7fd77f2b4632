// Messages of embedding charts. In English; the Russian is in embed.ru.ts.
import type { Message } from '../format';

export const en = {
	'embed.button': 'Embed',
	'embed.code': 'Code to paste into your page',
	'embed.copy': 'Copy code',
	'embed.copied': 'Copied',
	'embed.fullView': 'Full view and data',
	'embed.site': 'Repression in numbers',
} satisfies Record<string, Message>;

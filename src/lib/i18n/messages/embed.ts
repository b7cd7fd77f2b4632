// Messages of embedding charts, in English and Russian.
import type { Message } from '../format';

export const en = {
	'embed.button': 'Embed',
	'embed.code': 'Code to paste into your page',
	'embed.copy': 'Copy code',
	'embed.copied': 'Copied',
	'embed.fullView': 'Full view and data',
	'embed.site': 'Repression in numbers',
} satisfies Record<string, Message>;

export const ru: Record<keyof typeof en, Message> = {
	'embed.button': 'Встроить',
	'embed.code': 'Код для вставки на вашу страницу',
	'embed.copy': 'Скопировать код',
	'embed.copied': 'Скопировано',
	'embed.fullView': 'Полная версия и данные',
	'embed.site': 'Репрессии в цифрах',
};

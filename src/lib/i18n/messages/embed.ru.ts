// The Russian of embed.ts: the same keys, so a missing translation does not compile.
import type { Message } from '../format';
import type { en } from './embed';

export const ru: Record<keyof typeof en, Message> = {
	'embed.button': 'Встроить',
	'embed.code': 'Код для вставки на вашу страницу',
	'embed.copy': 'Скопировать код',
	'embed.copied': 'Скопировано',
	'embed.fullView': 'Полная версия и данные',
	'embed.site': 'Репрессии в цифрах',
};

// Messages of the page hosts serve for a missing path (build/404.html) and of errors met while navigating. In English;
// the Russian is in notFound.ru.ts.
import type { Message } from '../format';

export const en = {
	'notFound.title': 'Page not found',
	'notFound.text': 'There is no page at this address. It may have moved, or the link may have a typo.',
	'notFound.home': 'Go to the home page',
	'notFound.errorTitle': 'Something went wrong',
	'notFound.errorText': 'This page could not be shown (error {status}). Try again in a moment, or start from the home page.'
} satisfies Record<string, Message>;

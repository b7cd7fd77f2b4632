// The HTML a journalist pastes into an article: our iframe plus the host script that fits it to its content.

export interface SnippetOptions {
	/** Absolute URL of the embed page, query included. */
	src: string;
	/** Absolute URL of /embed.js on our site. */
	script: string;
	title: string;
	height: number;
}

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedSnippet({ src, script, title, height }: SnippetOptions): string {
	return (
		`<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy" referrerpolicy="no-referrer" data-pd-embed></iframe>\n` +
		`<script src="${attr(script)}" async></script>`
	);
}

/** An embed's query without `theme`, which only the frame script reads: '' or '?…'. */
export function chartQuery(search: string): string {
	const params = new URLSearchParams(search);
	params.delete('theme');
	const text = params.toString();
	return text ? `?${text}` : '';
}

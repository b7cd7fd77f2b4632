// Links in data must be http(s): every other scheme, in the spellings used to slip past filters, is rejected.
import { describe, expect, it } from 'vitest';
import { checkCell } from '../../../src/lib/ingest/cells';
import type { Field } from '../../../src/lib/schema/types';

const link: Field = { name: 'source_url', type: 'string', format: 'uri' };
const HOSTILE = [
	'javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)',
	'jav&#x61;script:alert(1)', '&#106;avascript:alert(1)', 'vbscript:msgbox(1)', 'VBScript:msgbox(1)',
	'data:text/html,<script>alert(1)</script>', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
	'file:///etc/passwd', '//evil.example/x', 'ftp://example.org/x', 'https:/\\evil.example', 'mailto:x@example.org', 'example.org/page'
];

describe('link validation', () => {
	it.each(HOSTILE)('rejects %j', (url) => {
		const result = checkCell(link, url);
		expect(result.ok).toBe(false);
	});

	it('accepts http and https links', () => {
		for (const url of ['https://example.org/a?b=1#c', 'http://example.org', 'HTTPS://EXAMPLE.ORG/x']) expect(checkCell(link, url)).toEqual({ ok: true, value: url });
	});
});

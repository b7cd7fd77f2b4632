// Text that would run as script if a page put data into HTML unescaped. Each sets window.__xss or opens a dialog.
export const XSS_VECTORS = [
	'<script>window.__xss=1</script>',
	'<img src=x onerror="window.__xss=2">',
	'<svg onload="window.__xss=3"></svg>',
	'"><script>alert(4)</script>',
	"'><iframe src=\"javascript:alert(5)\"></iframe>",
	'<a href="javascript:alert(6)">click</a>',
	'<body onload=alert(7)>',
	'{@html "<b>8</b>"}',
	'<details open ontoggle="window.__xss=9">',
	'javascript:alert(10)'
];

/** One vector per row, cycling, so every field gets several of them. */
export const vector = (i: number) => XSS_VECTORS[i % XSS_VECTORS.length]!;

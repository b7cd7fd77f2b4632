// Encodes text as Windows-1251 (ASCII, Russian letters and the usual punctuation), to make files as Russian Excel saves them.
export function encode1251(text: string): Uint8Array {
	const bytes: number[] = [];
	for (const ch of text) {
		const code = ch.codePointAt(0)!;
		if (code < 0x80) bytes.push(code);
		else if (code >= 0x410 && code <= 0x44f) bytes.push(code - 0x410 + 0xc0);
		else if (ch === 'Ё') bytes.push(0xa8);
		else if (ch === 'ё') bytes.push(0xb8);
		else if (ch === '№') bytes.push(0xb9);
		else if (ch === '«') bytes.push(0xab);
		else if (ch === '»') bytes.push(0xbb);
		else if (ch === '—') bytes.push(0x97);
		else throw new Error(`no Windows-1251 byte for ${ch}`);
	}
	return Uint8Array.from(bytes);
}

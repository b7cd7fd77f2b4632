// Turns the bytes of a CSV file into text: UTF-8 (with or without BOM) or, failing that, Windows-1251.

export type Encoding = 'utf-8' | 'windows-1251';

export interface DecodedText {
	text: string;
	encoding: Encoding;
	hadBom: boolean;
}

/**
 * Spreadsheet programs on Russian Windows save CSV as Windows-1251; everything else saves UTF-8.
 * A strict UTF-8 decode fails on 1251 bytes, so the fallback is safe: valid UTF-8 is never misread.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
	const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	const body = hadBom ? bytes.subarray(3) : bytes;
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', hadBom };
	} catch {
		return { text: new TextDecoder('windows-1251').decode(body), encoding: 'windows-1251', hadBom: false };
	}
}
